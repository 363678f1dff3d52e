import { describe, expect, it } from 'vitest';
import { phrases } from '../../src/lib/text/index.ts';

describe('phrases', () => {
  it('breaks a heading between phrases, never inside a word', () => {
    const parts = phrases('8.関係法令及びその他の規範の遵守について');
    expect(parts.join('')).toBe('8.関係法令及びその他の規範の遵守について');
    expect(parts[0]).toBe('8.関係法令及び');
    // No boundary inside the words the heading is made of.
    const boundaries = parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('').length);
    for (const word of ['関係法令', 'その他', '規範', '遵守', 'について']) {
      const at = '8.関係法令及びその他の規範の遵守について'.indexOf(word);
      expect(boundaries.filter((b) => b > at && b < at + word.length), word).toEqual([]);
    }
  });

  it('keeps a date whole', () => {
    expect(phrases('2015年12月1日から2026年11月24日まで')).toEqual(['2015年12月1日から', '2026年11月24日まで']);
    for (const text of ['2001年1月', '2026年11月25日に収録した版', '適用期間: 2027年1月1日から適用予定']) {
      const parts = phrases(text);
      parts.slice(1).forEach((part, i) => expect(`${parts[i]}｜${part}`, text).not.toMatch(/\d｜[\d年月日]|[年月]｜\d/u));
    }
  });

  it('keeps a short bracketed aside whole', () => {
    expect(phrases('2026年11月25日から（現在も適用中）')).toEqual(['2026年11月25日から', '（現在も適用中）']);
  });

  it('spells the text exactly, whatever it is', () => {
    for (const text of ['', 'Cookie', 'このウェブサイトでの個人情報保護について', '（1）個人情報保護に関する内部規程の整備、「個人情報管理者」の配置']) {
      expect(phrases(text).join('')).toBe(text);
    }
  });
});
