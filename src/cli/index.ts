/**
 * The staff CLI: `npm run policy -- <command>`. Exit codes: 0 ok, 1 content problems,
 * 2 usage errors. It reads content through the content model and creates new files; it
 * never overwrites or deletes. Importing it does nothing: scripts/policy.ts runs it, and
 * the tests call `runCli` (or a command's `run`) directly.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import stringWidth from 'string-width';
import { SETTINGS_FILES, formatProblems, problemsReport, readContent, type ContentModel, type Policy, type Problem } from '../lib/content/index.ts';
import { parseDay, todayInTokyo } from '../lib/dates/index.ts';
import { diffBlockLists, renderTerminal } from '../lib/diff/index.ts';
import {
  GitError, addedRevisionsSummary, fileChangesSince, planNewRevision, publishedRevisionChanges, revisionFilesAt, statusReport,
} from '../lib/publishing/index.ts';
import { parseCommandArgs, UsageError, type CommandSpec, type ParsedArgs } from './args.ts';
import { terminalSafe } from '../lib/text/index.ts';
import { tableCommand } from './table.ts';

export { parseCommandArgs, UsageError };

export interface CliIo {
  /** The folder the command runs in (the project root, for npm run). */
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal that shows colour. */
  colour: boolean;
}

interface Command extends CommandSpec {
  run: (args: ParsedArgs, io: CliIo) => Promise<number>;
}


const CONTENT_OPTION = { type: 'string', value: '<フォルダ>', description: 'コンテンツのフォルダ（既定: content）' } as const;

function contentDirOf(args: ParsedArgs, io: CliIo): string {
  const dir = (args.values['content'] as string | undefined) ?? io.env['POLICY_CONTENT_DIR'] ?? 'content';
  if (!existsSync(path.resolve(io.cwd, dir))) throw new UsageError(`コンテンツのフォルダ「${dir}」がありません。--content でフォルダを指定してください。`);
  return dir;
}

function report(io: CliIo, problems: readonly Problem[]): void {
  io.stderr(terminalSafe(problemsReport(problems)));
}

/** The content model, or undefined (its problems reported) when a command needs good content. */
async function goodContent(args: ParsedArgs, io: CliIo): Promise<ContentModel | undefined> {
  const model = await readContent(io.cwd, contentDirOf(args, io));
  if (model.problems.length === 0) return model;
  report(io, model.problems);
  return undefined;
}

function findPolicy(model: ContentModel, slug: string | undefined): Policy {
  if (!slug) throw new UsageError('ポリシーの slug を指定してください。');
  const policy = model.policies.find((candidate) => candidate.entry.slug === slug);
  if (!policy) throw new UsageError(`「${slug}」というポリシーはありません。登録済み: ${model.policies.map((p) => p.entry.slug).join('、')}`);
  return policy;
}

function revisionOn(policy: Policy, date: string) {
  const revision = policy.revisions.find((candidate) => candidate.date === date);
  if (!revision) throw new UsageError(`「${policy.entry.slug}」に ${date} の版はありません。ある版: ${policy.revisions.map((r) => r.date).join('、')}`);
  return revision;
}

/** GitError's message says what to do: it is reported like a usage error. */
function withGit<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw error instanceof GitError ? new UsageError(error.message) : error;
  }
}

const check: Command = {
  name: 'check',
  summary: 'コンテンツを検査します（ビルドと同じ規則）',
  positionals: [],
  options: {
    since: { type: 'string', value: '<git の参照>', description: 'あわせて、その時点で公開済みの版が変更・改名・削除されていないか確かめます' },
    content: CONTENT_OPTION,
  },
  async run(args, io) {
    const contentDir = contentDirOf(args, io);
    const since = args.values['since'] as string | undefined;
    const model = await readContent(io.cwd, contentDir);
    // Revisions published at --since must be unchanged: a correction is a new revision.
    const changed = since === undefined ? [] : withGit(() => publishedRevisionChanges(io.cwd, model, contentDir, since));
    if (model.problems.length > 0) report(io, model.problems);
    if (changed.length > 0) io.stderr(terminalSafe(`${since} の時点で公開済みの版に ${changed.length} 件の変更があります。\n${problemsReport(changed).split('\n').slice(1).join('\n')}`));
    if (model.problems.length > 0 || changed.length > 0) return 1;
    const revisions = model.policies.reduce((sum, policy) => sum + policy.revisions.length, 0);
    io.stdout(`問題はありません（${model.policies.length} 件のポリシー、${revisions} 件の版）。`);
    return 0;
  },
};

const newRevision: Command = {
  name: 'new',
  summary: '最新の版を写して、新しい版のファイルを作ります',
  positionals: [{ name: '<slug>', description: 'ポリシーの slug（例: website-policy）' }],
  options: {
    date: { type: 'string', value: '<YYYY-MM-DD>', description: '新しい版を適用する日（ファイル名になります）', required: true },
    summary: { type: 'string', value: '"<要約>"', description: 'この版で何が変わるか（組合員が読む文章）', required: true },
    'allow-earlier': { type: 'boolean', description: '最新の版より前の日付を認めます' },
    content: CONTENT_OPTION,
  },
  async run(args, io) {
    const date = args.values['date'] as string | undefined;
    const summary = args.values['summary'] as string | undefined;
    if (!date) throw new UsageError('--date YYYY-MM-DD を指定してください。');
    if (summary === undefined) throw new UsageError('--summary "この版で何が変わるか" を指定してください。');
    const contentDir = contentDirOf(args, io);
    const model = await goodContent(args, io);
    if (!model) return 1;
    const policy = findPolicy(model, args.positionals[0]);
    const plan = planNewRevision(policy, { date, summary, allowEarlier: args.values['allow-earlier'] === true });
    if (!plan.ok) throw new UsageError(plan.message);
    // resolve, not join: --content (or POLICY_CONTENT_DIR) may be an absolute path.
    const target = path.resolve(io.cwd, contentDir, 'policies', policy.entry.slug, `${plan.date}.mdx`);
    await mkdir(path.dirname(target), { recursive: true });
    try {
      // 'wx' fails if the file exists: a published revision is never overwritten.
      await writeFile(target, plan.text, { flag: 'wx' });
    } catch (error) {
      if ((error as { code?: string }).code === 'EEXIST') throw new UsageError('同じ日付のファイルがすでにあります。上書きはしません。');
      throw error;
    }
    io.stdout(path.relative(io.cwd, target).split(path.sep).join('/'));
    io.stderr(terminalSafe(`${plan.basedOn} を写しました。本文を編集し、npm run policy -- check で確かめてください。`));
    return 0;
  },
};

const diff: Command = {
  name: 'diff',
  summary: '2つの版の違いを表示します',
  positionals: [
    { name: '<slug>', description: 'ポリシーの slug' },
    { name: '<旧の日付>', description: '比べる元の版（YYYY-MM-DD）' },
    { name: '<新の日付>', description: '比べる先の版（YYYY-MM-DD）' },
  ],
  options: { content: CONTENT_OPTION },
  async run(args, io) {
    const [slug, from, to] = args.positionals;
    if (!from || !to) throw new UsageError('diff には slug と、比べる2つの版の日付（古い方、新しい方）を指定してください。');
    const model = await goodContent(args, io);
    if (!model) return 1;
    const policy = findPolicy(model, slug);
    const result = diffBlockLists(revisionOn(policy, from).blocks, revisionOn(policy, to).blocks);
    io.stdout(terminalSafe(`${policy.entry.title}: ${from} → ${to}（追加 ${result.insertedChars} 文字、削除 ${result.deletedChars} 文字）\n`));
    // The renderer shows control characters in the text itself; only its own colours reach the terminal.
    io.stdout(renderTerminal(result, { color: io.colour }).trimEnd() || '本文に違いはありません。');
    return 0;
  },
};

const status: Command = {
  name: 'status',
  summary: '各ポリシーの現在の版・適用予定・下書きを表示します',
  positionals: [],
  options: {
    date: { type: 'string', value: '<YYYY-MM-DD>', description: 'この日の時点で表示します（既定: 今日）' },
    content: CONTENT_OPTION,
  },
  async run(args, io) {
    const asOf = (args.values['date'] as string | undefined) ?? io.env['POLICY_BUILD_DATE'] ?? todayInTokyo();
    if (!parseDay(asOf)) throw new UsageError(`--date「${asOf}」は YYYY-MM-DD の実在する日付ではありません。`);
    const model = await goodContent(args, io);
    if (!model) return 1;
    io.stdout(terminalSafe(statusReport(model.policies, asOf)));
    return 0;
  },
};

const summary: Command = {
  name: 'summary',
  summary: 'その時点から追加された版と変更点を Markdown で表示します（CI 用）',
  positionals: [],
  options: {
    since: { type: 'string', value: '<git の参照>', description: '比べる時点（例: origin/main）', required: true },
    content: CONTENT_OPTION,
  },
  async run(args, io) {
    const since = args.values['since'] as string | undefined;
    if (!since) throw new UsageError('--since <git の参照> を指定してください。');
    const contentDir = contentDirOf(args, io);
    const model = await readContent(io.cwd, contentDir);
    const before = withGit(() => revisionFilesAt(io.cwd, contentDir, since));
    const settings = SETTINGS_FILES.map((name) => path.relative(io.cwd, path.resolve(io.cwd, contentDir, name)));
    const changedSettings = withGit(() => settings.map((file) => ({ file, diff: fileChangesSince(io.cwd, since, file) }))).filter(({ diff }) => diff !== '');
    const problems = formatProblems(model.problems);
    io.stdout(terminalSafe(addedRevisionsSummary(model.policies, new Set(before.map((state) => state.file)), since, { problems, changedSettings })));
    // A summary of content that cannot be published must fail the job, as the check does.
    return problems === '' ? 0 : 1;
  },
};

export const COMMANDS: readonly Command[] = [check, newRevision, diff, status, summary, tableCommand({ contentOption: CONTENT_OPTION, contentDirOf, goodContent, findPolicy, revisionOn, withGit, terminalSafe })];

/** Pads to a display width: a Japanese character takes two columns. */
function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(1, width - stringWidth(text)));
}

function commandLine(command: CommandSpec): string {
  const options = Object.entries(command.options).map(([name, option]) => {
    const word = option.value ? `--${name} ${option.value}` : `--${name}`;
    return option.required ? word : `[${word}]`;
  });
  return ['npm run policy --', command.name, ...command.positionals.map((p) => p.name), ...options].join(' ');
}

export function commandHelp(command: CommandSpec): string {
  const rows: [string, string][] = [
    ...command.positionals.map((p): [string, string] => [p.name, p.description]),
    ...Object.entries(command.options).map(([name, option]): [string, string] => [option.value ? `--${name} ${option.value}` : `--${name}`, option.description]),
    ['--help', 'この説明を表示します'],
  ];
  const width = Math.max(...rows.map(([left]) => stringWidth(left))) + 2;
  return [`使い方: ${commandLine(command)}`, '', command.summary, '', ...rows.map(([left, right]) => `  ${pad(left, width)}${right}`)].join('\n');
}

export function generalHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => stringWidth(command.name))) + 2;
  return [
    '使い方: npm run policy -- <コマンド> [引数]',
    '',
    ...COMMANDS.map((command) => `  ${pad(command.name, width)}${command.summary}`),
    '',
    '各コマンドの説明: npm run policy -- <コマンド> --help',
  ].join('\n');
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(generalHelp());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(terminalSafe(`「${name}」というコマンドはありません。\n\n${generalHelp()}`));
    return 2;
  }
  try {
    const args = parseCommandArgs(command, rest);
    if (args.help) {
      io.stdout(commandHelp(command));
      return 0;
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(terminalSafe(`${error.message}\n\n${commandHelp(command)}`));
      return 2;
    }
    throw error;
  }
}

/** The CLI as `npm run policy` runs it: the process's folder, environment and streams. */
export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    // Colour only for a person at a terminal, and never when NO_COLOR is set (https://no-color.org).
    colour: process.stdout.isTTY === true && !process.env['NO_COLOR'],
  };
}
