import * as fs from 'node:fs';
import * as path from 'node:path';
import { phrase } from '../engine/catalog/catalogue';
import { configSettings, parseConfig } from '../engine/config/mailzone-config';
import { findConfig } from '../engine/config/locate';
import type { EngineSettings } from '../engine/settings';
import type { FileReader } from '../engine/workspace';
import { errorDetail } from './discover';

/**
 * The configurations in use during one run: `--config FILE` for every file, or else the nearest
 * `.mailzone.json` above each file. Each file is read and validated once; its problems are reported once.
 */
export class ConfigResolver {
  readonly settings: Record<string, Partial<EngineSettings>> = {};
  readonly messages: string[] = [];
  /** A configuration had an error, or --config could not be read: exit status 2. */
  failed = false;
  private readonly texts = new Map<string, string | undefined>();
  private readonly reader: FileReader = { readText: (p) => this.cachedRead(p) };

  constructor(
    private readonly explicit: string | undefined,
    private readonly cwd: string,
    private readonly locale: string,
  ) {}

  /** The configuration path for `file`, loading it on first use; undefined when none applies. */
  configFor(file: string): string | undefined {
    if (this.explicit !== undefined) return this.loadExplicit();
    const found = findConfig(file, this.reader);
    if (!found) return undefined;
    this.load(found.path, found.text);
    return found.path;
  }

  private loadExplicit(): string | undefined {
    const file = path.resolve(this.cwd, this.explicit!);
    if (file in this.settings) return file;
    try {
      this.load(file, fs.readFileSync(file, 'utf8'));
      return file;
    } catch (error) {
      if (!this.failed) this.messages.push(phrase('config.unreadable', { path: this.explicit!, detail: errorDetail(error) }, this.locale));
      this.failed = true;
      return undefined;
    }
  }

  private load(file: string, text: string): void {
    if (file in this.settings) return;
    const shown = path.relative(this.cwd, file) || file;
    const { config, problems } = parseConfig(text, shown, this.locale);
    for (const problem of problems) this.messages.push(`${problem.message} (${shown}:${problem.line + 1}:${problem.character + 1})`);
    if (problems.some((p) => p.severity === 'error')) this.failed = true;
    this.settings[file] = configSettings(config);
  }

  private cachedRead(file: string): string | undefined {
    if (!this.texts.has(file)) {
      let text: string | undefined;
      try {
        text = fs.statSync(file).isFile() ? fs.readFileSync(file, 'utf8') : undefined;
      } catch {
        text = undefined;
      }
      this.texts.set(file, text);
    }
    return this.texts.get(file);
  }
}
