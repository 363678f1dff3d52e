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

  it('finds the mistakes an input method makes and marks that vanish', () => {
    expect(kindsOf('##\u30006.目的\n\n####### 7個\n\n[法律][法令] を守ります。\n\n*「重要」*です。\n\n年会費*1および入会金*2が必要です。\n\n番号は「****」で伏せます。\n\nホームページ（https://example.coop/privacy/）をご覧ください。\n\nCookie（__utma、__utmz、_ga）を使います。署名欄：________')).toEqual([
      '1:heading-space', '3:heading-depth', '5:link', '7:emphasis', '9:note-mark', '11:emphasis', '13:address-run-on', '15:note-mark',
    ]);
  });

  it('leaves marks that took, that are escaped, in code, or that mean something else', () => {
    const body = [
      '## 1. 目的', '', '**重要**と「**強調**」、\\*\\*印\\*\\*、`**コード**`と`[a](/b)`。', '',
      '```', '##6.コードの中', '**太字**', '```', '', '※1 番号 #3 は見出しではありません。*1 注の印です。', '',
      '[正しいリンク](https://example.coop/)（ https://example.coop/ ）', '', '[参照][ref]', '', '[ref]: /policies/a/', '',
      '- ＃7119（救急安心センター）', '- #8000（こども医療電話相談）', '', '夜間は', '＃7119 へ。', '',
      '\\#7119 にお電話ください。', '', '\\##6.目的', '', '[#生活クラブ](https://example.coop/tags/) を付けた投稿は対象外です。', '',
      'Cookie（\\_\\_utma、\\_ga）を使います。署名欄：________', '', 'https://example.coop/a__b/ へ。', '',
      'ホームページ（ https://example.coop/privacy/ ）をご覧ください。', '', 'https://ja.wikipedia.org/wiki/個人情報 を参照。',
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
