import { strict as assert } from 'node:assert';
import { MappedText } from '../../../server/src/engine/text/mapped-text';
import { findTag, parseTagList, splitTagValue, tagValueSpan } from '../../../server/src/engine/mail/tags/tag-list';

describe('mail tag-list grammar', () => {
  it('reads names, values and their positions, with whitespace around = and ;', () => {
    const list = parseTagList('v=DKIM1; k = rsa ;p=AB CD');
    assert.deepEqual(list.tags.map((t) => [t.name, t.value]), [['v', 'DKIM1'], ['k', 'rsa'], ['p', 'AB CD']]);
    const k = findTag(list, 'k')!;
    assert.equal('v=DKIM1; k = rsa ;p=AB CD'.slice(k.valueStart, k.valueEnd), 'rsa');
    assert.equal(k.index, 1);
    assert.deepEqual(list.problems, []);
  });

  it('accepts a trailing semicolon and an empty value', () => {
    const list = parseTagList('v=DKIM1; p=;');
    assert.equal(list.tags.length, 2);
    assert.equal(findTag(list, 'p')!.value, '');
    assert.deepEqual(list.problems, []);
  });

  it('reports a spec without =, a bad name and a duplicate, and keeps going', () => {
    const list = parseTagList('v=DMARC1; pnone; 1x=y; p=none; p=reject');
    assert.deepEqual(list.problems.map((p) => p.kind), ['missing-equals', 'bad-name', 'duplicate']);
    const missing = list.problems[0]!;
    assert.equal('v=DMARC1; pnone; 1x=y; p=none; p=reject'.slice(missing.start, missing.end), 'pnone');
    assert.equal(list.tags.length, 4);
  });

  it('reports a value with no name', () => {
    assert.deepEqual(parseTagList('=x').problems.map((p) => p.kind), ['empty-name']);
  });

  it('maps value positions to source offsets across joined strings', () => {
    // "v=DKIM1; " "p=AB" as it sits in a file: the second string starts 3 columns after the first ends.
    const source = '"v=DKIM1; " "p=AB"';
    const offsets = [...Array(9).keys()].map((i) => i + 1).concat([13, 14, 15, 16, 17]);
    const text = new MappedText('v=DKIM1; p=AB', offsets);
    const list = parseTagList(text);
    const span = tagValueSpan(list, findTag(list, 'p')!);
    assert.equal(source.slice(span.start, span.end), 'AB');
  });

  it('splits list values with positions', () => {
    const list = parseTagList('fo=0: d :s');
    const items = splitTagValue(findTag(list, 'fo')!, ':');
    assert.deepEqual(items.map((i) => i.text), ['0', 'd', 's']);
    assert.deepEqual(items.map((i) => 'fo=0: d :s'.slice(i.start, i.end)), ['0', 'd', 's']);
  });

  it('never throws on arbitrary input', () => {
    for (const input of ['', ';', ';;;', '=', '==;=', 'a', ' \t ', 'v=DKIM1;;p=', '\u0000=\u0001']) {
      assert.doesNotThrow(() => parseTagList(input));
    }
  });
});
