import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { enPhrases } from '../../../server/src/engine/catalog/en/index';
import { zhPhrases } from '../../../server/src/engine/catalog/zh-cn/index';
import { MAIL_KINDS } from '../../../server/src/engine/mail/tags/mail-kinds';

const ENGINE = path.resolve(__dirname, '../../../server/src/engine');
const SOURCES = ['mail/dkim', 'mail/dmarc', 'mail/mtasts', 'mail/tlsrpt', 'mail/bimi', 'mail/tags', 'mail/tags-hover.ts', 'mail/tags-completion.ts', 'rules/dkim', 'rules/dmarc', 'rules/mx', 'rules/srv', 'rules/mtasts', 'rules/tlsrpt', 'rules/bimi'];

function files(entry: string): string[] {
  const full = path.join(ENGINE, entry);
  if (fs.statSync(full).isFile()) return [full];
  return fs.readdirSync(full).filter((name) => name.endsWith('.ts')).map((name) => path.join(full, name));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

describe('mail phrases', () => {
  it('has hover words for every tag of every mail record, in English and Chinese', () => {
    for (const info of Object.values(MAIL_KINDS)) {
      for (const tag of info.tags) {
        const key = `${info.kind}.tag.${tag.name}`;
        assert.ok(enPhrases[key], `en lacks ${key}`);
        assert.ok(zhPhrases[key], `zh-cn lacks ${key}`);
      }
    }
  });

  it('has both languages, with the same placeholders, for every phrase key the mail code names literally', () => {
    const keys = new Set<string>();
    for (const file of SOURCES.flatMap(files)) {
      for (const match of fs.readFileSync(file, 'utf8').matchAll(/phrase\(\s*'([a-z-]+\.[\w.-]+)'/g)) keys.add(match[1]!);
    }
    assert.ok(keys.size > 15, `found only ${keys.size} phrase keys`);
    for (const key of keys) {
      assert.ok(enPhrases[key], `en lacks ${key}`);
      assert.ok(zhPhrases[key], `zh-cn lacks ${key}`);
      assert.deepEqual(placeholders(zhPhrases[key]!), placeholders(enPhrases[key]!), `${key}: placeholders differ`);
    }
  });

  it('translates every mail phrase it defines', () => {
    const mine = Object.keys(enPhrases).filter((key) => /^(dkim|dmarc|mtasts|tlsrpt|bimi|mx|srv|mail)\./.test(key));
    const untranslated = mine.filter((key) => !zhPhrases[key] || !/[\u4e00-\u9fff]/.test(zhPhrases[key]!));
    assert.deepEqual(untranslated, []);
  });
});
