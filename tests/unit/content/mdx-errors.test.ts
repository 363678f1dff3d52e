import { describe, expect, it } from 'vitest';
import { parseBody } from '../../../src/lib/content/markdown.ts';
import { mdxDetail, type ParserMessage } from '../../../src/lib/content/revision.ts';

/** Bodies a tired editor writes, or pastes from HTML: each cause in Japanese, never the parser's English. */
const BROKEN: [string, string][] = [
  ['料金は {別途', '「}」'],
  ['詳しくは <a href="x', '引用符'],
  ['<div>本文', '「</div>」'],
  ['<b>強調</i>', '「<b>」を閉じる'],
  ['終わり </p>', '開きタグ'],
  ['x <3 y', '「3」'],
  ['<!-- 注記 -->', 'コメント'],
  ['改行<br>のあと', '「<br />」'],
  ['<img src="a.png">', '「<img />」'],
  ['<a href=x>リンク</a>', '引用符'],
  ['*強調 <b>太字* のまま</b>', '強調'],
  ['**強調 <i>斜体** のまま</i>', '強調（** **）'],
  ['x <` y', '「`」'],
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
    const detail = mdxDetail(error as ParserMessage);
    expect(detail).toContain(cause);
    // No English sentence of the parser's: no ASCII word of four letters or more, but the names
    // MDX and HTML and what is quoted from the file (「<img />」).
    expect(detail.replace(/「[^」]*」/gu, '').replace(/MDX|HTML/gu, '')).not.toMatch(/[A-Za-z]{4,}/u);
  });
});
