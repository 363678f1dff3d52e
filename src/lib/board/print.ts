/**
 * The board document as a printed page: the print stylesheet (A4 landscape, the header
 * row repeated on every page, the title, versions, address and page numbers in the page's
 * margin boxes, black on white with underlines, never colour), the title block, and the
 * standalone print view the CLI writes as .html and renders to PDF.
 *
 * The site's 新旧対照表 page prints through the same rules: its stylesheet (sitePrintCss)
 * applies them in print only and hides everything on the page but the document. Every rule
 * is scoped to `.board`, the element holding the title block and the table.
 */
import { escapeHtml, tableHtml } from '../diff/index.ts';
import type { BoardDocument } from './document.ts';

const SERIF = '"游明朝", "Yu Mincho", YuMincho, "Hiragino Mincho ProN", "IPAexMincho", "Noto Serif CJK JP", "ＭＳ 明朝", "MS Mincho", serif';
const SANS = '"游ゴシック", "Yu Gothic", YuGothic, "Hiragino Sans", "IPAexGothic", "Noto Sans CJK JP", "ＭＳ ゴシック", "MS Gothic", sans-serif';

/** Text as a CSS string: quotes and backslashes escaped, line breaks as spaces, `<` escaped so it can sit in a <style>. */
export function cssString(text: string): string {
  const escaped = text
    .replace(/[\\"]/g, (ch) => `\\${ch}`)
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/</g, '\\3c ');
  return `"${escaped}"`;
}

/** The page box: A4 landscape, and what every page says in its margins. */
function pageCss(doc: BoardDocument): string {
  const box = (name: string, content: string, align: string) =>
    `  @${name} { content: ${content}; font-family: ${SANS}; font-size: 7.5pt; color: #000; text-align: ${align}; }\n`;
  return '@page {\n' +
    '  size: A4 landscape;\n' +
    '  margin: 15mm 14mm 14mm;\n' +
    box('top-left', cssString(doc.margins.top), 'left') +
    box('top-right', cssString(doc.margins.versions), 'right') +
    box('bottom-left', cssString(doc.margins.location), 'left') +
    box('bottom-right', 'counter(page) " / " counter(pages)', 'right') +
    '}\n';
}

/** The document itself: title block and table, on paper and in the standalone view. */
const DOCUMENT_CSS = `
.board { margin: 0; font-family: ${SERIF}; font-size: 10pt; line-height: 1.6; color: #000; background: #fff; }
.board .board-title { display: block; margin: 0 0 3mm; }
.board .board-stage { margin: 0; text-align: right; font-family: ${SANS}; font-weight: 700; }
.board .board-heading { margin: 0 0 3mm; text-align: center; font-family: ${SANS}; font-size: 15pt; font-weight: 700; line-height: 1.4; }
.board .board-details { margin: 0; text-align: right; }
.board .board-details div { margin: 0; }
.board .board-details dt, .board .board-details dd { display: inline; margin: 0; }
.board .board-details dt::after { content: "\\3000"; }
.board .board-legend { margin: 3mm 0 1.5mm; }
.board .shinkyu { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 0; }
.board .shinkyu caption { display: none; }
.board .shinkyu thead { display: table-header-group; }
.board .shinkyu tr { break-inside: avoid; }
.board .shinkyu th, .board .shinkyu td { width: 50%; border: 0.75pt solid #000; padding: 1.5mm 2.5mm; vertical-align: top; text-align: left; background: none; color: #000; }
.board .shinkyu th { text-align: center; font-family: ${SANS}; font-weight: 700; }
.board .shinkyu .shinkyu-omitted td { color: #000; }
.board .shinkyu .bosen { text-decoration: underline; text-decoration-color: #000; text-decoration-thickness: 0.75pt; text-underline-offset: 0.2em; }
.board .shinkyu-heading { font-family: ${SANS}; font-weight: 700; }
.board .shinkyu-target { display: block; font-size: 0.9em; overflow-wrap: anywhere; }
`;

/**
 * The print stylesheet of the site's 新旧対照表 page: in print, the page is the board
 * document (only `.board` is shown: no site chrome, no screen header). On screen it only
 * keeps the title block, which repeats the page's header, out of sight.
 */
export function sitePrintCss(doc: BoardDocument): string {
  return `${pageCss(doc)}@media not print {\n.board > .board-title { display: none; }\n}\n@media print {\nmain > :not(.board) { display: none !important; }${DOCUMENT_CSS}}\n`;
}

/**
 * The title block: 〇〇 新旧対照表, the issuer and dates, the note （傍線部分は改正部分）. The
 * heading is an <h1> in the standalone view; on the site page, which has its own <h1>, a <p>.
 */
export function boardTitleHtml(doc: BoardDocument, headingTag: 'h1' | 'p' = 'h1'): string {
  const stage = doc.stage ? `<p class="board-stage">【${escapeHtml(doc.stage)}】</p>` : '';
  const details = doc.details.map((detail) => `<div><dt>${escapeHtml(detail.label)}</dt><dd>${escapeHtml(detail.text)}</dd></div>`).join('');
  return `${stage}<${headingTag} class="board-heading">${escapeHtml(doc.heading)}</${headingTag}>` +
    `<dl class="board-details">${details}</dl><p class="board-legend">${escapeHtml(doc.legend)}</p>`;
}

/** The standalone print view: one HTML file with its styles, nothing loaded from anywhere. */
export function boardPrintHtml(doc: BoardDocument): string {
  const screen = '@media screen {\n.board { max-width: 269mm; margin: 12mm auto; padding: 0 4mm; }\n}\n';
  return '<!doctype html>\n<html lang="ja">\n<head>\n<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<title>${escapeHtml(doc.heading)}</title>\n` +
    `<style>\n${pageCss(doc)}${DOCUMENT_CSS}${screen}</style>\n</head>\n` +
    `<body class="board">\n<header class="board-title">${boardTitleHtml(doc)}</header>\n` +
    `<main>${tableHtml(doc.table)}</main>\n</body>\n</html>\n`;
}
