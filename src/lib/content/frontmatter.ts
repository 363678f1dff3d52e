/**
 * Splits a revision file into its YAML frontmatter and MDX body, keeping line numbers
 * so that a problem in either can name the line staff must edit.
 */
import { LineCounter, parseDocument, isMap, isScalar, visit, type Document } from 'yaml';
import { LIMITS } from './limits.ts';

export interface Frontmatter {
  data: unknown;
  /** Line (1-based, in the whole file) of each top-level key. */
  keyLines: Map<string, number>;
}

export type FrontmatterResult =
  | { ok: true; frontmatter: Frontmatter; body: string; bodyStartLine: number }
  | { ok: false; line: number; reason: 'missing' | 'unclosed' | 'yaml' | 'aliases'; detail?: string };

/** CRLF and lone CR are accepted and read as LF, as Astro does. */
export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export type YamlResult =
  | { ok: true; doc: Document; data: unknown; lineCounter: LineCounter }
  | { ok: false; line: number; reason: 'yaml' | 'aliases'; detail?: string };

/**
 * Parses one YAML document. An alias bomb (`&a [*a, *a, …]` nested) would expand
 * exponentially, so aliases are counted and too many refused.
 */
export function parseYaml(text: string): YamlResult {
  const lineCounter = new LineCounter();
  // The library's own unique-key check compares every key with every other (40,000 keys took 12 s): ours is one pass.
  // logLevel 'error': the library's English warnings (a key that is a list) must not reach staff; the shape rules say it in Japanese.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
  const firstError = doc.errors[0];
  if (firstError) {
    // Nesting deep enough to exhaust the parser's stack has no position worth naming, only a cause.
    const overflow = /call stack/i.test(firstError.message);
    return { ok: false, line: lineCounter.linePos(firstError.pos[0]).line, reason: 'yaml', detail: overflow ? '[ ] や { } の入れ子が深すぎます' : (firstError.message.split('\n')[0] ?? '') };
  }
  const repeated = repeatedKey(doc);
  if (repeated) return { ok: false, line: lineCounter.linePos(repeated.offset).line, reason: 'yaml', detail: `「${repeated.key}」が同じ場所に2回書かれています` };
  try {
    return { ok: true, doc, data: doc.toJS({ maxAliasCount: LIMITS.yamlAliases }), lineCounter };
  } catch {
    return { ok: false, line: 1, reason: 'aliases' };
  }
}

/** The first key written twice in one mapping, with where it is. */
function repeatedKey(doc: Document): { key: string; offset: number } | undefined {
  let found: { key: string; offset: number } | undefined;
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        // A key that is not a plain value (a list, a map) is refused by the shape rules; here it is its text.
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        if (seen.has(key)) {
          found = { key, offset: isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0 };
          return visit.BREAK;
        }
        seen.add(key);
      }
      return undefined;
    },
  });
  return found;
}

export function splitFrontmatter(text: string): FrontmatterResult {
  const lines = normaliseNewlines(text).split('\n');
  if (lines[0]?.trimEnd() !== '---') return { ok: false, line: 1, reason: 'missing' };
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  if (close === -1) return { ok: false, line: 1, reason: 'unclosed' };

  const parsed = parseYaml(lines.slice(1, close).join('\n'));
  // Lines of the YAML text are counted from the line after the opening ---.
  if (!parsed.ok) return { ...parsed, line: parsed.line + 1 };

  const keyLines = new Map<string, number>();
  if (isMap(parsed.doc.contents)) {
    for (const pair of parsed.doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) {
        keyLines.set(String(pair.key.value), parsed.lineCounter.linePos(pair.key.range[0]).line + 1);
      }
    }
  }
  return {
    ok: true,
    frontmatter: { data: parsed.data, keyLines },
    body: lines.slice(close + 1).join('\n'),
    bodyStartLine: close + 2,
  };
}
