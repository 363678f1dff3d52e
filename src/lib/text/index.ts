/**
 * Text for reading: where Japanese headings and short labels may wrap (phrases.ts), and text
 * from content made safe to print to a terminal (terminal.ts). Pure; used by the renderers
 * of revision bodies and of the redline, the pages, the loader and the CLI.
 */
export { phrases } from './phrases.ts';
export { terminalSafe } from './terminal.ts';
