/**
 * Whole-collection content rules. Pure: takes the raw snapshot, returns the problems
 * (each with file, line, what is wrong and what to do, in Japanese) and the content
 * that passed, so the build, the CLI and the tests judge content identically.
 */
import { createHash } from 'node:crypto';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { ContentSnapshot, RawFile } from './content-files.ts';
import { parsePartialDate } from './dates.ts';
import { splitFrontmatter, normaliseNewlines } from './frontmatter.ts';
import { checkLegalRules } from './legal-rules.ts';
import { blocksOfTree } from './diff/blocks.ts';
import type { Block } from './diff/types.ts';
import { firstMdxConstruct, parsePolicyBody } from './markdown.ts';
import type { Problem } from './problems.ts';
import { sortProblems } from './problems.ts';
import { policySchema, registrySchema, revisionSchema, type PolicyEntry, type RevisionData } from './schemas.ts';

export interface CheckedRevision {
  file: string;
  slug: string;
  /** ISO day from the file name. */
  date: string;
  data: RevisionData;
  body: string;
  bodyStartLine: number;
  /** The body as the diff engine reads it. */
  blocks: Block[];
  /** sha256 of the file's bytes, for archivists. */
  sha256: string;
}

export interface CheckedPolicy {
  entry: PolicyEntry;
  /** Oldest first. */
  revisions: CheckedRevision[];
}

export interface ContentCheck {
  problems: Problem[];
  policies: CheckedPolicy[];
}

const FIELD_NAMES: Record<string, string> = {
  title: '題名',
  summary: 'この版で何が変わったかの要約',
  dateBasis: '日付の種類（effective: 改定日、recorded: 収録日）',
  sourceDate: '原文の日付表記',
  slug: 'URL に使う英小文字の名前',
  issuer: '発行する団体名',
  textlessEvents: '本文の残っていない記録（date と event）',
  date: '日付（YYYY-MM-DD、YYYY-MM または YYYY）',
  event: 'できごと（例: 掲載）',
  note: '補足',
};

const REVISION_NAME = /^(\d{4}-\d{2}-\d{2})\.(mdx|md|markdown)$/i;
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function describe(key: string): string {
  return FIELD_NAMES[key] ?? key;
}

/** Decodes strictly: a BOM or bytes that are not UTF-8 are problems, not silently repaired. */
function decode(raw: RawFile, problems: Problem[]): string | undefined {
  const { bytes } = raw;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    problems.push({
      file: raw.file, line: 1, rule: 'encoding-bom',
      message: 'ファイルの先頭に BOM（バイト順マーク）が付いています。',
      hint: 'エディタで「UTF-8（BOMなし）」を選んで保存し直してください。',
    });
    return undefined;
  }
  try {
    return utf8.decode(bytes);
  } catch {
    problems.push({
      file: raw.file, rule: 'encoding-utf8',
      message: 'ファイルが UTF-8 ではありません（Shift_JIS などで保存されています）。',
      hint: 'エディタで文字コードを「UTF-8（BOMなし）」にして保存し直してください。',
    });
    return undefined;
  }
}

/** One problem per zod issue, phrased for staff, placed on the line of the field. */
function schemaProblems(
  error: z.ZodError, file: string, rule: string, data: unknown,
  lineOf: (path: PropertyKey[]) => number | undefined, allowedKeys: readonly string[],
): Problem[] {
  return error.issues.map((issue) => {
    const key = String(issue.path.at(-1) ?? '');
    const parent = issue.path.slice(0, -1).reduce<unknown>((value, step) => (value as Record<PropertyKey, unknown> | undefined)?.[step as string], data);
    const missing = key !== '' && (parent === null || typeof parent !== 'object' || !(key in parent));
    const line = lineOf(issue.path) ?? lineOf(issue.path.slice(0, -1));
    const where = { file, line, rule };
    if (issue.code === 'unrecognized_keys') {
      return { ...where, line: lineOf([...issue.path, issue.keys[0]!]) ?? line,
        message: `「${issue.keys.join('」「')}」という項目は使えません。`,
        hint: `綴りを確かめてください。使える項目: ${allowedKeys.join('、')}` };
    }
    if (key === 'slug' && issue.code === 'invalid_format') {
      return { ...where, message: `slug「${String((parent as Record<string, unknown>)[key])}」は URL に使えない形です。`,
        hint: '英小文字・数字と、間をつなぐハイフンだけで書いてください（例: basic-policy）。' };
    }
    if (key === 'date' && issue.code === 'custom') {
      return { ...where, message: `日付「${String((parent as Record<string, unknown>)[key])}」が正しくありません。`,
        hint: '"2001-01" や "2015-12-01" のように、実在する日付を引用符で囲んで書いてください。' };
    }
    if (missing) {
      return { ...where, message: `必須の項目「${key}」がありません。`, hint: `「${key}: …」の形で${describe(key)}を書いてください。` };
    }
    if (issue.code === 'too_small') {
      return { ...where, message: `「${key}」が空です。`, hint: `${describe(key)}を書いてください。` };
    }
    if (issue.code === 'invalid_value' && 'values' in issue) {
      return { ...where, message: `「${key}」の値が正しくありません。`, hint: `${issue.values.map(String).join(' または ')} のどちらかを書いてください。` };
    }
    if (issue.code === 'invalid_type') {
      return { ...where, message: `「${key}」の形が正しくありません（${issue.expected === 'array' ? '一覧' : issue.expected === 'object' ? '項目の組' : '文章'}が必要です）。`,
        hint: `${describe(key)}を書いてください。値に「: 」や「#」を含むときは全体を "…" で囲みます。` };
    }
    if (key === 'summary') {
      return { ...where, message: '「summary」に HTML タグが含まれています。', hint: '要約は普通の文章で書いてください（< > のタグは使えません）。' };
    }
    return { ...where, message: `「${key}」の値が正しくありません（${issue.message}）。`, hint: `${describe(key)}を書いてください。` };
  });
}

function yamlLineOf(doc: Document, counter: LineCounter, offsetLines: number) {
  return (path: PropertyKey[]): number | undefined => {
    const node = path.length === 0 ? doc.contents : doc.getIn(path as unknown[], true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    return range ? counter.linePos(range[0]).line + offsetLines : undefined;
  };
}

function checkRegistry(snapshot: ContentSnapshot, problems: Problem[]): PolicyEntry[] {
  const file = snapshot.registryPath;
  if (!snapshot.registry) {
    problems.push({ file, rule: 'registry-missing', message: 'ポリシーの登録ファイルがありません。', hint: `${file} を作り、各ポリシーの slug・title・issuer を書いてください。` });
    return [];
  }
  const text = decode(snapshot.registry, problems);
  if (text === undefined) return [];
  const counter = new LineCounter();
  const doc = parseDocument(normaliseNewlines(text), { lineCounter: counter, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    problems.push({ file, line: counter.linePos(yamlError.pos[0]).line, rule: 'registry-yaml',
      message: `YAML の書き方に誤りがあります（${yamlError.message.split('\n')[0]}）。`,
      hint: '字下げ（半角スペース）と「- 」「: 」の位置を、ほかの項目とそろえてください。' });
    return [];
  }
  const data = doc.toJS();
  const parsed = registrySchema.safeParse(data);
  const lineOf = yamlLineOf(doc, counter, 0);
  if (!parsed.success) {
    problems.push(...schemaProblems(parsed.error, file, 'registry-schema', data, lineOf, policySchema.keyof().options));
    return [];
  }
  const seen = new Set<string>();
  parsed.data.forEach((entry, index) => {
    if (seen.has(entry.slug)) {
      problems.push({ file, line: lineOf([index, 'slug']), rule: 'registry-duplicate-slug',
        message: `slug「${entry.slug}」が二度登録されています。`, hint: '重複している方の項目を消すか、別の slug にしてください。' });
    }
    seen.add(entry.slug);
  });
  return parsed.data;
}

function checkRevisionFile(raw: ContentSnapshot['revisionFiles'][number], problems: Problem[]): CheckedRevision | undefined {
  const { file } = raw;
  const name = REVISION_NAME.exec(raw.name);
  if (!name) {
    problems.push({ file, rule: 'revision-file-name', message: 'ファイル名が「YYYY-MM-DD.mdx」（その版が適用された日付）になっていません。',
      hint: '例: 2027-04-01.mdx のように、半角数字の日付と拡張子 .mdx に名前を変えてください。' });
    return undefined;
  }
  const date = name[1]!;
  if (name[2] !== 'mdx') {
    problems.push({ file, rule: 'revision-file-name', message: `拡張子が .${name[2]} です。版のファイルは .mdx だけを読みます。`,
      hint: `ファイル名を ${date}.mdx に変えてください。` });
    return undefined;
  }
  if (!parsePartialDate(date)) {
    problems.push({ file, rule: 'revision-date', message: `ファイル名の日付 ${date} は実在しない日付です。`,
      hint: '暦にある日付（月は01〜12、日はその月の日数まで）に名前を変えてください。' });
    return undefined;
  }
  const text = decode(raw, problems);
  if (text === undefined) return undefined;

  const split = splitFrontmatter(text);
  if (!split.ok) {
    const messages = {
      missing: ['先頭にフロントマター（--- で囲んだ title と summary）がありません。', '1行目を --- にし、title: と summary: を書いて、もう一度 --- で閉じてください。'],
      unclosed: ['フロントマターが --- で閉じられていません。', 'summary などの項目の後に、--- だけの行を入れてください。'],
      yaml: [`フロントマターの YAML に誤りがあります（${split.detail ?? ''}）。`, '「項目: 値」の形か確かめてください。値に「: 」や「#」を含むときは全体を "…" で囲みます。'],
    } as const;
    const [message, hint] = messages[split.reason];
    problems.push({ file, line: split.line, rule: 'revision-frontmatter', message, hint });
    return undefined;
  }
  const { frontmatter, body, bodyStartLine } = split;
  const parsed = revisionSchema.safeParse(frontmatter.data ?? {});
  if (!parsed.success) {
    const lineOf = (path: PropertyKey[]) => (path.length ? frontmatter.keyLines.get(String(path[0])) : 1);
    problems.push(...schemaProblems(parsed.error, file, 'revision-schema', frontmatter.data ?? {}, lineOf, revisionSchema.keyof().options));
    return undefined;
  }
  let tree: ReturnType<typeof parsePolicyBody>;
  try {
    tree = parsePolicyBody(body);
  } catch (error) {
    // micromark reports either a point or a range; both carry the body-relative line.
    // An unclosed tag at the end of the file has no place, only "(3:1-3:6)" in its reason.
    const { place, reason = String(error) } = error as { place?: { line?: number; start?: { line: number } }; reason?: string };
    const inReason = /\s*\((\d+):\d+-\d+:\d+\)/.exec(reason);
    const line = place?.start?.line ?? place?.line ?? (inReason ? Number(inReason[1]) : undefined);
    problems.push({ file, line: line === undefined ? undefined : line + bodyStartLine - 1, rule: 'revision-mdx',
      message: `本文の MDX に誤りがあります（${inReason ? reason.replace(inReason[0], '') : reason}）。`,
      hint: '{ } < > は MDX では特別な意味を持ちます。文字として書くときは \\{ \\< のように前に \\ を付け、タグは必ず閉じてください。' });
    return undefined;
  }
  const construct = firstMdxConstruct(tree);
  if (construct) {
    problems.push({ file, line: construct.line === undefined ? undefined : construct.line + bodyStartLine - 1, rule: 'revision-text-only',
      message: `本文に MDX の${construct.what}があります。版の本文は文字だけで書きます（画面の文字と、差分・検索が読む文字を一致させるためです）。`,
      hint: '文字として < や { を書くときは \\< \\{ のように前に \\ を付けてください。見た目を変えたいときは Markdown の書き方（**太字** など）を使います。' });
    return undefined;
  }
  const sha256 = createHash('sha256').update(raw.bytes).digest('hex');
  return { file, slug: raw.slug, date, data: parsed.data, body, bodyStartLine, blocks: blocksOfTree(tree), sha256 };
}

export function checkContent(snapshot: ContentSnapshot): ContentCheck {
  const problems: Problem[] = [];
  const registry = checkRegistry(snapshot, problems);
  const registered = new Map(registry.map((entry) => [entry.slug, entry]));

  for (const stray of snapshot.strayFiles) {
    problems.push({ file: stray.file, rule: 'revision-location', message: '版のファイルがポリシーごとのフォルダに入っていません。',
      hint: `${policiesDirOf(snapshot)}/<slug>/YYYY-MM-DD.mdx の位置に移してください。` });
  }

  const bySlug = new Map<string, CheckedRevision[]>();
  const filesBySlug = new Map<string, string[]>();
  for (const raw of snapshot.revisionFiles) {
    filesBySlug.set(raw.slug, [...(filesBySlug.get(raw.slug) ?? []), raw.file]);
    if (registry.length > 0 && !registered.has(raw.slug)) {
      problems.push({ file: raw.file, rule: 'revision-unregistered', message: `フォルダ「${raw.slug}」は登録されていないポリシーです。`,
        hint: `${snapshot.registryPath} に slug: ${raw.slug} の項目を加えるか、フォルダ名を登録済みの slug（${[...registered.keys()].join('、')}）に直してください。` });
      continue;
    }
    const revision = checkRevisionFile(raw, problems);
    if (revision) bySlug.set(raw.slug, [...(bySlug.get(raw.slug) ?? []), revision]);
  }

  // Two files on one date (2015-12-01.mdx and 2015-12-01.md) would be two texts for one day.
  for (const [slug, files] of filesBySlug) {
    const byDate = new Map<string, string[]>();
    for (const file of files) {
      const date = /(\d{4}-\d{2}-\d{2})\.[^/]+$/.exec(file)?.[1];
      if (date) byDate.set(date, [...(byDate.get(date) ?? []), file]);
    }
    for (const [date, same] of byDate) {
      if (same.length < 2) continue;
      for (const file of same) {
        const names = same.map((other) => other.slice(other.lastIndexOf('/') + 1));
        problems.push({ file, rule: 'revision-duplicate-date', message: `「${slug}」には ${date} の版が${same.length}つあります（${names.join('、')}）。`,
          hint: '1日に1つの版だけにしてください。別の日に適用される版なら、その日付に名前を変えます。' });
      }
    }
  }

  const policies: CheckedPolicy[] = [];
  registry.forEach((entry) => {
    const revisions = (bySlug.get(entry.slug) ?? []).sort((a, b) => a.date.localeCompare(b.date));
    if (!filesBySlug.has(entry.slug)) {
      problems.push({ file: snapshot.registryPath, rule: 'policy-without-revisions', line: registryLine(snapshot, entry.slug),
        message: `ポリシー「${entry.slug}」の版がひとつもありません。`,
        hint: `${policiesDirOf(snapshot)}/${entry.slug}/YYYY-MM-DD.mdx に最初の版を置くか、登録を外してください。` });
    }
    policies.push({ entry, revisions });
  });
  problems.push(...checkLegalRules(policies));
  return { problems: sortProblems(problems), policies };
}

/** The line of a slug's entry in the registry, for problems that concern a whole policy. */
function registryLine(snapshot: ContentSnapshot, slug: string): number | undefined {
  const text = snapshot.registry ? new TextDecoder().decode(snapshot.registry.bytes) : '';
  const index = normaliseNewlines(text).split('\n').findIndex((line) => new RegExp(`slug:\\s*['"]?${slug}['"]?\\s*$`).test(line));
  return index === -1 ? undefined : index + 1;
}

function policiesDirOf(snapshot: ContentSnapshot): string {
  return snapshot.registryPath.replace(/[^/]+$/, 'policies');
}
