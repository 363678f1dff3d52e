/** Page data that the pages' scripts share with the build: the date question, the counts, the compare links. */
import { describe, expect, it } from 'vitest';
import { inForceCase } from '../../src/lib/history/index.ts';
import { compareHref, compareTableHref, countParts, wording } from '../../src/lib/site/index.ts';

describe('the answer to 「この日に適用されていた版」', () => {
  const asOf = '2026-11-25';

  it('says none was in force before the first revision', () => {
    expect(inForceCase('2010-01-01', asOf, undefined)).toBe('before-first');
  });

  it('speaks of the past up to the day the site is built as of', () => {
    expect(inForceCase('2020-06-01', asOf, { position: 'past' })).toBe('in-force');
    expect(inForceCase(asOf, asOf, { position: 'current' })).toBe('in-force');
  });

  it('after that day, says what will apply as far as is known now', () => {
    expect(inForceCase('2027-06-01', asOf, { position: 'scheduled' })).toBe('scheduled');
    expect(inForceCase('2030-01-01', asOf, { position: 'current' })).toBe('expected');
  });

  it('is worded for each case, a far-future day warning that later revisions may come', () => {
    const words = wording.inForceWords(asOf);
    expect(words['in-force'].join('…')).toBe('{day}に適用されていたのは「…」です。');
    expect(words.expected[0]).toBe('2026年11月25日の時点では、{day}に適用されるのは「');
    expect(words.later).toContain('新しい版が定められることもあります');
    expect(words['before-first'][0]).toContain('最初に収録した版より前');
  });
});

describe('countParts', () => {
  it('words the counts once, the figures marked for colour', () => {
    const parts = countParts({ inserted: 2, deleted: 2, formatOnly: 0, targets: 0, textChanged: true });
    expect(parts.map((part) => part.text).join('')).toBe('追加 2 文字、削除 2 文字');
    expect(parts.filter((part) => part.kind).map((part) => part.kind)).toEqual(['ins', 'del']);
  });

  it('says when only formatting or nothing changed', () => {
    expect(countParts({ inserted: 0, deleted: 0, formatOnly: 1, targets: 0, textChanged: false }).at(-1)!.text).toContain('書式だけが変わった箇所が 1 か所');
    expect(countParts({ inserted: 0, deleted: 0, formatOnly: 0, targets: 0, textChanged: false }).at(-1)!.text).toBe('（本文の文字に変更はありません）');
  });
});

describe('compare links', () => {
  it('leads a revision and its predecessor to their changes page’s 新旧対照表', () => {
    expect(compareTableHref('a', '2015-12-01', '2026-11-25', '2015-12-01')).toBe('/policies/a/changes/2026-11-25/table/');
  });

  it('shows any other pair as a table on the compare page itself', () => {
    expect(compareTableHref('a', '2010-01-01', '2026-11-25', '2015-12-01')).toBe('/policies/a/compare/?from=2010-01-01&to=2026-11-25&view=table');
    expect(compareTableHref('a', '2026-11-25', '2015-12-01', undefined)).toBe('/policies/a/compare/?from=2026-11-25&to=2015-12-01&view=table');
  });

  it('keeps the pair in the compare page’s address', () => {
    expect(compareHref('a', '2015-12-01', '2026-11-25', 'inline')).toBe('/policies/a/compare/?from=2015-12-01&to=2026-11-25');
  });
});
