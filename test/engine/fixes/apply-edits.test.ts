import { strict as assert } from 'node:assert';
import type { Range } from 'vscode-languageserver-types';
import type { TextEdit } from '../../../server/src/engine/diagnostics';
import { applyEdits, diffAsEdit, OverlappingEditsError, rangesConflict, stripSnippet } from '../../../server/src/engine/fixes/apply-edits';

const r = (sl: number, sc: number, el: number, ec: number): Range => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });
const edit = (range: Range, newText: string): TextEdit => ({ path: 'a.zone', range, newText });

describe('fixes/applyEdits', () => {
  it('applies edits given in any order against the original ranges', () => {
    const text = 'one two\nthree four\n';
    const out = applyEdits(text, [edit(r(1, 6, 1, 10), 'FOUR'), edit(r(0, 0, 0, 3), 'ONE')]);
    assert.equal(out, 'ONE two\nthree FOUR\n');
  });

  it('keeps CR LF line breaks and counts UTF-16 characters', () => {
    const text = 'a 😀 b\r\nc d\r\n';
    assert.equal(applyEdits(text, [edit(r(0, 5, 0, 6), 'B'), edit(r(1, 0, 1, 1), 'C')]), 'a 😀 B\r\nC d\r\n');
  });

  it('inserts several texts at one point in the given order', () => {
    assert.equal(applyEdits('xy', [edit(r(0, 1, 0, 1), '1'), edit(r(0, 1, 0, 1), '2')]), 'x12y');
  });

  it('rejects overlapping edits instead of guessing', () => {
    assert.throws(() => applyEdits('abcdef', [edit(r(0, 0, 0, 3), 'X'), edit(r(0, 2, 0, 4), 'Y')]), OverlappingEditsError);
  });

  it('clamps positions past the end of a line or the file', () => {
    assert.equal(applyEdits('ab\ncd', [edit(r(0, 99, 0, 99), '!'), edit(r(9, 0, 9, 0), '?')]), 'ab!\ncd?');
  });

  it('returns the same string for no edits', () => {
    const text = 'unchanged\n';
    assert.equal(applyEdits(text, []), text);
  });
});

describe('fixes/rangesConflict', () => {
  it('treats touching ranges as independent and shared text as a conflict', () => {
    assert.equal(rangesConflict(r(0, 0, 0, 3), r(0, 3, 0, 5)), false);
    assert.equal(rangesConflict(r(0, 0, 0, 4), r(0, 3, 0, 5)), true);
    assert.equal(rangesConflict(r(0, 2, 0, 2), r(0, 0, 0, 5)), true);
    assert.equal(rangesConflict(r(0, 2, 0, 2), r(0, 2, 0, 2)), true);
    assert.equal(rangesConflict(r(0, 5, 0, 5), r(0, 0, 0, 5)), false);
  });
});

describe('fixes/stripSnippet', () => {
  it('keeps placeholder text and drops bare tab stops', () => {
    assert.equal(stripSnippet('@ MX 0 ${1:tenant}.mail.protection.outlook.com.$0'), '@ MX 0 tenant.mail.protection.outlook.com.');
    assert.equal(stripSnippet('a${2}b$10c'), 'abc');
  });
  it('unescapes \\$ and \\} and handles nested placeholders', () => {
    assert.equal(stripSnippet('cost \\$5 ${1:a\\}b}'), 'cost $5 a}b');
    assert.equal(stripSnippet('${1:outer ${2:inner}}!'), 'outer inner!');
  });
  it('leaves ordinary dollar signs alone', () => {
    assert.equal(stripSnippet('$ORIGIN example.com.'), '$ORIGIN example.com.');
  });
});

describe('fixes/diffAsEdit', () => {
  it('produces one edit that reproduces the new text', () => {
    const before = 'head\nv=spf1 ptr -all\ntail\n';
    const after = 'head\nv=spf1 -all\ntail\n';
    const e = diffAsEdit('f', before, after)!;
    assert.equal(applyEdits(before, [e]), after);
    assert.equal(e.range.start.line, 1);
  });
  it('does not split a CR LF pair', () => {
    const before = 'a\r\nb\r\n';
    const after = 'a\r\nX\r\nb\r\n';
    const e = diffAsEdit('f', before, after)!;
    assert.equal(applyEdits(before, [e]), after);
  });
  it('returns nothing when the texts are equal', () => {
    assert.equal(diffAsEdit('f', 'same', 'same'), undefined);
  });
});
