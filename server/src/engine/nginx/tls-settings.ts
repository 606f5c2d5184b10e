import type { NginxConfig, NginxDirective } from './model';
import { childrenNamed, expandIncludes, lastChild } from './model';

/**
 * The TLS settings that apply to each `server`: its own directives, else the enclosing `http`/`mail`/
 * `stream` block's, else nginx's default for the configured nginx version.
 */

export type ServerFamily = 'http' | 'mail' | 'stream';

export interface Listen {
  directive: NginxDirective;
  port: number | undefined;
  ssl: boolean;
  http2: boolean;
}

export interface Setting {
  values: string[];
  /** The directive that sets it; undefined when nginx's default applies. */
  directive?: NginxDirective;
  /** Set in an enclosing block rather than in the server itself. */
  inherited: boolean;
}

export interface TlsServer {
  /** The `server` directive; undefined for a fragment whose top level is a server body. */
  block: NginxDirective | undefined;
  family: ServerFamily;
  /** The server's own directives (includes expanded). */
  body: readonly NginxDirective[];
  listens: Listen[];
  /** Whether the server speaks TLS: a `listen … ssl`, `ssl on`, or (mail) STARTTLS. */
  tls: boolean;
  protocols: Setting;
  ciphers: Setting;
  certificates: NginxDirective[];
  /**
   * The server comes from a fragment opened alone: the blocks around it (nginx.conf's `http`) are unknown,
   * so a setting missing here may well be set there.
   */
  partial: boolean;
  lookup(name: string): Setting | undefined;
}

export const NGINX_DEFAULT_CIPHERS = 'HIGH:!aNULL:!MD5';

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((n) => Number.parseInt(n, 10) || 0);
  const pb = b.split('.').map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** `ssl_protocols` default: TLSv1.2 TLSv1.3 since 1.27.3; TLSv1–TLSv1.3 since 1.23.4; TLSv1–TLSv1.2 before. */
export function defaultProtocols(nginxVersion: string): string[] {
  if (compareVersions(nginxVersion, '1.27.3') >= 0) return ['TLSv1.2', 'TLSv1.3'];
  if (compareVersions(nginxVersion, '1.23.4') >= 0) return ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
  return ['TLSv1', 'TLSv1.1', 'TLSv1.2'];
}

export function parseListen(directive: NginxDirective): Listen {
  const args = directive.args;
  const address = args[0]?.value ?? '';
  const portText = address.startsWith('unix:') ? undefined : /(?:^|:)(\d+)$/.exec(address)?.[1];
  let ssl = false;
  let http2 = false;
  for (let i = 1; i < args.length; i++) {
    const flag = args[i]!.value;
    // QUIC (HTTP/3) is always TLS 1.3.
    if (flag === 'ssl' || flag === 'quic') ssl = true;
    else if (flag === 'http2') http2 = true;
  }
  return { directive, port: portText === undefined ? undefined : Number(portText), ssl, http2 };
}

/**
 * Every server of the configuration with its effective TLS settings. A fragment opened alone is one
 * server body (`http/server`) or a list of servers (`http`, `mail`, `stream`) whose enclosing block is unknown.
 */
export function tlsServers(config: NginxConfig, nginxVersion: string): TlsServer[] {
  const top = config.main.directives;
  const [family, inner] = config.rootContext.split('/') as [string, string | undefined];
  if (isFamily(family) && inner === 'server') return [buildServer(undefined, top, family, [], nginxVersion, true)];
  if (isFamily(family) && inner === undefined) {
    return childrenNamed(top, 'server')
      .filter((server) => server.block)
      .map((server) => buildServer(server, server.block!, family, [top], nginxVersion, true));
  }
  const out: TlsServer[] = [];
  for (const block of expandIncludes(top)) {
    if (!block.block || !isFamily(block.name)) continue;
    for (const server of childrenNamed(block.block, 'server')) {
      if (server.block) out.push(buildServer(server, server.block, block.name, [block.block], nginxVersion));
    }
  }
  return out;
}

function isFamily(name: string | undefined): name is ServerFamily {
  return name === 'http' || name === 'mail' || name === 'stream';
}

function buildServer(
  block: NginxDirective | undefined,
  bodyList: readonly NginxDirective[],
  family: ServerFamily,
  ancestors: readonly (readonly NginxDirective[])[],
  nginxVersion: string,
  partial = false,
): TlsServer {
  const body = expandIncludes(bodyList);
  // Rules ask the same names of every server: each is looked up once per server.
  const settings = new Map<string, Setting | undefined>();
  const lookup = (name: string): Setting | undefined => {
    if (settings.has(name)) return settings.get(name);
    const setting = findSetting(name, body, ancestors);
    settings.set(name, setting);
    return setting;
  };
  const listens = childrenNamed(body, 'listen').map(parseListen);
  const sslOn = lookup('ssl')?.values[0] === 'on';
  const starttls = lookup('starttls')?.values[0];
  const tls = listens.some((l) => l.ssl) || sslOn || (family === 'mail' && (starttls === 'on' || starttls === 'only'));
  let certificates = childrenNamed(body, 'ssl_certificate');
  for (let level = ancestors.length - 1; certificates.length === 0 && level >= 0; level--) certificates = childrenNamed(ancestors[level], 'ssl_certificate');
  return {
    block,
    family,
    body,
    listens,
    tls,
    protocols: lookup('ssl_protocols') ?? { values: defaultProtocols(nginxVersion), inherited: true },
    ciphers: lookup('ssl_ciphers') ?? { values: [NGINX_DEFAULT_CIPHERS], inherited: true },
    certificates: [...certificates],
    partial,
    lookup,
  };
}

/** A directive's own setting, else the nearest enclosing block's. */
function findSetting(name: string, body: readonly NginxDirective[], ancestors: readonly (readonly NginxDirective[])[]): Setting | undefined {
  const own = lastChild(body, name);
  if (own) return settingOf(own, false);
  for (let level = ancestors.length - 1; level >= 0; level--) {
    const found = lastChild(ancestors[level], name);
    if (found) return settingOf(found, true);
  }
  return undefined;
}

const ownSettings = new WeakMap<NginxDirective, Setting>();
const inheritedSettings = new WeakMap<NginxDirective, Setting>();

/** One Setting object per directive (and inheritance): an `http`-level one is shared by all its servers. */
function settingOf(directive: NginxDirective, inherited: boolean): Setting {
  const cache = inherited ? inheritedSettings : ownSettings;
  let setting = cache.get(directive);
  if (!setting) cache.set(directive, (setting = { values: directive.args.map((a) => a.value), directive, inherited }));
  return setting;
}

const serversCache = new WeakMap<NginxConfig, Map<string, TlsServer[]>>();

/** `tlsServers`, computed once per parsed configuration and nginx version. */
export function serversOf(config: NginxConfig, nginxVersion: string): TlsServer[] {
  let byVersion = serversCache.get(config);
  if (!byVersion) serversCache.set(config, (byVersion = new Map()));
  let servers = byVersion.get(nginxVersion);
  if (!servers) byVersion.set(nginxVersion, (servers = tlsServers(config, nginxVersion)));
  return servers;
}

/** Where to report something about a server as a whole: its `server` keyword, else its first `listen`. */
export function serverAnchor(server: TlsServer): { path: string; span: { start: number; end: number } } | undefined {
  if (server.block) return { path: server.block.path, span: server.block.nameSpan };
  const listen = server.listens[0]?.directive ?? server.body[0];
  return listen ? { path: listen.path, span: listen.nameSpan } : undefined;
}
