/**
 * One revision file: its name, encoding, frontmatter and body, judged together so that
 * staff see every problem of the file in one run.
 */
import type { FootnoteDefinition, Nodes, Root } from 'mdast';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { parsePartialDate } from '../dates/index.ts';
import { blocksOfTree, type Block } from './blocks.ts';
import { CHARACTER_RULES, describeCodePoint, findCharacters, findCharactersIn, hasVisibleText, stringsOf, type CharacterFinding, type LocatedText } from './characters.ts';
import { complexityAfterParsing, complexityBeforeParsing } from './complexity.ts';
import { LIMITS } from './limits.ts';
import { shownUrl, unsafeTargets } from './links.ts';
import { decodeText } from './decode.ts';
import type { RawRevisionFile } from './files.ts';
import { fieldProblems } from './fields.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { firstMdxConstruct, parseBody } from './markdown.ts';
import { problem } from './messages.ts';
import { unparsedMarkdown } from './unparsed.ts';
import type { Revision } from './model.ts';
import type { Problem } from './problems.ts';
import { EARLIEST_YEAR, LATEST_YEAR, revisionSchema } from './schemas.ts';

const REVISION_NAME = /^(\d{4}-\d{2}-\d{2})\.(mdx|md|markdown)$/i;

/** The ISO day a revision file is named by, if its name has that form (the extension aside). */
export function dateOfName(name: string): string | undefined {
  return REVISION_NAME.exec(name)?.[1];
}

/** The parser's names of the Markdown a tag may not cross, as staff write them. */
const MARKDOWN_SPANS: Record<string, string> = { emphasis: '強調（* *）', strong: '強調（** **）', link: 'リンク（[ ]( )）', linkReference: 'リンク（[ ]）', delete: '取り消し線（~~ ~~）', listItem: '箇条書きの項目', blockquote: '引用（>）', tableCell: '表のセル' };
/** Tags HTML writes without a closing tag, which MDX must close (<br />). */
const VOID_TAGS = new Set(['br', 'img', 'hr', 'input', 'meta', 'link', 'wbr', 'area', 'col', 'embed', 'source', 'track']);

/** What the MDX parser throws (a VFileMessage): which part found the mistake, its rule, its words, and where. */
export interface ParserMessage {
  source?: string;
  ruleId?: string;
  reason?: string;
  place?: { line?: number; start?: { line: number } };
}

/**
 * What the MDX parser found wrong, in the words staff read (its messages are English): by
 * the part that found it and its rule, with the tag or character it names.
 */
export function mdxDetail(error: ParserMessage): string {
  const { source = '', ruleId = '', reason = '' } = error;
  const quoted = (pattern: RegExp) => pattern.exec(reason)?.[1];
  const codePoint = quoted(/\(U\+([0-9A-F]{4,6})\)/u);
  const character = codePoint === undefined ? undefined : String.fromCodePoint(Number.parseInt(codePoint, 16));
  if (source.endsWith('mdx-expression')) {
    return ruleId === 'unexpected-eof' ? '「{」が「}」で閉じられていません' : '「{ }」の中が式として読めません';
  }
  if (ruleId === 'end-tag-mismatch') {
    const tag = quoted(/tag (?:for )?`<\/?([^`>]*)>`/u) ?? '';
    const span = MARKDOWN_SPANS[quoted(/(?:end|start) of `(\w+)`/u) ?? ''];
    if (span !== undefined) return `タグ「<${tag}>」が${span}の内と外にまたがっています`;
    const closing = quoted(/Unexpected closing tag `<\/([^`]*)>`/u);
    if (closing !== undefined) return `閉じタグ「</${closing}>」の前に、「<${quoted(/corresponding closing tag for `<([^`]*)>`/u) ?? ''}>」を閉じる必要があります`;
    if (VOID_TAGS.has(tag.toLowerCase())) return `HTML のタグ「<${tag}>」が閉じられていません。MDX では「<${tag} />」と閉じます`;
    return `タグ「<${tag}>」を閉じる「</${tag}>」がありません`;
  }
  if (ruleId === 'unexpected-closing-slash') return '閉じタグ「</…>」に対応する開きタグがありません';
  if (ruleId === 'unexpected-eof') return /quote/u.test(reason) ? 'タグの中の引用符が閉じられていません' : '「<」で始まるタグが閉じられないまま終わっています';
  if (character === '!' && /before name/u.test(reason)) return 'HTML のコメント（<!-- -->）は使えません';
  if (/before attribute value/u.test(reason)) return 'タグの属性の値が引用符 " " で囲まれていません';
  if (character !== undefined) return `「<」で始まるタグの中に、読めない文字「${character}」があります`;
  return '「<」「{」の書き方が MDX の決まりに合っていません';
}

/** micromark reports a point or a range; an unclosed tag at the end of the file only "(3:1-3:6)" in its reason. */
function mdxProblem(error: unknown, file: string, bodyStartLine: number): Problem {
  const message = error as ParserMessage;
  const inReason = /\((\d+):\d+-\d+:\d+\)/.exec(message.reason ?? '');
  const line = message.place?.start?.line ?? message.place?.line ?? (inReason ? Number(inReason[1]) : undefined);
  return problem('revision-mdx', { file, line: line === undefined ? undefined : line + bodyStartLine - 1 }, { detail: mdxDetail(message) });
}

/** The body parsed and judged: its limits, the one dialect, text only, safe links. */
function parseChecked(body: string, file: string, bodyStartLine: number, problems: Problem[]): { tree: Root; blocks: Block[] } | undefined {
  const fileLine = (line: number | undefined) => (line === undefined ? undefined : line + bodyStartLine - 1);
  const tooComplex = complexityBeforeParsing(body);
  if (tooComplex) {
    problems.push(problem('revision-too-complex', { file, line: fileLine(tooComplex.line) }, { what: tooComplex.what }));
    return undefined;
  }
  let tree: Root;
  try {
    tree = parseBody(body);
  } catch (error) {
    // Deep nesting can still exhaust the stack inside the parser (as a RangeError, or a regular expression's overflow).
    const overflow = error instanceof RangeError || /stack overflow|call stack/i.test(String((error as { message?: unknown }).message ?? error));
    problems.push(overflow
      ? problem('revision-too-complex', { file }, { what: '入れ子が深すぎて読み切れません' })
      : mdxProblem(error, file, bodyStartLine));
    return undefined;
  }
  const tooDeep = complexityAfterParsing(tree);
  if (tooDeep) {
    problems.push(problem('revision-too-complex', { file, line: fileLine(tooDeep.line) }, { what: tooDeep.what }));
    return undefined;
  }
  const construct = firstMdxConstruct(tree);
  if (construct) {
    problems.push(problem('revision-text-only', { file, line: fileLine(construct.line) }, { what: construct.what }));
    return undefined;
  }
  // Cells beyond the header row's are not shown (GFM): the words in them would be lost without a word.
  visit(tree, 'table', (table) => {
    const columns = table.children[0]?.children.length ?? 0;
    for (const row of table.children.slice(1)) {
      if (row.children.length > columns) problems.push(problem('table-extra-cells', { file, line: fileLine(row.position?.start.line ?? 1) }, { cells: row.children.length, columns }));
    }
  });
  for (const found of unparsedMarkdown(tree, body)) problems.push(problem('markdown-unparsed', { file, line: fileLine(found.line) }, found));
  const unreferenced = unreachableNotes(tree);
  for (const line of unreferenced) problems.push(problem('footnote-unreferenced', { file, line: fileLine(line) }, {}));
  const unsafe = unsafeTargets(tree);
  for (const target of unsafe) {
    const place = { file, line: fileLine(target.line) };
    if (target.reason === 'text-mismatch') problems.push(problem('link-text-mismatch', place, { url: shownUrl(target.url), text: shownUrl(target.text ?? '') }));
    else problems.push(problem(TARGET_RULES[target.reason], place, { url: shownUrl(target.url) }));
  }
  const blocks = blocksOfTree(tree);
  if (blocks.length > LIMITS.blocks) {
    problems.push(problem('revision-too-complex', { file }, { what: `段落・項目・表の行が ${blocks.length} あります（上限 ${LIMITS.blocks}）` }));
    return undefined;
  }
  if (!blocks.some((block) => hasVisibleText(block.text))) problems.push(problem('revision-empty-body', { file, line: bodyStartLine }, {}));
  return unsafe.length > 0 || unreferenced.length > 0 ? undefined : { tree, blocks };
}

/**
 * Lines of the notes no reader reaches: the page shows a note only when the body refers to it,
 * or a note that is shown does (a note citing only itself, or two citing each other, are not
 * shown), so such a note must not count as said.
 */
function unreachableNotes(tree: Root): number[] {
  const notes = new Map<string, FootnoteDefinition>();
  visit(tree, 'footnoteDefinition', (note) => void (notes.has(note.identifier) || notes.set(note.identifier, note)));
  const citedBy = (node: Root | FootnoteDefinition) => {
    const cited: string[] = [];
    visit(node, (child: Nodes) => {
      if (child.type === 'footnoteDefinition' && child !== node) return SKIP;
      if (child.type === 'footnoteReference') cited.push(child.identifier);
      return CONTINUE;
    });
    return cited;
  };
  const reached = new Set<string>();
  const queue = citedBy(tree);
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    const note = notes.get(id);
    if (note) queue.push(...citedBy(note));
  }
  const lines: number[] = [];
  visit(tree, 'footnoteDefinition', (note) => void (reached.has(note.identifier) || lines.push(note.position?.start.line ?? 1)));
  return lines;
}

/** Each top-level frontmatter value's strings, on the line of its key. */
function* frontmatterValues(data: unknown, keyLines: ReadonlyMap<string, number>): Generator<LocatedText> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return;
  for (const [key, value] of Object.entries(data)) {
    const line = keyLines.get(key) ?? 1;
    for (const text of stringsOf(value)) yield { text, line };
  }
}

/** Every decoded text, address and label of a parsed body, on its line in the file. */
function* treeValues(tree: Root, bodyStartLine: number): Generator<LocatedText> {
  const stack: unknown[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as { value?: unknown; url?: unknown; title?: unknown; alt?: unknown; label?: unknown; lang?: unknown; meta?: unknown; children?: unknown[]; position?: { start: { line: number } } };
    const line = (node.position?.start.line ?? 1) + bodyStartLine - 1;
    // lang and meta: a code block's info string (```txt …), which the page writes into a class.
    for (const text of [node.value, node.url, node.title, node.alt, node.label, node.lang, node.meta]) if (typeof text === 'string') yield { text, line };
    for (const child of node.children ?? []) stack.push(child);
  }
}

const TARGET_RULES = { 'image-origin': 'image-external', relative: 'link-relative', scheme: 'link-scheme', space: 'link-space', deceptive: 'link-deceptive' } as const;

export function checkRevisionFile(raw: RawRevisionFile, problems: Problem[]): Revision | undefined {
  const { file } = raw;
  const name = REVISION_NAME.exec(raw.name);
  if (!name) {
    problems.push(problem('revision-file-name', { file }, {}));
    return undefined;
  }
  const date = name[1]!;
  if (name[2] !== 'mdx') {
    problems.push(problem('revision-extension', { file }, { extension: name[2]!, date }));
    return undefined;
  }
  const parsedDate = parsePartialDate(date);
  if (!parsedDate) {
    problems.push(problem('revision-date', { file }, { date }));
    return undefined;
  }
  if (parsedDate.year < EARLIEST_YEAR || parsedDate.year > LATEST_YEAR) {
    problems.push(problem('revision-date-implausible', { file }, { date, year: parsedDate.year }));
    return undefined;
  }
  const text = decodeText(raw, problems);
  if (text === undefined) return undefined;
  const characters: CharacterFinding[] = [];
  const report = (findings: readonly CharacterFinding[]) => {
    for (const found of findings) {
      if (characters.some((other) => other.codePoint === found.codePoint && other.line === found.line)) continue;
      characters.push(found);
      problems.push(problem(CHARACTER_RULES[found.kind], { file, line: found.line }, { character: describeCodePoint(found.codePoint) }));
    }
  };
  report(findCharacters(text));

  const split = splitFrontmatter(text);
  if (!split.ok) {
    const place = { file, line: split.line };
    problems.push(split.reason === 'yaml' ? problem('frontmatter-yaml', place, { detail: split.detail ?? '' })
      : split.reason === 'aliases' ? problem('yaml-aliases', place, {})
      : problem(split.reason === 'missing' ? 'frontmatter-missing' : 'frontmatter-unclosed', place, {}));
    return undefined;
  }
  const { frontmatter, body, bodyStartLine } = split;
  const data = frontmatter.data ?? {};
  // YAML escapes ("\u202E", "\e") decode to the characters themselves.
  report(findCharactersIn(frontmatterValues(frontmatter.data, frontmatter.keyLines)));
  const lineOf = (path: readonly PropertyKey[]) => (path.length ? frontmatter.keyLines.get(String(path[0])) : 1);
  let fields: ReturnType<typeof revisionSchema.safeParse> | undefined;
  if (typeof data !== 'object' || Array.isArray(data)) problems.push(problem('frontmatter-shape', { file, line: 2 }, {}));
  else {
    fields = revisionSchema.safeParse(data);
    if (!fields.success) problems.push(...fieldProblems(fields.error, { file, data, lineOf, allowedKeys: revisionSchema.keyof().options }));
  }
  // The body is judged even when the frontmatter is not, so every problem shows at once.
  const parsed = parseChecked(body, file, bodyStartLine, problems);
  // Character references (&#x202E;, &ZeroWidthSpace;) decode to the characters themselves.
  if (parsed) report(findCharactersIn(treeValues(parsed.tree, bodyStartLine)));
  if (!parsed || !fields?.success || characters.length > 0 || !parsed.blocks.some((block) => hasVisibleText(block.text))) return undefined;
  return {
    file, slug: raw.slug, date, data: fields.data, fieldLines: frontmatter.keyLines, bytes: raw.bytes, sha256: raw.sha256,
    body, bodyStartLine, tree: parsed.tree, blocks: parsed.blocks,
  };
}
