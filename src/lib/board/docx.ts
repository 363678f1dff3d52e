/**
 * The board document as a Word file (.docx), for staff who paste it into the board's
 * papers: A4 landscape, the title block, the note （傍線部分は改正部分）, the 新旧対照表 with
 * its header row repeated on every page (w:tblHeader), changed words underlined (w:u),
 * the margins of the print view in the page header and footer, page numbers.
 *
 * Fonts: 游明朝 for text and 游ゴシック for headings, which Word on Windows (8.1 and later)
 * and Word for Mac have. The font table describes each as a Japanese (Shift_JIS charset)
 * serif or sans-serif face, so a Word without them substitutes the nearest Japanese face
 * (ＭＳ 明朝 / ＭＳ ゴシック), which it also lists.
 *
 * Pure and deterministic: the same document gives the same bytes (no clock, no random ids),
 * so the site can publish the file's sha256. Built with `docx`; the package it writes is
 * unpacked and zipped again with fixed timestamps (fflate), its core properties and font
 * table written here.
 */
import {
  AlignmentType, BorderStyle, Document, Footer, Header, PageNumber, PageOrientation, Packer, Paragraph,
  TabStopType, Table, TableCell, TableLayoutType, TableRow, TextRun, UnderlineType, WidthType,
} from 'docx';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { TableCell as CellModel, TableRow as RowModel } from '../diff/index.ts';
import type { BoardDocument } from './document.ts';

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const WORD_FONTS = { text: '游明朝', heading: '游ゴシック' } as const;

/** A4 in twentieths of a point, turned to landscape. */
const PAGE = { width: 16838, height: 11906 };
const MARGIN = { top: 1021, bottom: 1021, left: 1134, right: 1134, header: 567, footer: 567 }; // 18 mm, 20 mm, 10 mm
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const COLUMN = Math.floor(CONTENT_WIDTH / 2);

const mincho = { ascii: WORD_FONTS.text, hAnsi: WORD_FONTS.text, eastAsia: WORD_FONTS.text, cs: WORD_FONTS.text };
const gothic = { ascii: WORD_FONTS.heading, hAnsi: WORD_FONTS.heading, eastAsia: WORD_FONTS.heading, cs: WORD_FONTS.heading };
const underline = { type: UnderlineType.SINGLE };
const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

function cellRuns(cell: CellModel): TextRun[] {
  const font = cell.heading ? { font: gothic, bold: true } : {};
  if (cell.note !== undefined) return [new TextRun({ text: cell.note, ...font })];
  const runs: TextRun[] = [];
  for (const run of cell.runs) {
    if (run.type === 'blank') {
      runs.push(new TextRun({ text: '\u3000'.repeat(run.width), underline, ...font }));
      continue;
    }
    const marked = run.underline ? { underline, ...font } : font;
    for (const inline of run.content) {
      if (inline.type === 'break') runs.push(new TextRun({ break: 1 }));
      else runs.push(new TextRun({ text: inline.type === 'text' ? inline.text : '｜', ...marked }));
    }
  }
  return runs;
}

function cellParagraphs(cell: CellModel): Paragraph[] {
  const paragraphs = [new Paragraph({ children: cellRuns(cell) })];
  if (cell.targets.length > 0) {
    // Each names itself, as in the site's table: （リンク先 https://…、番号 5）.
    const runs: TextRun[] = [new TextRun({ text: '（', size: 18 })];
    cell.targets.forEach(({ name, value }, i) => {
      runs.push(new TextRun({ text: `${i > 0 ? '、' : ''}${name} `, size: 18 }));
      runs.push(new TextRun({ text: value, underline, size: 18 }));
    });
    runs.push(new TextRun({ text: '）', size: 18 }));
    paragraphs.push(new Paragraph({ children: runs }));
  }
  return paragraphs;
}

const cellOf = (children: Paragraph[]) =>
  new TableCell({ width: { size: COLUMN, type: WidthType.DXA }, margins: { top: 57, bottom: 57, left: 113, right: 113 }, children });

function row(model: RowModel): TableRow {
  if (model.kind === 'omitted') return new TableRow({ children: [0, 1].map(() => cellOf([new Paragraph('（略）')])) });
  return new TableRow({ children: [cellOf(cellParagraphs(model.new)), cellOf(cellParagraphs(model.old))] });
}

function table(doc: BoardDocument): Table | Paragraph {
  if (doc.table.rows.length === 0) return new Paragraph('文言の変更はありません。');
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: doc.heads.map((text) => cellOf([new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold: true, font: gothic })] })])),
  });
  return new Table({
    width: { size: COLUMN * 2, type: WidthType.DXA },
    columnWidths: [COLUMN, COLUMN],
    layout: TableLayoutType.FIXED,
    borders,
    rows: [head, ...doc.table.rows.map(row)],
  });
}

function titleBlock(doc: BoardDocument): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  if (doc.stage) paragraphs.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: `【${doc.stage}】`, bold: true, font: gothic })] }));
  paragraphs.push(new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 240 },
    children: [new TextRun({ text: doc.heading, bold: true, size: 32, font: gothic })],
  }));
  for (const detail of doc.details) {
    paragraphs.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(`${detail.label}　${detail.text}`)] }));
  }
  paragraphs.push(new Paragraph({ spacing: { before: 240, after: 60 }, children: [new TextRun(doc.legend)] }));
  return paragraphs;
}

/** A line of the page header or footer: one text at the left margin, one at the right. */
function marginLine(left: (string | TextRun)[], right: (string | TextRun)[]): Paragraph {
  const small = (part: string | TextRun) => (typeof part === 'string' ? new TextRun({ text: part, size: 16 }) : part);
  return new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
    children: [...left.map(small), new TextRun({ text: '\t', size: 16 }), ...right.map(small)],
  });
}

function wordDocument(doc: BoardDocument): Document {
  return new Document({
    title: doc.heading,
    creator: doc.issuer,
    lastModifiedBy: doc.issuer,
    styles: {
      default: {
        document: {
          run: { font: mincho, size: 21, language: { value: 'ja-JP', eastAsia: 'ja-JP' } },
          paragraph: { spacing: { line: 300 } },
        },
      },
    },
    sections: [{
      properties: {
        page: {
          size: { orientation: PageOrientation.LANDSCAPE, width: PAGE.height, height: PAGE.width },
          margin: MARGIN,
        },
      },
      headers: { default: new Header({ children: [marginLine([doc.margins.top], [doc.margins.versions])] }) },
      footers: {
        default: new Footer({
          children: [marginLine([doc.margins.location], [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 16 })])],
        }),
      },
      children: [...titleBlock(doc), table(doc)],
    }],
  });
}

const xmlText = (text: string) => text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);

/** Core properties without a clock: the document is dated by its revision. */
function coreXml(doc: BoardDocument): string {
  const stamp = `${doc.date}T00:00:00Z`;
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlText(doc.heading)}</dc:title><dc:creator>${xmlText(doc.issuer)}</dc:creator><cp:lastModifiedBy>${xmlText(doc.issuer)}</cp:lastModifiedBy>` +
    `<dc:language>ja-JP</dc:language><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>';
}

/**
 * The fonts the document uses, described so that Word can substitute a Japanese face of
 * the same kind where one is missing (charset 80 is Shift_JIS; panose and family give the kind).
 */
const FONT_TABLE = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  [
    { name: WORD_FONTS.text, alt: 'Yu Mincho', panose: '02020400000000000000', family: 'roman', pitch: 'variable' },
    { name: WORD_FONTS.heading, alt: 'Yu Gothic', panose: '020B0400000000000000', family: 'swiss', pitch: 'variable' },
    { name: 'ＭＳ 明朝', alt: 'MS Mincho', panose: '02020609040205080304', family: 'modern', pitch: 'fixed' },
    { name: 'ＭＳ ゴシック', alt: 'MS Gothic', panose: '020B0609070205080204', family: 'modern', pitch: 'fixed' },
  ].map((font) => `<w:font w:name="${font.name}"><w:altName w:val="${font.alt}"/><w:panose1 w:val="${font.panose}"/><w:charset w:val="80"/><w:family w:val="${font.family}"/><w:pitch w:val="${font.pitch}"/></w:font>`).join('') +
  '</w:fonts>';

/** A Date whose local fields are the day at midnight: zip timestamps are local time, so this is the same in every time zone. */
function zipStamp(isoDay: string): Date {
  const [year, month, date] = isoDay.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date);
}

/** The .docx bytes of a board document. */
export async function boardDocx(doc: BoardDocument): Promise<Uint8Array<ArrayBuffer>> {
  const packed = await Packer.pack(wordDocument(doc), 'uint8array');
  const encoder = new TextEncoder();
  const replaced: Record<string, string> = { 'docProps/core.xml': coreXml(doc), 'word/fontTable.xml': FONT_TABLE };
  const mtime = zipStamp(doc.date);
  const files: Zippable = {};
  for (const [name, bytes] of Object.entries(unzipSync(packed))) {
    const text = replaced[name];
    files[name] = [text === undefined ? bytes : encoder.encode(text), { mtime }];
  }
  // fflate allocates the output in a fresh ArrayBuffer.
  return zipSync(files, { level: 9 }) as Uint8Array<ArrayBuffer>;
}
