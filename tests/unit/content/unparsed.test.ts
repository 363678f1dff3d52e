/** Markdown that did not take is found; the same marks written as text on purpose, or taken, are not. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { parseBody } from '../../../src/lib/content/markdown.ts';
import { renderBody } from '../../../src/lib/content/render.ts';
import { unparsedMarkdown } from '../../../src/lib/content/unparsed.ts';

const kindsOf = (body: string) => unparsedMarkdown(parseBody(body), body).map(({ kind, line }) => `${line}:${kind}`);

describe('markdown that did not take', () => {
  it('finds a heading without its space, a full-width ＃, an empty heading, a broken link and bold that stays marks', () => {
    expect(kindsOf('前文です。\n\n###3.第三者提供\n\n＃ 目的\n\n### \n\n[窓口](mailto:a@example.coop）へ\n\n**「重要」**です')).toEqual([
      '3:heading-space', '5:heading-full-width', '7:heading-empty', '9:link', '11:emphasis',
    ]);
  });

  it('finds them inside lists, quotes and tables, on their own line', () => {
    expect(kindsOf('- 一つ目\n- 二つ目は[ここ](/policies/a/）\n\n> 引用の**「強調」**です\n\n| 項目 |\n| --- |\n| [電話](tel:0300000000） |')).toEqual([
      '2:link', '4:emphasis', '8:link',
    ]);
  });

  it('leaves marks that took, that are escaped, in code, or that mean something else', () => {
    const body = [
      '## 1. 目的', '', '**重要**と「**強調**」、\\*\\*印\\*\\*、`**コード**`と`[a](/b)`。', '',
      '```', '##6.コードの中', '**太字**', '```', '', '※1 番号 #3 は見出しではありません。*1 注の印です。', '',
      '[正しいリンク](https://example.coop/)（https://example.coop/）', '', '[参照][ref]', '', '[ref]: /policies/a/',
    ].join('\n');
    expect(kindsOf(body)).toEqual([]);
  });
});

describe('a body heading written with #', () => {
  it('is an h2 under the page title, keeping its anchor', () => {
    const { document } = parseHTML(`<!doctype html><html><body>${renderBody(parseBody('# 大見出し\n\n本文です。\n\n## 小見出し'))}</body></html>`);
    expect(document.querySelectorAll('h1').length).toBe(0);
    expect([...document.querySelectorAll('h2')].map((h) => h.id)).toEqual(['大見出し', '小見出し']);
  });
});
