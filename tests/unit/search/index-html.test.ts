import { describe, expect, it } from 'vitest';
import { decodeHtmlText, htmlForIndex } from '../../../src/lib/search/index-html.ts';

/** Marks each encoded text, so the test sees what was encoded and what was copied. */
const encode = (text: string) => `[${text}]`;

const page = (body: string) => `<!DOCTYPE html><html lang="ja"><head><title>ウィルス</title><script>var a = "ウィルス";</script></head><body><nav>メニュー</nav><main data-pagefind-body>${body}</main><footer>フッター</footer></body></html>`;

describe('htmlForIndex', () => {
  it('rewrites only the text Pagefind indexes, and leaves the head, scripts and the rest of the page alone', () => {
    const html = htmlForIndex(page('<p>ウィルス対策</p><script>const b = "ウィルス";</script><style>p::after{content:"ウィルス"}</style>'), encode);
    expect(html).toContain('<title>ウィルス</title>');
    expect(html).toContain('var a = "ウィルス";');
    expect(html).toContain('<p>[ウィルス対策]</p>');
    expect(html).toContain('<nav>メニュー</nav>');
    expect(html).toContain('<footer>フッター</footer>');
    expect(html).toContain('<script>const b = "ウィルス";</script>');
    expect(html).toContain('<style>p::after{content:"ウィルス"}</style>');
  });

  it('titles every heading with an id by its text as written', () => {
    const html = htmlForIndex(page('<h2 id="7cookie">7.クッキー(<em>Cookie</em>)の利用について</h2><h3>無題</h3>'), encode);
    expect(html).toContain('<h2 id="7cookie" data-pagefind-title="7.クッキー(Cookie)の利用について">');
    expect(html).toContain("<h3>[無題]</h3>");
    expect(html).not.toMatch(/<h3[^>]*data-pagefind-title/);
  });

  it('tells the encoder the level of the heading a text is in', () => {
    const seen: [string, number][] = [];
    htmlForIndex(page('<h1>題</h1><h2 id="a">見出し<em>強調</em></h2><p>本文</p>'), (text, where) => {
      seen.push([text, where.heading]);
      return text;
    });
    expect(seen).toEqual([['題', 1], ['見出し', 2], ['強調', 2], ['本文', 0]]);
  });

  it('reads a heading that wraps between phrases (<wbr>) as one run of text', () => {
    const html = htmlForIndex(page('<h2 id="8">8.関係法令及び<wbr>その他の<wbr>規範の<wbr>遵守について</h2>'), encode);
    expect(html).toBe(htmlForIndex(page('<h2 id="8">8.関係法令及びその他の規範の遵守について</h2>'), encode));
  });

  it('keeps an existing data-pagefind-title', () => {
    expect(htmlForIndex(page('<h2 id="a" data-pagefind-title="A">見出し</h2>'), encode)).toContain('<h2 id="a" data-pagefind-title="A">');
  });

  it('decodes entities before cutting words and escapes the result again', () => {
    const html = htmlForIndex(page('<p>A&amp;B &lt;注&gt; &#x30A6;&#12451;ルス</p>'), encode);
    expect(html).toContain('&amp;');
    expect(html).toContain('&lt;');
    expect(html).not.toMatch(/<注>/);
    expect(html).toContain('[A&amp;B &lt;注&gt; ウィルス]');
  });

  it('copies attributes untouched, even with > inside quotes', () => {
    const html = htmlForIndex(page('<a href="/x?a>b" title="ウィルス">ウィルス</a>'), encode);
    expect(html).toContain('<a href="/x?a>b" title="ウィルス">');
  });
});

describe('decodeHtmlText', () => {
  it('decodes named and numeric entities and leaves unknown ones', () => {
    expect(decodeHtmlText('&amp;&lt;&gt;&quot;&#39;&#x41;&nbsp;&unknown;')).toBe('&<>"\'A\u00A0&unknown;');
  });
});
