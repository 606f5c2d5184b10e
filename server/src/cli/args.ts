export type OutputFormat = 'stylish' | 'json' | 'sarif';

export interface CheckOptions {
  command: 'check';
  paths: string[];
  format: OutputFormat;
  stdin: boolean;
  stdinFilename: string | undefined;
  fix: boolean;
  config: string | undefined;
  locale: string | undefined;
  /** Worker threads; undefined = one per core, used only when there are many files. */
  jobs: number | undefined;
  stats: boolean;
}

export type ParsedArgs =
  | CheckOptions
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'ciphers'; cipherString: string | undefined; locale: string | undefined }
  | { command: 'usage-error'; phrase: string; args: Record<string, string>; locale: string | undefined };

const FORMATS: readonly OutputFormat[] = ['stylish', 'json', 'sarif'];
const VALUE_OPTIONS = new Set(['--format', '--stdin-filename', '--config', '--locale', '--jobs']);

/** Reads the command line; never throws. `--opt=value` and `--opt value` are both accepted. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const tokens = splitEquals(argv);
  const locale = valueOf(tokens, '--locale');
  if (tokens.includes('--help') || tokens.includes('-h') || tokens[0] === 'help') return { command: 'help' };
  if (tokens.includes('--version') || tokens.includes('-v')) return { command: 'version' };
  const [command, ...rest] = tokens;
  if (command === undefined) return { command: 'help' };
  if (command === 'ciphers') return parseCiphers(rest, locale);
  if (command !== 'check') return usage('cli.unknownCommand', { command }, locale);
  return parseCheck(rest, locale);
}

function parseCheck(tokens: string[], locale: string | undefined): ParsedArgs {
  const options: CheckOptions = {
    command: 'check',
    paths: [],
    format: 'stylish',
    stdin: false,
    stdinFilename: undefined,
    fix: false,
    config: undefined,
    locale,
    jobs: undefined,
    stats: false,
  };
  let onlyPaths = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (onlyPaths || !token.startsWith('-') || token === '-') {
      options.paths.push(token);
      continue;
    }
    if (token === '--') {
      onlyPaths = true;
      continue;
    }
    if (VALUE_OPTIONS.has(token)) {
      const value = tokens[++i];
      if (value === undefined) return usage('cli.missingValue', { option: token }, locale);
      const problem = setValue(options, token, value);
      if (problem) return usage(problem.phrase, problem.args, locale);
      continue;
    }
    if (token === '--stdin') options.stdin = true;
    else if (token === '--fix') options.fix = true;
    else if (token === '--stats') options.stats = true;
    else return usage('cli.unknownOption', { option: token }, locale);
  }
  if (options.stdin && options.paths.length > 0) return usage('cli.stdinWithPaths', {}, locale);
  if (!options.stdin && options.stdinFilename !== undefined) return usage('cli.stdinNeedsName', {}, locale);
  if (options.stdin && options.fix) return usage('cli.stdinFix', {}, locale);
  if (!options.stdin && options.paths.length === 0) return usage('cli.noPaths', {}, locale);
  return options;
}

function setValue(options: CheckOptions, option: string, value: string): { phrase: string; args: Record<string, string> } | undefined {
  switch (option) {
    case '--format':
      if (!(FORMATS as string[]).includes(value)) return { phrase: 'cli.badFormat', args: { value } };
      options.format = value as OutputFormat;
      return undefined;
    case '--stdin-filename':
      options.stdinFilename = value;
      return undefined;
    case '--config':
      options.config = value;
      return undefined;
    case '--locale':
      options.locale = value;
      return undefined;
    default: {
      const jobs = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
      if (!(jobs >= 1 && jobs <= 256)) return { phrase: 'cli.badJobs', args: { value } };
      options.jobs = jobs;
      return undefined;
    }
  }
}

function parseCiphers(tokens: string[], locale: string | undefined): ParsedArgs {
  const words = tokens.filter((t, i) => !(t === '--locale' || tokens[i - 1] === '--locale'));
  if (words.length !== 1) return usage('cli.ciphersArgs', {}, locale);
  return { command: 'ciphers', cipherString: words[0], locale };
}

function usage(phrase: string, args: Record<string, string>, locale: string | undefined): ParsedArgs {
  return { command: 'usage-error', phrase, args, locale };
}

function splitEquals(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (const arg of argv) {
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : '';
    if (arg.startsWith('--') && VALUE_OPTIONS.has(name)) out.push(name, arg.slice(eq + 1));
    else out.push(arg);
  }
  return out;
}

function valueOf(tokens: readonly string[], option: string): string | undefined {
  const at = tokens.indexOf(option);
  return at >= 0 ? tokens[at + 1] : undefined;
}
