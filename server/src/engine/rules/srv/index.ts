import type { AnyRule } from '../rule';
import { srvWrongPort } from './wrong-port';

/** srv rules, one module per rule. */
export const srvRules: AnyRule[] = [srvWrongPort];
