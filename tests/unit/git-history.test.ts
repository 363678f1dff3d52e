/** Provenance from git says nothing git cannot vouch for. */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { lastCommits } from '../../src/lib/publishing/index.ts';
import { git } from '../support/git.ts';
import { removeTempDirs, tempDir } from '../support/temp.ts';

afterAll(removeTempDirs);
const scratch = () => tempDir('git-history-');

async function repoWithTwoCommits(): Promise<{ dir: string; first: string; second: string }> {
  const dir = await scratch();
  await mkdir(path.join(dir, 'content/policies/a'), { recursive: true });
  git(dir, 'init', '-q');
  await writeFile(path.join(dir, 'content/policies/a/2020-01-01.mdx'), 'one');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'first');
  const first = git(dir, 'rev-parse', 'HEAD').trim();
  await writeFile(path.join(dir, 'content/policies/a/2021-01-01.mdx'), 'two');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'second');
  return { dir, first, second: git(dir, 'rev-parse', 'HEAD').trim() };
}

describe('lastCommits', () => {
  it('names the commit that last touched each file', async () => {
    const { dir, first, second } = await repoWithTwoCommits();
    const commits = lastCommits(dir, 'content');
    expect(commits.get('content/policies/a/2020-01-01.mdx')?.hash).toBe(first);
    expect(commits.get('content/policies/a/2021-01-01.mdx')?.hash).toBe(second);
    expect(commits.get('content/policies/a/2021-01-01.mdx')?.date).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('leaves out a file with uncommitted edits', async () => {
    const { dir } = await repoWithTwoCommits();
    await writeFile(path.join(dir, 'content/policies/a/2020-01-01.mdx'), 'edited');
    const commits = lastCommits(dir, 'content');
    expect(commits.has('content/policies/a/2020-01-01.mdx')).toBe(false);
    expect(commits.has('content/policies/a/2021-01-01.mdx')).toBe(true);
  });

  it('says nothing in a shallow clone, whose oldest commit would claim files it did not write', async () => {
    const { dir } = await repoWithTwoCommits();
    const clone = await scratch();
    git(clone, 'clone', '-q', '--depth', '1', `file://${dir}`, 'shallow');
    expect(lastCommits(path.join(clone, 'shallow'), 'content').size).toBe(0);
  });

  it('says nothing without git history', async () => {
    const dir = await scratch();
    await mkdir(path.join(dir, 'content'));
    expect(lastCommits(dir, 'content').size).toBe(0);
  });
});
