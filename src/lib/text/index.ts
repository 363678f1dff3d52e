/**
 * Japanese text for reading: where headings and short labels may wrap (phrases.ts).
 * Pure; used by the renderers of revision bodies and of the redline, and by the pages.
 */
export { phrases } from './phrases.ts';
