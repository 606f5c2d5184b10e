import type { Language } from '../../server/src/engine/diagnostics';
import type { Fixture } from '../support/fixture-files';
import { longLine, mutate, randomText } from './mutations';
import { Random } from './random';

export const MAX_INPUT = 64 * 1024;
/** Mutated fixtures stay small so 20,000 cases fit CI's budget; the long-line cases go up to MAX_INPUT. */
const MAX_MUTATED = 8 * 1024;

export interface FuzzCase {
  index: number;
  kind: 'mutated-fixture' | 'random-text' | 'long-line' | 'spliced' | 'other-language';
  origin: string;
  language: Language;
  text: string;
}

const LANGUAGES: readonly Language[] = ['zone', 'nginx', 'mta-sts'];

/** Case `index` of the run seeded with `seed`: a pure function of the two, so any case replays alone. */
export function fuzzCase(seed: number, index: number, fixtures: readonly Fixture[]): FuzzCase {
  const random = Random.forCase(seed, index);
  const roll = random.next();
  const fixture = fixtures.length > 0 ? random.pick(fixtures) : undefined;
  let made: Omit<FuzzCase, 'index'>;
  if (fixture && roll < 0.7) {
    made = { kind: 'mutated-fixture', origin: fixture.relative, language: fixture.language, text: mutate(fixture.text, random) };
  } else if (roll < 0.8) {
    made = { kind: 'random-text', origin: 'random', language: random.pick(LANGUAGES), text: randomText(random, random.int(4097)) };
  } else if (roll < 0.88) {
    const prefix = fixture && random.chance(0.5) ? fixture.text : '';
    made = { kind: 'long-line', origin: 'long line', language: random.pick(LANGUAGES), text: prefix + longLine(random, MAX_INPUT - prefix.length) };
  } else if (fixture && roll < 0.95) {
    const other = random.pick(fixtures);
    made = { kind: 'spliced', origin: `${fixture.relative} + ${other.relative}`, language: fixture.language, text: mutate(fixture.text + '\n' + other.text, random) };
  } else if (fixture) {
    made = { kind: 'other-language', origin: fixture.relative, language: random.pick(LANGUAGES), text: mutate(fixture.text, random) };
  } else {
    made = { kind: 'random-text', origin: 'random', language: random.pick(LANGUAGES), text: randomText(random, random.int(4097)) };
  }
  return { index, ...made, text: made.text.slice(0, made.kind === 'long-line' || made.kind === 'random-text' ? MAX_INPUT : MAX_MUTATED) };
}

export function pathFor(language: Language): string {
  if (language === 'nginx') return '/fuzz/nginx.conf';
  if (language === 'mta-sts') return '/fuzz/.well-known/mta-sts.txt';
  return '/fuzz/example.com.zone';
}
