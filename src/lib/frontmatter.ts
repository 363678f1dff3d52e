/**
 * Splits a revision file into its YAML frontmatter and MDX body, keeping line numbers
 * so that a problem in either can name the line staff must edit.
 */
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';

export interface Frontmatter {
  data: unknown;
  /** Line (1-based, in the whole file) of each top-level key. */
  keyLines: Map<string, number>;
}

export type FrontmatterResult =
  | { ok: true; frontmatter: Frontmatter; body: string; bodyStartLine: number }
  | { ok: false; line: number; reason: 'missing' | 'unclosed' | 'yaml'; detail?: string };

/** CRLF and lone CR are accepted and read as LF, as Astro does. */
export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export function splitFrontmatter(text: string): FrontmatterResult {
  const lines = normaliseNewlines(text).split('\n');
  if (lines[0]?.trimEnd() !== '---') return { ok: false, line: 1, reason: 'missing' };
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  if (close === -1) return { ok: false, line: 1, reason: 'unclosed' };

  const yamlText = lines.slice(1, close).join('\n');
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const firstError = doc.errors[0];
  if (firstError) {
    const yamlLine = lineCounter.linePos(firstError.pos[0]).line;
    return { ok: false, line: yamlLine + 1, reason: 'yaml', detail: firstError.message.split('\n')[0] };
  }

  const keyLines = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) {
        keyLines.set(String(pair.key.value), lineCounter.linePos(pair.key.range[0]).line + 1);
      }
    }
  }
  return {
    ok: true,
    frontmatter: { data: doc.toJS(), keyLines },
    body: lines.slice(close + 1).join('\n'),
    bodyStartLine: close + 2,
  };
}
