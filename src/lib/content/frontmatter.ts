/**
 * Splits a revision file into its YAML frontmatter and MDX body, keeping line numbers
 * so that a problem in either can name the line staff must edit.
 */
import { LineCounter, parseDocument, isMap, isScalar, visit, type Document, type YAMLError } from 'yaml';
import { CHARACTER_RULES, describeCodePoint, findCharactersIn, type LocatedText } from './characters.ts';
import { LIMITS } from './limits.ts';
import { problem } from './messages.ts';
import type { Problem } from './problems.ts';

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
    return { ok: false, line: lineCounter.linePos(firstError.pos[0]).line, reason: 'yaml', detail: overflow ? '[ ] や { } の入れ子が深すぎます' : yamlDetail(firstError) };
  }
  const repeated = repeatedKey(doc);
  if (repeated) return { ok: false, line: lineCounter.linePos(repeated.offset).line, reason: 'yaml', detail: `「${repeated.key}」が同じ場所に2回書かれています` };
  try {
    return { ok: true, doc, data: doc.toJS({ maxAliasCount: LIMITS.yamlAliases }), lineCounter };
  } catch {
    return { ok: false, line: 1, reason: 'aliases' };
  }
}

/**
 * What the YAML library found wrong, in the words staff read (its messages are English):
 * by its error code, and for a character missing, which one.
 */
function yamlDetail(error: YAMLError): string {
  const { code, message } = error;
  if (code === 'MISSING_CHAR' && /quote/iu.test(message)) return '引用符（" または \'）が閉じられていません';
  if (code === 'MISSING_CHAR' && /without - indicator/iu.test(message)) return '並びの項目の行頭に「- 」がないか、字下げがずれています';
  if (code === 'MISSING_CHAR' && /followed by map values/iu.test(message)) return '項目の名前の後に「: 」がありません';
  if (code === 'BAD_INDENT' && /end with a \]/u.test(message)) return '「[」が「]」で閉じられていないか、その行の字下げがずれています';
  if (code === 'BAD_INDENT' && /end with a \}/u.test(message)) return '「{」が「}」で閉じられていないか、その行の字下げがずれています';
  const byCode: Partial<Record<YAMLError['code'], string>> = {
    BAD_INDENT: '行の字下げ（行頭の空白）がずれています',
    TAB_AS_INDENT: '字下げにタブが使われています。半角の空白で字下げしてください',
    BAD_SCALAR_START: '値が使えない記号（@ や ` など）で始まっています。値を引用符 " " で囲んでください',
    MULTILINE_IMPLICIT_KEY: '項目の名前が2行にまたがっているか、前の行の「: 」が抜けています',
    BLOCK_AS_IMPLICIT_KEY: '1行に「: 」が2つあります。値に「: 」を含めるときは、値を引用符 " " で囲んでください',
    BAD_DQ_ESCAPE: '引用符 " " の中に使えない「\\」の書き方があります',
    UNEXPECTED_TOKEN: '思いがけない場所に記号があります',
    BLOCK_IN_FLOW: '[ ] や { } の中に「- 」や改行した項目が書かれています',
    MULTIPLE_DOCS: '「---」で区切られた2つ目の文書があります',
    DUPLICATE_KEY: '同じ項目の名前が2回書かれています',
  };
  return byCode[code] ?? '書き方が YAML の決まりに合っていません';
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

/** The control, bidirectional and invisible characters of a YAML file's strings (escaped or not), each a problem on its line. */
export function yamlCharacterProblems(file: string, doc: Document, lineCounter: LineCounter): Problem[] {
  const strings: LocatedText[] = [];
  visit(doc, { Scalar: (_key, node) => {
    if (isScalar(node) && typeof node.value === 'string' && node.range) strings.push({ text: node.value, line: lineCounter.linePos(node.range[0]).line });
  } });
  return findCharactersIn(strings).map((found) => problem(CHARACTER_RULES[found.kind], { file, line: found.line }, { character: describeCodePoint(found.codePoint) }));
}
