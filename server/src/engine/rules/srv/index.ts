import type { AnyRule } from '../rule';
import { srvWrongPort } from './wrong-port';
import { srvNoImplicitTls } from './no-implicit-tls';

/** srv rules, one module per rule. */
export const srvRules: AnyRule[] = [srvWrongPort, srvNoImplicitTls];
