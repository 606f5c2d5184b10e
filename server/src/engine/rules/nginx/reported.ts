import type { ReportedRule } from '../rule';

/** Problems the nginx parser and include resolver find (they are reported while reading the files). */
export const nginxSyntax: ReportedRule = { id: 'nginx/syntax', language: 'nginx', defaultSeverity: 'error', reportedBy: 'parser', source: 'nginx: ngx_conf_file.c' };
export const nginxIncludeNotFound: ReportedRule = { id: 'nginx/include-not-found', language: 'nginx', defaultSeverity: 'warning', reportedBy: 'parser', source: 'nginx: include' };
export const nginxIncludeCycle: ReportedRule = { id: 'nginx/include-cycle', language: 'nginx', defaultSeverity: 'error', reportedBy: 'parser', source: 'nginx: include' };
