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
import { lookupForm, stripDiacritics } from './fold.ts';
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
  /** Set for a past revision: the label that says so, with its date. */
  pastRevision?: { label: string } | undefined;
  sections: ResultSection[];
}

const EXCERPT_CHARS = 90;
/** How far apart (in index words) the words of one term may be and still be marked as it: 不正なアクセス. */
const PARTNER_DISTANCE = 8;
const LEAD_CHARS = 16;

/**
 * What a clause must hold to answer a query (QueryPlan.units): units, each met by any one
 * of its alternatives, each a list of index words that must all be there.
 */
export type ClauseUnits = readonly (readonly (readonly string[])[])[];

/**
 * What the results are ranked and marked by: every index word the search matched (marked
 * wherever it is), the units a clause should hold (QueryPlan.units) and those of them that
 * tell the results apart, and the phrases typed side by side (QueryPlan.phrases).
 */
export interface ClauseQuery {
  terms: readonly string[];
  units: ClauseUnits;
  /** The units that tell the results apart (the adapter leaves out those every result holds); all of them when unset. */
  telling?: ClauseUnits | undefined;
  phrases?: readonly { words: readonly string[]; suffix: string }[] | undefined;
  /** How telling an index word is, from 0: the fewer passages of the policies write it, the more (監査 more than 取扱い). */
  rarity?: ((word: string) => number) | undefined;
}

interface Unit {
  /** Index of the content word. */
  at: number;
  text: string;
  marked: boolean;
  /** The index words it answers, itself or through its aliases. */
  terms: string[];
}

/** The content as the reader sees it: shown words and spaces, each marked when it (or one of its aliases) matched. */
function displayUnits(words: IndexWord[], matched: Map<number, string[]>): Unit[] {
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
    const terms = new Set<string>();
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

/** The index word (a key; keys are prefix-free) a matched word answers, if it is one of the query's. */
function termsAnswered(form: string, terms: ReadonlySet<string>): string[] {
  return form !== '' && terms.has(form) ? [form] : [];
}

/** Every index word of every unit. */
const termsOf = (units: ClauseUnits) => new Set(units.flat(2));

/** How many of the units the index words hold. */
function unitsMet(units: ClauseUnits, present: ReadonlySet<string>): number {
  return units.filter((unit) => unit.some((alternative) => alternative.every((term) => present.has(term)))).length;
}

/** How telling the units met are together: each counts the rarest index word of the way it is met. */
function raritiesMet(units: ClauseUnits, present: ReadonlySet<string>, rarity: (word: string) => number): number {
  return units.reduce((sum, unit) => {
    const met = unit.filter((alternative) => alternative.every((term) => present.has(term)));
    return met.length === 0 ? sum : sum + Math.max(...met.flat().map(rarity));
  }, 0);
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
  /** How many of the query's telling units the section holds (a title match counts for the top of the page). */
  coverage: number;
  /** How many of all the query's units it holds. */
  allCoverage: number;
  /** How many of the phrases it writes as typed (申込書, 個人情報保護): the words together, not apart; twice each it writes itself, once each the page title does. */
  phrases: number;
  /** How many of them its heading holds: a clause whose heading names the words is about them. */
  headingCoverage: number;
  /** The fewest words a stretch of it takes to hold every unit it holds: the words close together. */
  span: number;
  /** The summed weight of its matches: headings weigh more than body text. */
  weight: number;
  order: number;
}

/** Best first: more telling units, more phrases, more in the heading, more units of all, closer together, more weight, earlier. */
function bySection(a: ScoredSection, b: ScoredSection): number {
  return byClause(a, b) || b.weight - a.weight || a.order - b.order;
}

/** A word of the content as written, with the index words that follow it (its keys). */
interface Written { text: string; keys: Set<string> }

/** The content's words as written, each with its keys, by the position of the word (aliases and spaces have none). */
function writtenWords(words: IndexWord[]): (Written | undefined)[] {
  const out: (Written | undefined)[] = [];
  let last: Written | undefined;
  for (const word of words) {
    if (word.kind === 'alias' && last) {
      last.keys.add(stripDiacritics(word.form.toLowerCase()));
      out.push(undefined);
    } else if (word.kind === 'text') {
      last = { text: word.text, keys: new Set([stripDiacritics(word.text.toLowerCase())]) };
      out.push(last);
    } else {
      last = undefined;
      out.push({ text: ' ', keys: new Set() });
    }
  }
  return out;
}

/** How many of the phrases the stretch [from, to) of the content writes as typed. */
function phrasesHeld(written: (Written | undefined)[], from: number, to: number, phrases: ClauseQuery['phrases']): number {
  if (!phrases || phrases.length === 0) return 0;
  const here = written.slice(from, Math.min(to, written.length)).filter((word): word is Written => word !== undefined);
  return phrases.filter((phrase) => here.some((_, at) => phrase.words.every((term, k) => here[at + k]?.keys.has(term))
    && (phrase.suffix === '' || lookupForm(here[at + phrase.words.length]?.text ?? '') === phrase.suffix))).length;
}

/** The shortest stretch of locations that holds one match of every unit the hits hold. */
function spanOf(hits: { location: number; units: number[] }[], wanted: number): number {
  if (wanted < 2) return 0;
  const sorted = [...hits].sort((a, b) => a.location - b.location);
  const count = new Map<number, number>();
  let best = Number.POSITIVE_INFINITY;
  for (let start = 0, end = 0; end < sorted.length; end += 1) {
    for (const unit of sorted[end]!.units) count.set(unit, (count.get(unit) ?? 0) + 1);
    while (count.size === wanted) {
      best = Math.min(best, sorted[end]!.location - sorted[start]!.location);
      for (const unit of sorted[start]!.units) {
        const left = count.get(unit)! - 1;
        if (left === 0) count.delete(unit);
        else count.set(unit, left);
      }
      start += 1;
    }
  }
  return best;
}

/** The page cut into sections at its headings, the way Pagefind's sub-results are, each scored against the query. */
function scoredSections(data: PagefindResultData, words: IndexWord[], query: ClauseQuery): ScoredSection[] {
  const { units } = query;
  const telling = query.telling ?? units;
  const terms = termsOf(units);
  const written = writtenWords(words);
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
  // The page's title names what every clause of it is about (このウェブサイトでの…): its words count in each.
  const inTitle = data.weighted_locations.filter((hit) => hit.location < titleWords).flatMap((hit) => termsAnswered(matchedForm(words[hit.location]), terms));
  return bounds.map((section, i) => {
    const to = bounds[i + 1]?.from ?? Number.POSITIVE_INFINITY;
    const inSection = data.weighted_locations.filter((hit) => (i === 0 ? hit.location < to : hit.location >= section.from && hit.location < to));
    const answered = new Set([...inTitle, ...inSection.flatMap((hit) => termsAnswered(matchedForm(words[hit.location]), terms))]);
    const inHeading = new Set(inSection.filter((hit) => hit.location < section.bodyFrom && i > 0).flatMap((hit) => termsAnswered(matchedForm(words[hit.location]), terms)));
    const weight = inSection.reduce((sum, hit) => sum + hit.weight, 0);
    const coverage = unitsMet(telling, answered);
    // Each hit, with the units it counts for (a unit of several words: any of them).
    const located = inSection.flatMap((hit) => {
      const form = matchedForm(words[hit.location]);
      const held = units.flatMap((unit, u) => (unit.some((alternative) => alternative.includes(form)) ? [u] : []));
      return held.length > 0 ? [{ location: hit.location, units: held }] : [];
    });
    const heldUnits = new Set(located.flatMap((hit) => hit.units)).size;
    return {
      ...section, to, coverage, allCoverage: unitsMet(units, answered),
      // As its words, the title's phrases count in every clause (個人情報 of 個人情報保護基本方針),
      // for less than the clause's own.
      phrases: 2 * phrasesHeld(written, i === 0 ? 0 : section.from, to, query.phrases) + phrasesHeld(written, 0, titleWords, query.phrases),
      // The heading that names the query's rarest words names what it asks (監査, not 取扱い).
      headingCoverage: query.rarity ? raritiesMet(telling, inHeading, query.rarity) : unitsMet(telling, inHeading),
      span: spanOf(located, heldUnits),
      weight, order: i,
    };
  });
}

const decodeContent = (content: string) => content.split(/\s+/u).filter((word) => word !== '').map(decodeIndexWord);

/** The page's best section for the query, as resultView() ranks them (its first link), for ranking pages by their best clause. */
export function bestClause(data: PagefindResultData, query: ClauseQuery): ScoredSection {
  return [...scoredSections(data, decodeContent(data.content), query)].sort(bySection)[0]!;
}

/** Best first, as two pages' best clauses compare (see bestClause()): bySection() without the weights. */
export function byClause(a: ScoredSection, b: ScoredSection): number {
  return b.coverage - a.coverage || b.phrases - a.phrases || b.headingCoverage - a.headingCoverage || b.allCoverage - a.allCoverage || a.span - b.span;
}

/** Which of the units the page holds anywhere (for the adapter: a unit every result holds tells them apart from none). */
export function unitsHeld(data: PagefindResultData, units: ClauseUnits): boolean[] {
  const words = decodeContent(data.content);
  const present = new Set(data.weighted_locations.map((hit) => matchedForm(words[hit.location])));
  return units.map((unit) => unit.some((alternative) => alternative.every((term) => present.has(term))));
}

/** The words as the page writes them that answered the search: what the landing page marks. */
function matchedWords(units: Unit[]): string[] {
  return [...new Set(units.filter((unit) => unit.marked && /[\p{L}\p{N}]/u.test(unit.text)).map((unit) => unit.text))];
}

/**
 * The result for a query (ClauseQuery: what the adapter answered with). Sections are ranked
 * by how many of the units they hold, then by the phrases they write as typed, by how many
 * units their heading holds, by how close together the words are, then by the weight of
 * their matches; the page's top counts matches in the title.
 */
export function resultView(data: PagefindResultData, query: ClauseQuery, maxSections = 3): ResultView {
  const terms = new Set(query.terms);
  const words = decodeContent(data.content);
  const located = data.weighted_locations.flatMap((hit) => {
    const answered = termsAnswered(matchedForm(words[hit.location]), terms);
    return answered.length > 0 ? [{ location: hit.location, term: answered[0]! }] : [];
  });
  // A word that stands only for part of a term of several (不正 of 不正アクセス, for ハッキング)
  // is marked only with the rest of the term near it: 不正な立入り is no 不正アクセス.
  const alone = new Set(query.units.flatMap((unit) => unit.filter((alternative) => alternative.length === 1).flat()));
  const partners = new Map<string, string[][]>();
  for (const alternative of query.units.flat()) {
    if (alternative.length > 1) for (const term of alternative) partners.set(term, [...(partners.get(term) ?? []), alternative.filter((other) => other !== term)]);
  }
  const near = (location: number, term: string) => located.some((other) => other.term === term && Math.abs(other.location - location) <= PARTNER_DISTANCE);
  const matched = new Map(located.filter(({ location, term }) => alone.has(term) || !partners.has(term)
    || partners.get(term)!.some((others) => others.every((other) => near(location, other))))
    .map(({ location, term }): [number, string[]] => [location, [term]]));
  const shown = displayUnits(words, matched);
  const highlightWords = matchedWords(shown);
  const scored = scoredSections(data, words, query);
  const matching = scored.filter((section) => section.weight > 0).sort(bySection);
  const chosen = (matching.length > 0 ? matching : [scored[0]!]).slice(0, maxSections);

  const isPast = data.filters?.status?.includes('past') ?? false;
  return {
    title: data.meta.title ?? data.url,
    // The title lands on the clause that best answers the query, as its first section link does.
    url: withHighlight(chosen[0]?.url ?? data.url, highlightWords),
    // Its label is the page's own (revision-page.ts), as Pagefind's metadata carries it.
    pastRevision: isPast && data.meta.revision ? { label: data.meta.revision } : undefined,
    sections: chosen.map((section) => ({
      title: section.title,
      url: withHighlight(section.url, highlightWords),
      isPageTop: section.order === 0,
      excerpt: excerpt(shown.filter((unit) => unit.at >= section.bodyFrom && unit.at < section.to)),
    })),
  };
}
