/**
 * The diff engine's entry point: two documents' blocks in, the aligned blocks with their
 * word-level segments, statuses, character counts and changed sections out; and the
 * renderers of that result (the inline redline, the 新旧対照表, the terminal). The 新旧対照表
 * is also a model (shinkyuTable) that every table renderer draws, the board's Word file
 * included. Pure: no I/O, no Astro, no Markdown parser (the blocks come from the content
 * model, or in the browser from the build's blocks.json).
 */
export type { Block, BlockKind, BlockStatus, DiffBlock, DocumentDiff, Segment, SegmentType, SectionRef } from './types.ts';
export { PREAMBLE_ANCHOR } from './sections.ts';
export { diffBlockLists } from './diff-blocks.ts';
export { renderInline, renderExcerpt, foldLabel, type InlineOptions } from './render-inline.ts';
export { openBlocks, excerptBlocks } from './fold.ts';
export { renderTable, tableHtml } from './render-table.ts';
export { shinkyuTable, TABLE_WORDS, type ShinkyuTable, type TableRow, type TableCell, type TableRun, type TableBlank, type TableInline } from './table-model.ts';
export { renderTerminal, type TerminalOptions } from './render-terminal.ts';
export { escapeHtml } from './html.ts';
