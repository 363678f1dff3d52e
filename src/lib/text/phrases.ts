/**
 * Where short Japanese text may wrap: between phrases (文節), never inside a word, so that
 * 「8.関係法令及びその他の規範の遵守について」 breaks as 「8.関係法令及び／その他の…」 and never
 * as 「…遵守につ／いて」. BudouX's Japanese model proposes the phrases; a boundary is kept only
 * where the word segmenter the diff engine uses (Intl.Segmenter) also ends a word (BudouX
 * alone would cut その／他 and に／ついて), and never inside a number or a date
 * (「2015年／12月1日」). Pages render the phrases with <wbr> between them under
 * `word-break: keep-all`, so every browser breaks in the same places (`word-break:
 * auto-phrase`, BudouX built into Chromium, is not available in Safari or Firefox).
 */
import { Parser, jaModel } from 'budoux';

// Made on first use, so that a client bundle that merely imports this module carries no model.
let parser: Parser | undefined;
let words: Intl.Segmenter | undefined;

/** A boundary between these two characters would split a number or a date. */
const ENDS_DATE_PART = /[\d０-９年月]$/u;
const STARTS_NUMBER = /^[\d０-９]/u;

const memo = new Map<string, string[]>();

function wordBoundaries(text: string): Set<number> {
  words ??= new Intl.Segmenter('ja', { granularity: 'word' });
  return new Set([...words.segment(text)].map((segment) => segment.index));
}

/** The phrases of a text, in order; joined, they spell the text exactly. */
export function phrases(text: string): string[] {
  const known = memo.get(text);
  if (known) return known;
  const boundaries = wordBoundaries(text);
  const out: string[] = [];
  let offset = 0;
  parser ??= new Parser(jaModel);
  for (const chunk of parser.parse(text)) {
    const last = out.at(-1);
    const keep = last !== undefined && boundaries.has(offset) && !(ENDS_DATE_PART.test(last) && STARTS_NUMBER.test(chunk));
    if (last === undefined || keep) out.push(chunk);
    else out[out.length - 1] = last + chunk;
    offset += chunk.length;
  }
  // Headings repeat across revisions and pages: each is segmented once per build.
  if (memo.size < 50_000) memo.set(text, out);
  return out;
}
