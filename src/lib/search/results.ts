/**
 * One Pagefind result as the search page shows it: the policy's title, the revision's date
 * when it is not the current one, and its best-matching sections (the clause a reader
 * should land on first), each with an excerpt in the words of the policy and the matched
 * words marked.
 *
 * Pagefind decides which pages match and in what order. The sections are ranked here,
 * from Pagefind's own match locations, because its sub-results come in page order and the
 * `content` it returns holds the index words (index-words.ts), not the text as written.
 */
import { formatJapanese } from '../dates/index.ts';
import { stripDiacritics } from './fold.ts';
import { decodeIndexWord, type IndexWord } from './index-words.ts';

/** The part of Pagefind's result data this module reads. */
export interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  anchors: { id: string; location: number; element?: string; text?: string; title?: string }[];
  weighted_locations: { weight: number; balanced_score: number; location: number }[];
}

export interface ExcerptPiece {
  text: string;
  marked: boolean;
}

export interface ResultSection {
  title: string;
  url: string;
  /** The stretch before the first heading: the link goes to the page itself. */
  isPageTop: boolean;
  excerpt: ExcerptPiece[];
}

export interface ResultView {
  title: string;
  url: string;
  /** Set for a past revision: its date, and the label that says so. */
  pastRevision?: { date: string; label: string } | undefined;
  sections: ResultSection[];
}

const EXCERPT_CHARS = 90;
const LEAD_CHARS = 16;

interface Unit {
  /** Index of the content word. */
  at: number;
  text: string;
  marked: boolean;
  /** The query terms it answers (by index), itself or through its aliases. */
  terms: number[];
}

/** The content as the reader sees it: shown words and spaces, each marked when it (or one of its aliases) matched. */
function displayUnits(words: IndexWord[], matched: Map<number, number[]>): Unit[] {
  const units: Unit[] = [];
  let lastText: Unit | undefined;
  words.forEach((word, at) => {
    const terms = matched.get(at);
    if (word.kind === 'alias') {
      if (terms && lastText) {
        lastText.marked = true;
        lastText.terms.push(...terms);
      }
    } else if (word.kind === 'space') {
      units.push({ at, text: ' ', marked: false, terms: [] });
    } else {
      lastText = { at, text: word.text, marked: terms !== undefined, terms: [...(terms ?? [])] };
      units.push(lastText);
    }
    if (word.blockEnd) units.push({ at, text: ' ', marked: false, terms: [] });
  });
  return units;
}

/** Merges neighbouring units with the same marking, and puts a space between two Latin words. */
function pieces(units: Unit[]): ExcerptPiece[] {
  const out: ExcerptPiece[] = [];
  let previous = '';
  for (const unit of units) {
    const spaced = /[A-Za-z0-9]$/.test(previous) && /^[A-Za-z0-9]/.test(unit.text) ? ' ' : '';
    previous = unit.text;
    const last = out.at(-1);
    if (spaced) {
      if (last) last.text += spaced;
      else out.push({ text: spaced, marked: false });
    }
    const tail = out.at(-1);
    if (tail && tail.marked === unit.marked) tail.text += unit.text;
    else out.push({ text: unit.text, marked: unit.marked });
  }
  // Collapse runs of spaces the block ends and source spaces leave behind.
  return out.map((piece) => ({ ...piece, text: piece.text.replace(/ {2,}/g, ' ') })).filter((piece) => piece.text !== '');
}

/** About EXCERPT_CHARS of the section, starting a little before the stretch that best shows the match. */
function excerpt(units: Unit[]): ExcerptPiece[] {
  const lengths = units.map((unit) => unit.text.length);
  let bestStart = 0;
  let bestScore = -1;
  units.forEach((unit, i) => {
    if (!unit.marked) return;
    let start = i;
    for (let lead = 0; start > 0 && lead + lengths[start - 1]! <= LEAD_CHARS; start -= 1) lead += lengths[start - 1]!;
    // The stretch that shows the most different query terms, then the most marked text.
    const terms = new Set<number>();
    let markedChars = 0;
    for (let j = start, used = 0; j < units.length && used < EXCERPT_CHARS; used += lengths[j]!, j += 1) {
      if (!units[j]!.marked) continue;
      markedChars += units[j]!.text.length;
      for (const term of units[j]!.terms) terms.add(term);
    }
    const score = terms.size * EXCERPT_CHARS * 4 + markedChars;
    if (score > bestScore) {
      bestScore = score;
      bestStart = start;
    }
  });
  const shown: Unit[] = [];
  let used = 0;
  let end = bestStart;
  for (; end < units.length && used < EXCERPT_CHARS; end += 1) {
    shown.push(units[end]!);
    used += lengths[end]!;
  }
  const result = pieces(shown);
  if (result.length > 0) {
    result[0] = { ...result[0]!, text: result[0]!.text.trimStart() };
    result[result.length - 1] = { ...result.at(-1)!, text: result.at(-1)!.text.trimEnd() };
  }
  if (bestStart > 0) result.unshift({ text: '…', marked: false });
  if (end < units.length) result.push({ text: '…', marked: false });
  return result.filter((piece) => piece.text !== '');
}

/** `/policies/a/2015-12-01/` → `2015-12-01`. */
function revisionDate(url: string): string | undefined {
  return /\/(\d{4}-\d{2}-\d{2})\/(?:[?#]|$)/.exec(url)?.[1];
}

/** Adds the words to highlight on the page the link leads to (before its #fragment). */
export function withHighlight(url: string, words: readonly string[]): string {
  if (words.length === 0) return url;
  const [path, hash] = url.split('#', 2) as [string, string | undefined];
  const query = words.map((word) => `highlight=${encodeURIComponent(word)}`).join('&');
  return `${path}${path.includes('?') ? '&' : '?'}${query}${hash === undefined ? '' : `#${hash}`}`;
}

/** The index form of the word at a location, as Pagefind compared it with the query's terms. */
function matchedForm(word: IndexWord | undefined): string {
  if (!word || word.kind === 'space') return '';
  return stripDiacritics((word.kind === 'alias' ? word.form : word.text).toLowerCase());
}

/** Which of the query's terms (index keys, which are prefix-free) a matched word answers. */
function termsAnswered(form: string, terms: readonly string[]): number[] {
  if (form === '') return [];
  return terms.flatMap((term, i) => (form === term ? [i] : []));
}

/** How many of `words` (the page's content) the page's title takes: the indexed text starts with the <h1>. */
function titleLength(words: IndexWord[], title: string): number {
  const wanted = title.replace(/\s+/gu, '');
  let shown = '';
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    if (word.kind === 'text') shown += word.text;
    if (shown.length >= wanted.length) {
      // The title's own aliases follow its last word.
      let end = i + 1;
      while (words[end]?.kind === 'alias') end += 1;
      return shown === wanted ? end : 0;
    }
  }
  return 0;
}

interface ScoredSection {
  from: number;
  /** Where the text after the heading starts (what the excerpt shows). */
  bodyFrom: number;
  to: number;
  title: string;
  url: string;
  /** How many of the query's terms the section holds (a title match counts for the top of the page). */
  coverage: number;
  /** How many of them its heading holds: a clause whose heading names the words is about them. */
  headingCoverage: number;
  /** The summed weight of its matches: headings weigh more than body text. */
  weight: number;
  order: number;
}

/** The page cut into sections at its headings, the way Pagefind's sub-results are, each scored against the query. */
function scoredSections(data: PagefindResultData, words: IndexWord[], terms: readonly string[]): ScoredSection[] {
  const title = data.meta.title ?? data.url;
  // The indexed text starts with the <h1>: those words are the title, shown anyway.
  const titleWords = titleLength(words, title);
  const bounds: { from: number; bodyFrom: number; title: string; url: string }[] = [{ from: titleWords, bodyFrom: titleWords, title, url: data.url }];
  for (const anchor of [...data.anchors].sort((a, b) => a.location - b.location)) {
    const heading = (anchor.title ?? anchor.text ?? '').trim();
    if (heading === '' || anchor.location < titleWords) continue;
    // A heading with nothing before the next one replaces the empty stretch it starts.
    if (bounds.at(-1)!.from === anchor.location && bounds.length > 1) bounds.pop();
    // Pagefind reports the heading's text as it indexed it, one word per word of `content`.
    const headingWords = (anchor.text ?? '').split(/\s+/u).filter((word) => word !== '').length;
    bounds.push({ from: anchor.location, bodyFrom: anchor.location + headingWords, title: heading, url: `${data.url}#${anchor.id}` });
  }
  return bounds.map((section, i) => {
    const to = bounds[i + 1]?.from ?? Number.POSITIVE_INFINITY;
    const inSection = data.weighted_locations.filter((hit) => (i === 0 ? hit.location < to : hit.location >= section.from && hit.location < to));
    const answered = new Set(inSection.flatMap((hit) => termsAnswered(matchedForm(words[hit.location]), terms)));
    const inHeading = new Set(inSection.filter((hit) => hit.location < section.bodyFrom && i > 0).flatMap((hit) => termsAnswered(matchedForm(words[hit.location]), terms)));
    const weight = inSection.reduce((sum, hit) => sum + hit.weight, 0);
    return { ...section, to, coverage: answered.size, headingCoverage: inHeading.size, weight, order: i };
  });
}

const decodeContent = (content: string) => content.split(/\s+/u).filter((word) => word !== '').map(decodeIndexWord);

/** The most query terms any one section of the page holds (for ranking pages whose clause answers the whole query first). */
export function bestClauseCoverage(data: PagefindResultData, terms: readonly string[]): number {
  return bestClause(data, terms).coverage;
}

/** The best section's coverage, and how many of the terms its heading holds. */
export function bestClause(data: PagefindResultData, terms: readonly string[]): { coverage: number; headingCoverage: number } {
  const sections = scoredSections(data, decodeContent(data.content), terms);
  const coverage = Math.max(0, ...sections.map((section) => section.coverage));
  const headingCoverage = Math.max(0, ...sections.filter((section) => section.coverage === coverage).map((section) => section.headingCoverage));
  return { coverage, headingCoverage };
}

/** The words as the page writes them that answered the search: what the landing page marks. */
function matchedWords(units: Unit[]): string[] {
  return [...new Set(units.filter((unit) => unit.marked && /[\p{L}\p{N}]/u.test(unit.text)).map((unit) => unit.text))];
}

/**
 * The result for `query` (as the reader typed it). Sections are ranked by how many of the
 * query's terms they contain, then by the weight of their matches; the page's top counts
 * matches in the title.
 */
export function resultView(data: PagefindResultData, terms: readonly string[], maxSections = 3): ResultView {
  const words = decodeContent(data.content);
  const matched = new Map(data.weighted_locations.flatMap((hit) => {
    const answered = termsAnswered(matchedForm(words[hit.location]), terms);
    return answered.length > 0 ? [[hit.location, answered] as const] : [];
  }));
  const units = displayUnits(words, matched);
  const highlightWords = matchedWords(units);
  const scored = scoredSections(data, words, terms);
  const matching = scored
    .filter((section) => section.weight > 0)
    .sort((a, b) => b.coverage - a.coverage || b.headingCoverage - a.headingCoverage || b.weight - a.weight || a.order - b.order);
  const chosen = (matching.length > 0 ? matching : [scored[0]!]).slice(0, maxSections);

  const date = revisionDate(data.url);
  const isPast = data.filters?.status?.includes('past') ?? false;
  return {
    title: data.meta.title ?? data.url,
    // The title lands on the clause that best answers the query, as its first section link does.
    url: withHighlight(chosen[0]?.url ?? data.url, highlightWords),
    pastRevision: isPast && date ? { date, label: `${formatJapanese(date)}の版（過去の版）` } : undefined,
    sections: chosen.map((section) => ({
      title: section.title,
      url: withHighlight(section.url, highlightWords),
      isPageTop: section.order === 0,
      excerpt: excerpt(units.filter((unit) => unit.at >= section.bodyFrom && unit.at < section.to)),
    })),
  };
}
