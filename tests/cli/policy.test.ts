/** The staff CLI, run for real on copies of fixture content. */
import { afterAll, describe, expect, it } from 'vitest';
import { chmod, readdir, readFile, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { copyContent, runPolicyCli } from '../support/cli.ts';
import { contentRuleCases } from '../support/content-rule-cases.ts';
import { treeHash } from '../support/tree-hash.ts';
import { projectRoot } from '../support/paths.ts';
import { committedContent } from '../support/git.ts';
import { removeTempDirs, tempDir } from '../support/temp.ts';

const BASIC = 'tests/fixtures/sites/basic/content';
afterAll(removeTempDirs);

describe('policy check', () => {
  it('passes good content with exit 0', async () => {
    const result = await runPolicyCli(['check', '--content', BASIC]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('問題はありません（3 件のポリシー、6 件の版）');
  });

  it.each(contentRuleCases())('$name: prints file:line: message, exits 1 and touches nothing', async ({ contentDir, expected }) => {
    const before = await treeHash(path.join(projectRoot, contentDir));
    const result = await runPolicyCli(['check', '--content', contentDir]);
    expect(await treeHash(path.join(projectRoot, contentDir))).toBe(before);
    expect(result.code).toBe(1);
    expect(result.stderr.replaceAll(`${path.dirname(contentDir)}/`, '')).toContain(expected);
  });

  it('reports a file or folder it may not read, naming it, and never takes it for an empty one', async () => {
    const dir = await copyContent(BASIC);
    await chmod(dir, 0o755);
    await chmod(path.join(dir, 'content/policies/alpha/2020-04-01.mdx'), 0o000);
    await chmod(path.join(dir, 'content/policies/beta'), 0o000);
    const result = await runPolicyCli(['check'], { cwd: dir, unprivileged: true });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('content/policies/alpha/2020-04-01.mdx: ファイルかフォルダを読めません（EACCES）。');
    expect(result.stderr).toContain('content/policies/beta: ファイルかフォルダを読めません（EACCES）。');
    expect(result.stderr).not.toContain('シンボリックリンク');
    await chmod(path.join(dir, 'content/policies/beta'), 0o755);
  });

  it('exits 2 on usage errors', async () => {
    expect((await runPolicyCli(['chek'])).code).toBe(2);
    expect((await runPolicyCli([])).code).toBe(2);
    expect((await runPolicyCli(['check', '--bogus'])).code).toBe(2);
  });
});

describe('policy new', () => {
  it('copies the latest revision to a new dated file and prints its path', async () => {
    const dir = await copyContent(BASIC);
    const result = await runPolicyCli(['new', 'alpha', '--date', '2026-04-01', '--summary', '第3条を追加します。'], { cwd: dir });
    expect(result.stderr).toContain('2024-10-01.mdx を写しました');
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe('content/policies/alpha/2026-04-01.mdx');
    const created = await readFile(path.join(dir, 'content/policies/alpha/2026-04-01.mdx'), 'utf8');
    const latest = await readFile(path.join(dir, 'content/policies/alpha/2024-10-01.mdx'), 'utf8');
    expect(created).toBe(`---\ntitle: "アルファ方針"\nsummary: "第3条を追加します。"\n---\n${latest.split('---\n')[2]}`);
    expect((await runPolicyCli(['check'], { cwd: dir })).code).toBe(0);
  });

  it('writes into the content folder it was given, also when the path is absolute', async () => {
    const dir = await copyContent(BASIC);
    const elsewhere = await tempDir('policy-cli-cwd-');
    const content = path.join(dir, 'content');
    const result = await runPolicyCli(['new', 'alpha', '--date', '2026-04-01', '--summary', 'x', '--content', content], { cwd: elsewhere });
    expect(result.code).toBe(0);
    await expect(readFile(path.join(content, 'policies/alpha/2026-04-01.mdx'), 'utf8')).resolves.toContain('summary: "x"');
    expect(await readdir(elsewhere)).toEqual([]);
  });

  it('says so when the content folder does not exist', async () => {
    const result = await runPolicyCli(['check', '--content', 'no/such/folder']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('コンテンツのフォルダ「no/such/folder」がありません。');
  });

  it.each([
    [['new', 'alpha', '--date', '2024-10-01', '--summary', 'x'], '2024-10-01 の版はすでにあります'],
    [['new', 'alpha', '--date', '2023-01-01', '--summary', 'x'], '--allow-earlier'],
    [['new', 'alpha', '--date', '2026-02-30', '--summary', 'x'], '実在する日付ではありません'],
    [['new', 'alpha', '--date', '2026-1-1', '--summary', 'x'], '実在する日付ではありません'],
    [['new', 'alpha', '--date', '2205-04-01', '--summary', 'x'], '考えられません'],
    [['new', 'delta', '--date', '2026-04-01', '--summary', 'x'], '「delta」というポリシーはありません'],
    [['new', 'alpha', '--date', '2026-04-01', '--summary', '  '], '--summary に'],
    [['new', 'alpha', '--date', '2026-04-01', '--summary', '改定\u202eします'], 'U+202E'],
    [['new', 'alpha', '--date', '2026-04-01', '--summary', '改定\u200bします'], 'U+200B'],
    [['new', 'alpha', '--date', '2026-04-01'], '--summary'],
    [['new', 'alpha', '--summary', 'x'], '--date'],
  ])('refuses %j with exit 2 and touches nothing', async (args, message) => {
    const dir = await copyContent(BASIC);
    const before = await treeHash(dir);
    const result = await runPolicyCli(args, { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(await treeHash(dir)).toBe(before);
  });

  it('accepts an earlier date only when asked explicitly', async () => {
    const dir = await copyContent(BASIC);
    const result = await runPolicyCli(['new', 'alpha', '--date', '2022-01-01', '--summary', '訂正', '--allow-earlier'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe('content/policies/alpha/2022-01-01.mdx');
  });

  it('refuses to work on content with problems, and says which', async () => {
    const dir = await copyContent('tests/fixtures/content-rules/empty-summary/content');
    const before = await treeHash(dir);
    const result = await runPolicyCli(['new', 'alpha', '--date', '2026-04-01', '--summary', 'x'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('content/policies/alpha/2020-04-01.mdx:3: 「summary」が空です。');
    expect(await treeHash(dir)).toBe(before);
  });
});

describe('policy status', () => {
  it('prints each policy’s current, scheduled and draft revisions as of a date', async () => {
    const result = await runPolicyCli(['status', '--content', BASIC, '--date', '2025-06-01']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2025年6月1日時点');
    expect(result.stdout).toContain('beta  ベータのお知らせ\n  現在の版: 2025-01-15（収録日）\n  適用予定: なし\n  下書き:   2025-03-01');
    expect(result.stdout).toContain('gamma  ガンマ規程\n  現在の版: 2025-01-01\n  適用予定: 2027-01-01');
  });

  it('makes a scheduled revision current on its date', async () => {
    const result = await runPolicyCli(['status', '--content', BASIC, '--date', '2027-01-01']);
    expect(result.stdout).toContain('gamma  ガンマ規程\n  現在の版: 2027-01-01\n  適用予定: なし');
  });

  it('refuses an impossible date with exit 2', async () => {
    expect((await runPolicyCli(['status', '--content', BASIC, '--date', '2025-02-29'])).code).toBe(2);
  });
});

describe('policy diff', () => {
  it('shows the change with [-…-]{+…+} markers when not on a terminal', async () => {
    const result = await runPolicyCli(['diff', 'alpha', '2020-04-01', '2024-10-01', '--content', BASIC]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('アルファ方針: 2020-04-01 → 2024-10-01（追加 2 文字、削除 2 文字）');
    expect(result.stdout).toContain('§ 1.目的');
    expect(result.stdout).toContain('関係する[-法例-]{+法令+}を守ります。');
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('colours the diff on a terminal, and not when NO_COLOR is set', async () => {
    const command = `${process.execPath} scripts/policy.ts diff alpha 2020-04-01 2024-10-01 --content ${BASIC}`;
    const onTty = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } });
    expect(onTty.stdout).toContain('\u001b[32m');
    const noColor = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(noColor.stdout).not.toContain('\u001b[');
    expect(noColor.stdout).toContain('{+');
  });

  it('refuses unknown revisions and missing arguments with exit 2', async () => {
    const unknown = await runPolicyCli(['diff', 'alpha', '2020-04-01', '2030-01-01', '--content', BASIC]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('ある版: 2020-04-01、2024-10-01');
    expect((await runPolicyCli(['diff', 'alpha', '--content', BASIC])).code).toBe(2);
  });
});

describe('policy summary', () => {
  it('lists the revisions added since a git ref, with their diffs, in Markdown', async () => {
    const dir = await committedContent(BASIC);
    await runPolicyCli(['new', 'alpha', '--date', '2026-04-01', '--summary', '第3条を追加します。'], { cwd: dir });
    const file = path.join(dir, 'content/policies/alpha/2026-04-01.mdx');
    await writeFile(file, `${await readFile(file, 'utf8')}\n## 3.新設\n\n新しい条です。\n`);
    const result = await runPolicyCli(['summary', '--since', 'HEAD'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('## HEAD から追加された版');
    expect(result.stdout).toContain('### アルファ方針 — 2026-04-01');
    expect(result.stdout).toContain('要約: 第3条を追加します。');
    expect(result.stdout).toMatch(/\{\+新しい条です。\+\}/);
    expect(result.stdout).not.toContain('2024-10-01 —');
  });

  it('fails, listing the problems, when an added revision breaks the rules, and shows a changed registry', async () => {
    const dir = await committedContent(BASIC);
    await writeFile(path.join(dir, 'content/policies/alpha/2026-04-01.mdx'), '---\ntitle: "アルファ方針"\n---\n本文です。\n');
    const registry = path.join(dir, 'content/policies.yaml');
    await writeFile(registry, (await readFile(registry, 'utf8')).replace('アルファ方針', 'アルファ方針（改称）'));
    const result = await runPolicyCli(['summary', '--since', 'HEAD'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('内容に問題があります');
    expect(result.stdout).toContain('content/policies/alpha/2026-04-01.mdx');
    expect(result.stdout).toContain('### content/policies\\.yaml の変更');
    expect(result.stdout).toContain('+  title: アルファ方針（改称）');
  });
});
