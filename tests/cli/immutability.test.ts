/**
 * `policy check --since <ref>`, run for real in a scratch git repository holding a copy of
 * the fixture content: published revisions may only be added to, never changed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { appendFile, chmod, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runPolicyCli } from '../support/cli.ts';
import { committedContent, git } from '../support/git.ts';
import { removeTempDirs, tempDir } from '../support/temp.ts';

const BASIC = 'tests/fixtures/sites/basic/content';
const ALPHA = 'content/policies/alpha/2020-04-01.mdx';
const DRAFT = 'content/policies/beta/2025-03-01.mdx';

afterAll(removeTempDirs);

/** A git repository whose first commit holds the basic fixture's content. */
const repository = () => committedContent(BASIC);

const check = (dir: string, ref = 'HEAD') => runPolicyCli(['check', '--since', ref], { cwd: dir });

describe('policy check --since', () => {
  it('passes when nothing changed', async () => {
    const result = await check(await repository());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('passes when a revision is added', async () => {
    const dir = await repository();
    const added = await runPolicyCli(['new', 'alpha', '--date', '2026-04-01', '--summary', '第3条を追加します。'], { cwd: dir });
    expect(added.code).toBe(0);
    const result = await check(dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('fails when a published revision is modified, saying to add a new revision', async () => {
    const dir = await repository();
    await appendFile(path.join(dir, ALPHA), '\n訂正の一文。\n');
    const result = await check(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${ALPHA}: 公開済みの版が書き換えられています。`);
    expect(result.stderr).toContain('npm run policy -- new で新しい日付の版として加えてください');
    // Only the modified file is named.
    expect(result.stderr.match(/^content\/\S+: /gm)).toEqual([`${ALPHA}: `]);
  });

  it('counts a line-ending change as a modification: the bytes are the record', async () => {
    const dir = await repository();
    const text = await readFile(path.join(dir, ALPHA), 'utf8');
    await writeFile(path.join(dir, ALPHA), text.replace(/\n/g, '\r\n'));
    const result = await check(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${ALPHA}: 公開済みの版が書き換えられています。`);
  });

  it('fails when a published revision is renamed, naming the new path', async () => {
    const dir = await repository();
    await rename(path.join(dir, ALPHA), path.join(dir, 'content/policies/alpha/2020-04-02.mdx'));
    const result = await check(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${ALPHA}: 公開済みの版の名前が content/policies/alpha/2020-04-02.mdx に変えられています。`);
  });

  it('fails when a published revision is deleted', async () => {
    const dir = await repository();
    await rm(path.join(dir, 'content/policies/gamma/2027-01-01.mdx'));
    const result = await check(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('content/policies/gamma/2027-01-01.mdx: 公開済みの版が削除されています。');
  });

  it('also reports changes already committed after the ref', async () => {
    const dir = await repository();
    await rm(path.join(dir, ALPHA));
    git(dir, 'commit', '-q', '-am', '削除');
    expect((await check(dir, 'HEAD')).code).toBe(0);
    const result = await check(dir, 'HEAD~1');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${ALPHA}: 公開済みの版が削除されています。`);
  });

  it('reports content-rule problems and immutability problems together', async () => {
    const dir = await repository();
    await writeFile(path.join(dir, ALPHA), '本文だけ\n');
    const result = await check(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${ALPHA}:1: 先頭にフロントマター`);
    expect(result.stderr).toContain(`${ALPHA}: 公開済みの版が書き換えられています。`);
  });

  it('leaves drafts editable, renamable and publishable', async () => {
    const dir = await repository();
    const text = await readFile(path.join(dir, DRAFT), 'utf8');
    await writeFile(path.join(dir, DRAFT), text.replace('status: draft\n', '').replace('（下書き）', ''));
    expect((await check(dir)).code).toBe(0);
    await rename(path.join(dir, DRAFT), path.join(dir, 'content/policies/beta/2025-04-01.mdx'));
    const result = await check(dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('judges what git stores: a checkout with core.autocrlf=true is not an edit', async () => {
    const dir = await repository();
    git(dir, 'config', 'core.autocrlf', 'true');
    await rm(path.join(dir, ALPHA));
    git(dir, 'checkout', '--', ALPHA);
    expect(await readFile(path.join(dir, ALPHA), 'utf8')).toContain('\r\n');
    const result = await check(dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // A real edit is still one, whatever the line endings.
    await appendFile(path.join(dir, ALPHA), '訂正の一文。\r\n');
    expect((await check(dir)).stderr).toContain(`${ALPHA}: 公開済みの版が書き換えられています。`);
  });

  it('guards a revision committed as an executable file as any other (a copy from a USB stick or a Windows share may be 0755)', async () => {
    const dir = await repository();
    await chmod(path.join(dir, ALPHA), 0o755);
    git(dir, 'commit', '-q', '-am', '実行属性');
    expect(git(dir, 'ls-tree', 'HEAD', '--', ALPHA)).toMatch(/^100755 /u);
    await appendFile(path.join(dir, ALPHA), '\n訂正の一文。\n');
    const edited = await check(dir);
    expect(edited.code).toBe(1);
    expect(edited.stderr).toContain(`${ALPHA}: 公開済みの版が書き換えられています。`);
    await rm(path.join(dir, ALPHA));
    const deleted = await check(dir);
    expect(deleted.code).toBe(1);
    expect(deleted.stderr).toContain(ALPHA);
  });

  it('never takes a committed symlink for a published revision', async () => {
    const dir = await repository();
    const link = 'content/policies/alpha/2019-01-01.mdx';
    await symlink('2020-04-01.mdx', path.join(dir, link));
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'リンク');
    // The link is refused by the content rules, as a link, and its removal is not a deletion.
    const linked = await check(dir);
    expect(linked.code).toBe(1);
    expect(linked.stderr).toContain(`${link}: シンボリックリンクは読みません。`);
    expect(linked.stderr).not.toContain('公開済みの版');
    await rm(path.join(dir, link));
    const removed = await check(dir);
    expect(removed.stderr).toBe('');
    expect(removed.code).toBe(0);
  });

  it('exits 2 with a clear message when the ref is unknown', async () => {
    const result = await check(await repository(), 'no-such-branch');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('「no-such-branch」という git の参照（コミット・ブランチ・タグ）が見つかりません。');
  });

  it('exits 2 with a clear message outside a git repository', async () => {
    const dir = await tempDir('policy-nogit-');
    // The ceiling keeps git from finding a repository above the scratch folder.
    const result = await runPolicyCli(['check', '--since', 'HEAD', '--content', path.resolve(BASIC)], {
      cwd: dir, env: { GIT_CEILING_DIRECTORIES: path.dirname(dir) },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('は git のリポジトリではありません。');
  });
});
