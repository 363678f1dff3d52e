import { describe, expect, it } from 'vitest';
import { cleanupSegments } from '../../../src/lib/diff/cleanup.ts';
import { newSide, oldSide } from '../../../src/lib/diff/segments.ts';
import { tokenize } from '../../../src/lib/diff/tokens.ts';
import { diffWords } from '../../../src/lib/diff/words.ts';
import type { Segment } from '../../../src/lib/diff/types.ts';

const changes = (segments: Segment[]) => segments.filter((s) => s.type !== 'equal');

describe('tokenize', () => {
  it('is lossless and makes every punctuation mark its own token', () => {
    const text = '注)上記1~7の利用目的に従って、「個人情報保護基本方針」」。 TEL:03(5426)5200\n次の行';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text).join('')).toBe(text);
    for (const mark of ['、', '「', '」', '。', '~', ')', '(']) expect(tokens.map((t) => t.key)).toContain(mark);
    expect(tokens.every((t) => !/\s/.test(t.key))).toBe(true);
  });

  it('gives the same keys to texts that differ only in whitespace', () => {
    expect(tokenize('個人 情報を\n保護').map((t) => t.key)).toEqual(tokenize('個人情報を保護').map((t) => t.key));
  });

  it('does not crash on text outside the BMP or on combining marks', () => {
    const text = '𠮷野家 ｶﾀｶﾅ e\u0301 \u3000全角空白';
    expect(tokenize(text).map((t) => t.text).join('')).toBe(text);
  });
});

describe('diffWords', () => {
  it('marks the word 法例→法令, not the whole sentence', () => {
    const segments = diffWords('適用される法例、およびその他の規範', '適用される法令、およびその他の規範');
    expect(changes(segments)).toEqual([{ type: 'delete', text: '法例' }, { type: 'insert', text: '法令' }]);
  });

  it('reads a rewritten phrase as one deletion and one insertion', () => {
    const segments = diffWords(
      '利用者より開示された個人情報については、あらかじめ明示した目的の範囲内での使用に限定することをお約束します。',
      '利用者より開示された個人情報については、事前にお知らせした目的に限って使用します。',
    );
    expect(changes(segments).map((s) => s.type)).toEqual(['delete', 'insert']);
    expect(changes(segments)[1]?.text).toBe('事前にお知らせした目的に限って使用');
  });

  it('marks an inserted clause as one insertion', () => {
    const segments = diffWords('適用される法令、およびその他の規範', '適用される法令、ガイドライン、およびその他の規範');
    expect(changes(segments)).toEqual([{ type: 'insert', text: 'ガイドライン、' }]);
  });

  it('marks a deleted clause as one deletion', () => {
    const segments = diffWords('出資金の点検、経理上の必要と法律上定められた期間', '出資金の点検、法律上定められた期間');
    expect(changes(segments)).toEqual([{ type: 'delete', text: '経理上の必要と' }]);
  });

  it('treats whitespace changes as whitespace-only segments, losslessly', () => {
    const before = '個人情報を 適切に\n管理します。';
    const after = '個人情報を適切に管理 します。';
    const segments = diffWords(before, after);
    expect(segments.filter((s) => s.type !== 'equal').every((s) => s.text.trim() === '')).toBe(true);
    expect(newSide(segments)).toBe(after);
    expect(oldSide(segments)).toBe(before);
  });

  it('diffs across the tilde as text', () => {
    expect(changes(diffWords('注)上記1~7の利用目的', '注)上記1~8の利用目的'))).toEqual([
      { type: 'delete', text: '7' },
      { type: 'insert', text: '8' },
    ]);
  });
});

describe('cleanupSegments', () => {
  it('folds a tiny unchanged island between two changes into them', () => {
    const confetti: Segment[] = [
      { type: 'equal', text: '前' },
      { type: 'delete', text: 'あいう' },
      { type: 'insert', text: 'かきく' },
      { type: 'equal', text: 'の' },
      { type: 'delete', text: 'えお' },
      { type: 'insert', text: 'けこ' },
      { type: 'equal', text: '後' },
    ];
    expect(cleanupSegments(confetti)).toEqual([
      { type: 'equal', text: '前' },
      { type: 'delete', text: 'あいうのえお' },
      { type: 'insert', text: 'かきくのけこ' },
      { type: 'equal', text: '後' },
    ]);
  });

  it('keeps an island longer than the changes around it', () => {
    const segments: Segment[] = [
      { type: 'delete', text: 'あ' },
      { type: 'equal', text: '個人情報保護' },
      { type: 'insert', text: 'い' },
    ];
    expect(cleanupSegments(segments)).toEqual(segments);
  });

  it('puts deletions before insertions within a change', () => {
    expect(cleanupSegments([{ type: 'insert', text: 'い' }, { type: 'delete', text: 'あ' }])).toEqual([
      { type: 'delete', text: 'あ' },
      { type: 'insert', text: 'い' },
    ]);
  });
});
