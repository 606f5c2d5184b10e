import type { AnyRule } from '../rule';
import { nginxIncludeCycle, nginxIncludeNotFound, nginxSyntax } from './reported';
import { nginxUnknownDirective } from './unknown-directive';
import { nginxDirectiveContext } from './directive-context';
import { nginxSslProtocols } from './ssl-protocols';
import { nginxInsecureCiphers } from './insecure-ciphers';
import { nginxStaticRsaCiphers } from './static-rsa-ciphers';
import { nginxCbcSha1Ciphers } from './cbc-sha1-ciphers';
import { nginxNoForwardSecrecy } from './no-forward-secrecy';
import { nginxCipherNoMatch } from './cipher-no-match';
import { nginxCipherUnknownName } from './cipher-unknown-name';
import { nginxCertificateMissing } from './certificate-missing';
import { nginxCertificateExpiry } from './certificate-expiry';
import { nginxCertificateName } from './certificate-name';
import { nginxCertificateKeyType } from './certificate-key-type';
import { nginxDhparamWeak } from './dhparam-weak';
import { nginxEcdhCurvePostQuantum } from './ecdh-curve-pq';
import { nginxSslOn } from './ssl-on';
import { nginxListenHttp2 } from './listen-http2';
import { nginxStaplingLetsEncrypt } from './stapling-letsencrypt';
import { nginxHstsMissing } from './hsts-missing';
import { nginxHstsLostInLocation } from './hsts-lost-in-location';
import { nginxMailImplicitTls } from './mail-implicit-tls';
import { nginxMailStarttlsOff } from './mail-starttls-off';
import { nginxMailProtocolPort } from './mail-protocol-port';

/** nginx TLS and mail-proxy rules. One module per rule. */
export const nginxRules: AnyRule[] = [
  nginxSyntax,
  nginxIncludeNotFound,
  nginxIncludeCycle,
  nginxUnknownDirective,
  nginxDirectiveContext,
  nginxSslProtocols,
  nginxInsecureCiphers,
  nginxStaticRsaCiphers,
  nginxCbcSha1Ciphers,
  nginxNoForwardSecrecy,
  nginxCipherNoMatch,
  nginxCipherUnknownName,
  nginxCertificateMissing,
  nginxCertificateExpiry,
  nginxCertificateName,
  nginxCertificateKeyType,
  nginxDhparamWeak,
  nginxEcdhCurvePostQuantum,
  nginxSslOn,
  nginxListenHttp2,
  nginxStaplingLetsEncrypt,
  nginxHstsMissing,
  nginxHstsLostInLocation,
  nginxMailImplicitTls,
  nginxMailStarttlsOff,
  nginxMailProtocolPort,
];
