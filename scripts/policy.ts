/**
 * The staff CLI: `npm run policy -- <command>`. Exit codes: 0 ok, 1 content problems,
 * 2 usage errors. It reads content and creates new files; it never overwrites or deletes.
 */
import { existsSync } from 'node:fs';
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/lib/load-content.ts';
import { formatProblems } from '../src/lib/problems.ts';
import { planNewRevision } from '../src/lib/new-revision.ts';
import { statusReport } from '../src/lib/status-report.ts';
import { addedRevisionsSummary } from '../src/lib/change-summary.ts';
import { diffBlockLists } from '../src/lib/diff/index.ts';
import { renderTerminal } from '../src/lib/diff/render-terminal.ts';
import { parseDay, todayInTokyo } from '../src/lib/dates.ts';
import type { CheckedPolicy, ContentCheck } from '../src/lib/rules.ts';
import { readContentSnapshot } from '../src/lib/content-files.ts';
import { immutabilityProblems, snapshotStates, type RevisionFileState } from '../src/lib/immutability.ts';
import { GitError, revisionStatesAt } from '../src/lib/git.ts';

const USAGE = `使い方: npm run policy -- <コマンド>

  check                                  コンテンツを検査します（ビルドと同じ規則）
        [--since <git の参照>]             あわせて、その時点で公開済みの版が変更・改名・削除されていないか確かめます
  new <slug> --date YYYY-MM-DD --summary "…" [--allow-earlier]
                                         最新の版を写して新しい版のファイルを作ります
  diff <slug> <旧の日付> <新の日付>          2つの版の違いを表示します
  status [--date YYYY-MM-DD]             各ポリシーの現在の版・改定予定・下書きを表示します
  summary --since <git の参照>            その時点から追加された版と変更点を Markdown で表示します（CI 用）

共通のオプション: --content <フォルダ>（既定: content）`;

class UsageError extends Error {}

const root = process.cwd();

function contentDirOf(values: { content?: string }): string {
  const dir = values.content ?? process.env.POLICY_CONTENT_DIR ?? 'content';
  if (!existsSync(path.resolve(root, dir))) throw new UsageError(`コンテンツのフォルダ「${dir}」がありません。--content でフォルダを指定してください。`);
  return dir;
}

async function loadOrReport(contentDir: string): Promise<ContentCheck | undefined> {
  const check = await loadContent(root, contentDir);
  if (check.problems.length === 0) return check;
  console.error(`コンテンツに ${check.problems.length} 件の問題があります。\n${formatProblems(check.problems)}`);
  return undefined;
}

function findPolicy(check: ContentCheck, slug: string | undefined): CheckedPolicy {
  if (!slug) throw new UsageError('ポリシーの slug を指定してください。');
  const policy = check.policies.find((candidate) => candidate.entry.slug === slug);
  if (!policy) {
    throw new UsageError(`「${slug}」というポリシーはありません。登録済み: ${check.policies.map((p) => p.entry.slug).join('、')}`);
  }
  return policy;
}

async function checkCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { content: { type: 'string' }, since: { type: 'string' } } });
  const contentDir = contentDirOf(values);
  const check = await loadOrReport(contentDir);
  // After the content rules: revisions published at --since must be unchanged (corrections are new revisions).
  if (values.since !== undefined) {
    let before: RevisionFileState[];
    try {
      before = revisionStatesAt(root, contentDir, values.since);
    } catch (error) {
      throw error instanceof GitError ? new UsageError(error.message) : error;
    }
    const changed = immutabilityProblems(before, snapshotStates(await readContentSnapshot(root, contentDir)));
    if (changed.length > 0) {
      console.error(`${values.since} の時点で公開済みの版に ${changed.length} 件の変更があります。\n${formatProblems(changed)}`);
      return 1;
    }
  }
  if (!check) return 1;
  const revisions = check.policies.reduce((sum, policy) => sum + policy.revisions.length, 0);
  console.log(`問題はありません（${check.policies.length} 件のポリシー、${revisions} 件の版）。`);
  return 0;
}

async function newCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { content: { type: 'string' }, date: { type: 'string' }, summary: { type: 'string' }, 'allow-earlier': { type: 'boolean' } },
  });
  if (!values.date) throw new UsageError('--date YYYY-MM-DD を指定してください。');
  if (values.summary === undefined) throw new UsageError('--summary "この版で何が変わるか" を指定してください。');
  const contentDir = contentDirOf(values);
  const check = await loadOrReport(contentDir);
  if (!check) return 1;
  const policy = findPolicy(check, positionals[0]);
  const plan = planNewRevision(policy, { date: values.date, summary: values.summary, allowEarlier: values['allow-earlier'] });
  if (!plan.ok) throw new UsageError(plan.message);

  // resolve, not join: --content (or POLICY_CONTENT_DIR) may be an absolute path.
  const target = path.resolve(root, contentDir, 'policies', policy.entry.slug, `${plan.date}.mdx`);
  await mkdir(path.dirname(target), { recursive: true });
  // 'wx' fails if the file exists: a published revision is never overwritten.
  await writeFile(target, plan.text, { flag: 'wx' });
  console.log(path.relative(root, target).split(path.sep).join('/'));
  console.error(`${plan.basedOn} を写しました。本文を編集し、npm run policy -- check で確かめてください。`);
  return 0;
}

async function statusCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { content: { type: 'string' }, date: { type: 'string' } } });
  const asOf = values.date ?? process.env.POLICY_BUILD_DATE ?? todayInTokyo();
  if (!parseDay(asOf)) throw new UsageError(`--date「${asOf}」は YYYY-MM-DD の実在する日付ではありません。`);
  const check = await loadOrReport(contentDirOf(values));
  if (!check) return 1;
  console.log(statusReport(check.policies, asOf));
  return 0;
}

async function diffCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { content: { type: 'string' } } });
  const [slug, from, to] = positionals;
  if (!from || !to) throw new UsageError('diff には slug と、比べる2つの版の日付（古い方、新しい方）を指定してください。');
  const check = await loadOrReport(contentDirOf(values));
  if (!check) return 1;
  const policy = findPolicy(check, slug);
  const revisionOn = (date: string) => {
    const revision = policy.revisions.find((candidate) => candidate.date === date);
    if (!revision) throw new UsageError(`「${policy.entry.slug}」に ${date} の版はありません。ある版: ${policy.revisions.map((r) => r.date).join('、')}`);
    return revision;
  };
  // The check has already parsed every body into the diff engine's blocks.
  const diff = diffBlockLists(revisionOn(from).blocks, revisionOn(to).blocks);
  // Colour only for a person at a terminal, and never when NO_COLOR is set (https://no-color.org).
  const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
  console.log(`${policy.entry.title}: ${from} → ${to}（追加 ${diff.insertedChars} 文字、削除 ${diff.deletedChars} 文字）\n`);
  console.log(renderTerminal(diff, { color }).trimEnd() || '本文に違いはありません。');
  return 0;
}

async function summaryCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { content: { type: 'string' }, since: { type: 'string' } } });
  if (!values.since) throw new UsageError('--since <git の参照> を指定してください。');
  const contentDir = contentDirOf(values);
  const check = await loadContent(root, contentDir);
  let before: RevisionFileState[];
  try {
    before = revisionStatesAt(root, contentDir, values.since);
  } catch (error) {
    throw error instanceof GitError ? new UsageError(error.message) : error;
  }
  console.log(addedRevisionsSummary(check.policies, new Set(before.map((state) => state.file)), values.since));
  return 0;
}

const commands: Record<string, (args: string[]) => Promise<number>> = {
  check: checkCommand, new: newCommand, status: statusCommand, diff: diffCommand, summary: summaryCommand,
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(name ? `「${name}」というコマンドはありません。\n\n${USAGE}` : USAGE);
    return 2;
  }
  try {
    return await command(rest);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    if ((error as { code?: string }).code === 'EEXIST') {
      console.error('同じ日付のファイルがすでにあります。上書きはしません。');
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
