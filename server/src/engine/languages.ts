import type {
  CompletionItem,
  DocumentLink,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Location,
} from 'vscode-languageserver-types';
import type { EngineDiagnostic, Language, TextEdit } from './diagnostics';
import type { RuleEnv } from './rules/rule';
import type { SourceFile } from './text/source';

/**
 * What the facade needs from each language. `parse` builds the model once; every feature reads it.
 * Offsets are UTF-16 offsets into `file.text`.
 */
export interface LanguageService<M = any> {
  language: Language;
  parse(file: SourceFile, env: RuleEnv): M;
  lint(model: M, file: SourceFile, env: RuleEnv): EngineDiagnostic[];
  hover?(model: M, file: SourceFile, offset: number, env: RuleEnv): Hover | undefined;
  complete?(model: M, file: SourceFile, offset: number, env: RuleEnv): CompletionItem[];
  symbols?(model: M, file: SourceFile): DocumentSymbol[];
  folding?(model: M, file: SourceFile): FoldingRange[];
  format?(model: M, file: SourceFile, env: RuleEnv): TextEdit[];
  definition?(model: M, file: SourceFile, offset: number, env: RuleEnv): Location[];
  links?(model: M, file: SourceFile, env: RuleEnv): DocumentLink[];
}

const services = new Map<Language, LanguageService>();

export function registerLanguage(service: LanguageService): void {
  services.set(service.language, service);
}

export function languageService(language: Language): LanguageService | undefined {
  return services.get(language);
}

const ZONE_NAME = /(\.zone|\.dns|\.db|\.hosts|\.rev)$|(^|[\\/])db\.[^\\/]+$|(^|[\\/])[^\\/.][^\\/]*\.(zone|dns)\.(txt|in)$/i;
/** `db.config.json`, `db.py`: BIND's db.<domain> naming collides with these; only content decides. */
const SOURCE_FILE = /(^|[\\/])db\.([^\\/]*\.)?(json|ya?ml|js|mjs|cjs|ts|py|rb|go|sh|md|xml|sql|sqlite3?|toml|ini|lock|log|bak|csv)$/i;
const NGINX_NAME = /(^|[\\/])nginx[^\\/]*\.conf$|\.nginx$|[\\/](sites-available|sites-enabled|conf\.d|nginx)[\\/][^\\/]+$/i;

/** Language of a file from its name and, for ambiguous names, its first lines. */
export function detectLanguage(path: string, text?: string): Language | undefined {
  const name = path.replace(/\\/g, '/');
  if (/(^|\/)mta-sts\.txt$/i.test(name)) return 'mta-sts';
  if (NGINX_NAME.test(name)) return 'nginx';
  if (/\.db$/i.test(name)) return text === undefined || looksLikeZone(text) ? 'zone' : undefined;
  if (SOURCE_FILE.test(name)) return text !== undefined && looksLikeZone(text) ? 'zone' : undefined;
  if (ZONE_NAME.test(name)) return 'zone';
  if (text !== undefined && /\.conf$/i.test(name) && looksLikeNginx(text)) return 'nginx';
  if (text !== undefined && /\.(conf|txt)$/i.test(name) === false && looksLikeZone(text)) return 'zone';
  return undefined;
}

/** An nginx block (`http {`, `server {`, …) or a TLS/listen directive in the first lines of a `.conf` file. */
export function looksLikeNginx(text: string): boolean {
  const head = text.slice(0, 4096);
  return /^\s*(events|http|server|stream|mail|upstream|location)\b[^;{}\n]*\{/m.test(head) || /^\s*(listen|server_name|ssl_\w+|include)\s+[^;\n]+;/m.test(head);
}

/** A zone file starts (after comments) with $ORIGIN/$TTL or a record with SOA/NS/A/MX in its first lines. */
export function looksLikeZone(text: string): boolean {
  const head = text.slice(0, 4096);
  if (head.includes('\u0000')) return false;
  return /^\s*\$(ORIGIN|TTL|INCLUDE)\b/im.test(head) || /^\S*\s+(\d+[smhdw]?\s+)?(IN\s+)?(\d+\s+)?(SOA|NS|MX|A|AAAA|TXT|CNAME)\s/im.test(head);
}
