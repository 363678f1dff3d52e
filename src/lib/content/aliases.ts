/**
 * The search aliases, `search-aliases.yaml`: the co-op's own names and terms that no
 * dictionary knows, each with the other ways members and staff write it. Search treats
 * every word of an entry as one word (docs/search.md), so 共済連 finds 生活クラブ共済事業連合
 * 生活協同組合連合会 and the reverse. The file is optional; when present it is checked here,
 * with the same file:line problems as the rest of the content.
 *
 *   共済連: [生活クラブ共済連, 生活クラブ共済事業連合生活協同組合連合会]
 */
import { isMap, isScalar, isSeq, type Document, type LineCounter } from 'yaml';
import { decodeText } from './decode.ts';
import type { RawFile } from './files.ts';
import { normaliseNewlines, parseYaml } from './frontmatter.ts';
import { problem } from './messages.ts';
import type { Policy } from './model.ts';
import type { Problem } from './problems.ts';

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

/** The entries of the alias file, or none when it is absent or broken (its problems say why). */
export function checkAliases(raw: RawFile | undefined, policies: readonly Policy[], problems: Problem[]): SearchAlias[] {
  if (!raw) return [];
  const { file } = raw;
  const text = decodeText(raw, problems);
  if (text === undefined) return [];
  const parsed = parseYaml(normaliseNewlines(text));
  if (!parsed.ok) {
    problems.push(parsed.reason === 'aliases'
      ? problem('yaml-aliases', { file, line: parsed.line }, {})
      : problem('aliases-yaml', { file, line: parsed.line }, { detail: parsed.detail ?? '' }));
    return [];
  }
  const { doc, lineCounter } = parsed;
  // An empty file (comments only) is an empty list of aliases.
  if (doc.contents === null) return [];
  if (!isMap(doc.contents)) {
    problems.push(problem('aliases-shape', { file, line: lineOf(doc, lineCounter, doc.contents) }, {}));
    return [];
  }
  const entries: SearchAlias[] = [];
  const seen = new Map<string, string>();
  for (const pair of doc.contents.items) {
    const line = lineOf(doc, lineCounter, pair.key);
    const word = isScalar(pair.key) ? String(pair.key.value ?? '').trim() : '';
    const values = isSeq(pair.value) ? pair.value.items : undefined;
    const aliases = values?.map((item) => (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number') ? String(item.value).trim() : ''));
    if (word === '' || !aliases || aliases.length === 0 || aliases.some((alias) => alias === '')) {
      problems.push(problem('aliases-shape', { file, line }, {}));
      continue;
    }
    const repeated = [word, ...aliases].find((one) => seen.has(comparable(one)));
    if (repeated !== undefined) {
      problems.push(problem('aliases-duplicate', { file, line }, { word: repeated, first: seen.get(comparable(repeated))! }));
      continue;
    }
    for (const one of [word, ...aliases]) seen.set(comparable(one), word);
    entries.push({ word, aliases, line });
  }
  // An entry whose words the policies never use does nothing: most likely a typo.
  const texts = policies.flatMap((policy) => policy.revisions.flatMap((revision) => revision.blocks.map((block) => comparable(block.text))));
  const title = policies.map((policy) => comparable(policy.entry.title));
  const corpus = [...texts, ...title].join('\n');
  return entries.filter((entry) => {
    if ([entry.word, ...entry.aliases].some((one) => corpus.includes(comparable(one)))) return true;
    problems.push(problem('aliases-not-in-text', { file, line: entry.line }, { word: entry.word }));
    return false;
  });
}
