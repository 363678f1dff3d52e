/**
 * The board document's print view (the CLI's .html, which its PDF is printed from) and the
 * site page's print stylesheet, read through an HTML parser. How they print is checked in
 * Chromium (tests/cli/table.test.ts, tests/e2e/board-print.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { boardDocument, boardPrintHtml, boardTitleHtml, cssString, sitePrintCss, type BoardInput } from '../../../src/lib/board/index.ts';
import { renderTable } from '../../../src/lib/diff/index.ts';
import { diffDocuments } from '../../support/documents.ts';
import { one, parseDocument, parseFragment, textOf } from '../../support/html.ts';

const diff = diffDocuments('## 1.目的\n\n関係する法例を守ります。\n\n## 2.範囲\n\n組合員の情報。', '## 1.目的\n\n関係する法令を守ります。\n\n## 2.範囲\n\n組合員の情報。');
const input: BoardInput = {
  slug: 'alpha', title: 'アルファ方針', issuer: 'テスト生活協同組合',
  older: { date: '2020-04-01', dateBasis: 'effective' },
  newer: { date: '2024-10-01', dateBasis: 'effective', stage: 'in-force' },
  diff, location: 'https://privacy.example/policies/alpha/changes/2024-10-01/table/',
};
const doc = boardDocument(input);

describe('the standalone print view', () => {
  const page = parseDocument(boardPrintHtml(doc));

  it('is a Japanese document titled 「〇〇 新旧対照表」 with the title block', () => {
    expect(page.documentElement.getAttribute('lang')).toBe('ja');
    expect(textOf(page.querySelector('title'))).toBe('アルファ方針 新旧対照表');
    expect(textOf(one(page, 'h1.board-heading'))).toBe('アルファ方針 新旧対照表');
    const details = [...page.querySelectorAll('.board-details > div')].map((row) => [textOf(one(row, 'dt')), textOf(one(row, 'dd'))]);
    expect(details).toEqual([['発行', 'テスト生活協同組合'], ['改定日', '2024年10月1日'], ['改正後', '2024年10月1日の版'], ['改正前', '2020年4月1日の版']]);
    expect(textOf(one(page, '.board-legend'))).toBe('（傍線部分は改正部分）');
  });

  it('holds the very table the site shows', () => {
    expect(one(page, 'table.shinkyu').outerHTML).toBe(one(parseFragment(renderTable(diff)), 'table.shinkyu').outerHTML);
  });

  it('loads nothing: its styles are inside, and there is no script', () => {
    expect(page.querySelectorAll('script, link, img')).toHaveLength(0);
    const css = textOf(one(page, 'style'));
    expect(css).toContain('size: A4 landscape');
    expect(css).toContain('counter(page) " / " counter(pages)');
    expect(css).toContain('"https://privacy.example/policies/alpha/changes/2024-10-01/table/"');
  });

  it('keeps hostile titles as text, in the page and in its stylesheet', () => {
    const hostile = parseDocument(boardPrintHtml(boardDocument({ ...input, title: '</style><script>alert(1)</script>"\\' })));
    expect(hostile.querySelectorAll('script')).toHaveLength(0);
    expect(hostile.querySelectorAll('style')).toHaveLength(1);
    expect(textOf(one(hostile, 'h1'))).toBe('</style><script>alert(1)</script>"\\ 新旧対照表');
  });
});

describe('cssString', () => {
  it('escapes quotes, backslashes and < and folds line breaks', () => {
    expect(cssString('a"b\\c<d\ne')).toBe('"a\\"b\\\\c\\3c d e"');
  });
});

describe('the site page’s print stylesheet', () => {
  const css = sitePrintCss(doc);

  it('prints A4 landscape with the margins of the board document', () => {
    expect(css).toContain('size: A4 landscape');
    expect(css).toContain('@bottom-left { content: "https://privacy.example/policies/alpha/changes/2024-10-01/table/"');
    expect(css).toContain('@top-right { content: "改正後: 2024年10月1日の版　改正前: 2020年4月1日の版"');
  });

  it('has a title block for the page, with no second <h1>', () => {
    const block = parseFragment(boardTitleHtml(doc, 'p'));
    expect(block.querySelector('h1')).toBeNull();
    expect(textOf(one(block, 'p.board-heading'))).toBe('アルファ方針 新旧対照表');
  });
});
