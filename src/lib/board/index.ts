/**
 * The board document (理事会資料) of a revision: the 新旧対照表 of two revisions with its
 * title block and page margins (document.ts), as a Word file (docx.ts) and as a printed
 * page (print.ts: the site page's print stylesheet and the standalone print view the CLI
 * renders to PDF). Pure: the model in, bytes or strings out; writing files and driving a
 * browser are the CLI's (src/cli/table.ts).
 */
export { boardDocument, boardFileStem, type BoardDocument, type BoardInput, type BoardRevision, type BoardStage, type BoardDetail } from './document.ts';
export { boardDocx, DOCX_MEDIA_TYPE, WORD_FONTS } from './docx.ts';
export { boardPrintHtml, boardTitleHtml, sitePrintCss, cssString } from './print.ts';
