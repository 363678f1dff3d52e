import { describe, expect, it } from 'vitest';
import { parseBody } from '../../../src/lib/content/markdown.ts';
import { mdxDetail } from '../../../src/lib/content/revision.ts';

/** Bodies a tired editor writes, or pastes from HTML: each cause in Japanese, never the parser's English. */
const BROKEN: [string, string][] = [
  ['料金は {別途', '「}」'],
  ['詳しくは <a href="x', '引用符'],
  ['<div>本文', '「</div>」'],
  ['<b>強調</i>', '「<b>」を閉じる'],
  ['終わり </p>', '開きタグ'],
  ['x <3 y', '「3」'],
  ['<!-- 注記 -->', '「!」'],
  ['値は {a b} です', '式'],
  ['a <= b', '「=」'],
  ['末尾 <', 'タグ'],
];

describe('mdxDetail', () => {
  it.each(BROKEN)('describes %j in Japanese', (body, cause) => {
    let error: unknown;
    try {
      parseBody(body);
    } catch (thrown) {
      error = thrown;
    }
    expect(error, 'the parser refuses it').toBeDefined();
    const detail = mdxDetail(error as { source?: string; ruleId?: string; reason?: string });
    expect(detail).toContain(cause);
    // No English sentence of the parser's (an ASCII word of four letters or more; MDX itself aside).
    expect(detail.replace('MDX', '')).not.toMatch(/[A-Za-z]{4,}/u);
  });
});
