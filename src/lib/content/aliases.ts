/**
 * The search vocabulary staff keep beside the policies, both files optional, each checked
 * here with the same file:line problems as the rest of the content (docs/search.md):
 *
 * - `search-aliases.yaml`: the co-op's own names and terms that no dictionary knows, each
 *   with the other ways members and staff write it. Search treats every word of an entry
 *   as one word, so 共済連 finds 生活クラブ共済事業連合生活協同組合連合会 and the reverse.
 *
 *     共済連: [生活クラブ共済連, 生活クラブ共済事業連合生活協同組合連合会]
 *
 * - `search-everyday-words.yaml`: the policies' terms, each with the everyday words members
 *   use for them. One direction only, and never the same word: a search for 渡す looks for
 *   提供 or 開示, and the page says so; a search for 提供 finds 提供.
 *
 *     提供: [渡す, 教える]
 */
import { isMap, isScalar, isSeq, type Document, type LineCounter } from 'yaml';
import { decodeText } from './decode.ts';
import type { RawFile } from './files.ts';
import { normaliseNewlines, parseYaml, yamlCharacterProblems } from './frontmatter.ts';
import { problem } from './messages.ts';
import type { Policy } from './model.ts';
import type { Problem } from './problems.ts';

export interface EverydayWords {
  /** The term as a policy writes it (the entry's key). */
  term: string;
  /** The everyday words and phrases members use for it. */
  words: string[];
  /** Where it is, for the build log. */
  line: number;
}

export interface SearchAlias {
  /** The entry's own word (its key in the file). */
  word: string;
  /** The other ways of writing it. */
  aliases: string[];
  /** Where it is, for the build log. */
  line: number;
}

/** A word as search compares it: width, case and white space aside. */
const comparable = (word: string) => word.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');

function lineOf(doc: Document, counter: LineCounter, node: unknown): number {
  const range = (node as { range?: [number, number, number] } | undefined)?.range ?? (doc.contents as { range?: [number, number, number] } | null)?.range;
  return range ? counter.linePos(range[0]).line : 1;
}

type RuleIds = { yaml: 'aliases-yaml' | 'everyday-words-yaml'; shape: 'aliases-shape' | 'everyday-words-shape'; repeated: 'aliases-repeated' | 'everyday-words-repeated' };

/** The `言葉: [言い方, …]` entries of a file, each with its line; none when the file is broken (its problems say why). */
function wordLists(raw: RawFile, rules: RuleIds, problems: Problem[]): { word: string; list: string[]; line: number }[] {
  const { file } = raw;
  const text = decodeText(raw, problems);
  if (text === undefined) return [];
  const parsed = parseYaml(normaliseNewlines(text));
  if (!parsed.ok) {
    problems.push(parsed.reason === 'aliases'
      ? problem('yaml-aliases', { file, line: parsed.line }, {})
      : problem(rules.yaml, { file, line: parsed.line }, { detail: parsed.detail ?? '' }));
    return [];
  }
  const { doc, lineCounter } = parsed;
  // Its words reach the search page and its messages: no invisible or control characters, escaped or not.
  const characters = yamlCharacterProblems(file, doc, lineCounter);
  problems.push(...characters);
  if (characters.length > 0) return [];
  // An empty file (comments only) is an empty list.
  if (doc.contents === null) return [];
  if (!isMap(doc.contents)) {
    problems.push(problem(rules.shape, { file, line: lineOf(doc, lineCounter, doc.contents) }, {}));
    return [];
  }
  const entries: { word: string; list: string[]; line: number }[] = [];
  for (const pair of doc.contents.items) {
    const line = lineOf(doc, lineCounter, pair.key);
    const word = isScalar(pair.key) ? String(pair.key.value ?? '').trim() : '';
    const values = isSeq(pair.value) ? pair.value.items : undefined;
    const list = values?.map((item) => (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number') ? String(item.value).trim() : ''));
    if (word === '' || !list || list.length === 0 || list.some((one) => one === '')) {
      problems.push(problem(rules.shape, { file, line }, {}));
      continue;
    }
    // A word twice on its line is a slip of copying: harmless to search, but one of the two was likely meant as another.
    const repeated = list.find((one, i) => [word, ...list.slice(0, i)].some((other) => comparable(other) === comparable(one)));
    if (repeated !== undefined) problems.push(problem(rules.repeated, { file, line }, { word: repeated }));
    entries.push({ word, list: list.filter((one, i) => comparable(one) !== comparable(word) && list.findIndex((other) => comparable(other) === comparable(one)) === i), line });
  }
  return entries;
}

/** Every text a search reads, as one comparable string: the policies' titles and the text of every revision. */
function corpusOf(policies: readonly Policy[]): string {
  const texts = policies.flatMap((policy) => policy.revisions.flatMap((revision) => revision.blocks.map((block) => comparable(block.text))));
  const title = policies.map((policy) => comparable(policy.entry.title));
  return [...texts, ...title].join('\n');
}

/**
 * The policies' text the alias files are checked against, or undefined when some of it could
 * not be read: then a word missing from what was read may well be in what was not, and
 * reporting it would bury the one mistake that matters under many that are not.
 */
export type PolicyText = readonly Policy[] | undefined;

/** The entries of the alias file, or none when it is absent or broken (its problems say why). */
export function checkAliases(raw: RawFile | undefined, policies: PolicyText, problems: Problem[]): SearchAlias[] {
  if (!raw) return [];
  const { file } = raw;
  const entries: SearchAlias[] = [];
  const seen = new Map<string, string>();
  for (const { word, list: aliases, line } of wordLists(raw, { yaml: 'aliases-yaml', shape: 'aliases-shape', repeated: 'aliases-repeated' }, problems)) {
    const repeated = [word, ...aliases].find((one) => seen.has(comparable(one)));
    if (repeated !== undefined) {
      problems.push(problem('aliases-duplicate', { file, line }, { word: repeated, first: seen.get(comparable(repeated))! }));
      continue;
    }
    for (const one of [word, ...aliases]) seen.set(comparable(one), word);
    entries.push({ word, aliases, line });
  }
  // An entry whose words the policies never use does nothing: most likely a typo.
  if (!policies) return entries;
  const corpus = corpusOf(policies);
  return entries.filter((entry) => {
    if ([entry.word, ...entry.aliases].some((one) => corpus.includes(comparable(one)))) return true;
    problems.push(problem('aliases-not-in-text', { file, line: entry.line }, { word: entry.word }));
    return false;
  });
}

/**
 * The entries of the everyday-words file, or none when it is absent or broken. Each entry
 * is a term as a policy writes it and the everyday words members use for it: a search for
 * an everyday word the policies do not use looks for the term instead, and says so. An
 * everyday word may stand for several terms (on several lines); a term has one line.
 */
export function checkEverydayWords(raw: RawFile | undefined, policies: PolicyText, problems: Problem[]): EverydayWords[] {
  if (!raw) return [];
  const { file } = raw;
  const entries: EverydayWords[] = [];
  const seen = new Map<string, number>();
  for (const { word: term, list: words, line } of wordLists(raw, { yaml: 'everyday-words-yaml', shape: 'everyday-words-shape', repeated: 'everyday-words-repeated' }, problems)) {
    const first = seen.get(comparable(term));
    if (first !== undefined) {
      problems.push(problem('everyday-words-duplicate', { file, line }, { term, first }));
      continue;
    }
    seen.set(comparable(term), line);
    entries.push({ term, words, line });
  }
  // A term the policies do not write reaches nothing: most likely a typo, or a word of a former revision.
  if (!policies) return entries;
  const corpus = corpusOf(policies);
  return entries.filter((entry) => {
    if (corpus.includes(comparable(entry.term))) return true;
    problems.push(problem('everyday-words-not-in-text', { file, line: entry.line }, { term: entry.term }));
    return false;
  });
}
