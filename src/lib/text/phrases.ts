/**
 * Where short Japanese text may wrap: between phrases (文節), never inside a word, so that
 * 「8.関係法令及びその他の規範の遵守について」 breaks as 「8.関係法令及び／その他の…」 and never
 * as 「…遵守につ／いて」. BudouX's Japanese model proposes the phrases; a boundary is kept only
 * where the word segmenter the diff engine uses (Intl.Segmenter) also ends a word (BudouX
 * alone would cut その／他 and に／ついて), never inside a number or a date (「2015年／12月1日」),
 * and never inside a short bracketed aside (「（現在も／適用中）」). Pages render the phrases with
 * <wbr> between them under `word-break: keep-all`, so every browser breaks in the same places
 * (`word-break: auto-phrase`, BudouX built into Chromium, is not available in Safari or Firefox).
 */
import { Parser, jaModel } from 'budoux';

// Made on first use, so that a client bundle that merely imports this module carries no model.
let parser: Parser | undefined;
let words: Intl.Segmenter | undefined;

/** A bracketed aside this long or shorter is read as one unit. */
const SHORT_ASIDE = 12;
const OPENING = '（(「『［【〔';
const CLOSING = '）)」』］】〕';

const memo = new Map<string, string[]>();

function wordBoundaries(text: string): Set<number> {
  words ??= new Intl.Segmenter('ja', { granularity: 'word' });
  return new Set([...words.segment(text)].map((segment) => segment.index));
}

/** Offsets strictly inside a short bracketed aside (a boundary there would split it). */
function insideShortAsides(text: string): Set<number> {
  const inside = new Set<number>();
  const open: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    if (OPENING.includes(text[i]!)) open.push(i);
    else if (CLOSING.includes(text[i]!) && open.length > 0) {
      const start = open.pop()!;
      if (i - start + 1 <= SHORT_ASIDE) for (let at = start + 1; at <= i; at += 1) inside.add(at);
    }
  }
  return inside;
}

/** A boundary between these two characters would split a number or a date. */
function splitsDate(before: string, after: string): boolean {
  return (/\d$/u.test(before) && /^[\d年月日]/u.test(after)) || (/[年月]$/u.test(before) && /^\d/u.test(after));
}

/** The phrases of a text, in order; joined, they spell the text exactly. */
export function phrases(text: string): string[] {
  const known = memo.get(text);
  if (known) return known;
  const boundaries = wordBoundaries(text);
  const asides = insideShortAsides(text);
  const out: string[] = [];
  let offset = 0;
  parser ??= new Parser(jaModel);
  for (const chunk of parser.parse(text)) {
    const last = out.at(-1);
    const keep = last !== undefined && boundaries.has(offset) && !asides.has(offset) && !splitsDate(last, chunk);
    if (last === undefined || keep) out.push(chunk);
    else out[out.length - 1] = last + chunk;
    offset += chunk.length;
  }
  // Headings repeat across revisions and pages: each is segmented once per build.
  if (memo.size < 50_000) memo.set(text, out);
  return out;
}
