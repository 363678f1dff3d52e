/**
 * Every `npm run policy -- …` command in the staff guide works as written, in the guide's
 * order, on a copy of the real content.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { copyContent, runPolicyCli } from '../support/cli.ts';
import { git } from '../support/git.ts';
import { projectRoot } from '../support/paths.ts';
import { removeTempDirs } from '../support/temp.ts';

const guide = readFileSync(path.join(projectRoot, 'docs/publishing.md'), 'utf8');
const blocks = [...guide.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]!);
const commands = blocks.flatMap((block) => block.split('\n')).filter((line) => line.startsWith('npm run policy -- '));

/** Splits a shell line into words, honouring double quotes (all the guide uses). */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!);
}

afterAll(removeTempDirs);

describe('the staff guide', () => {
  it('shows the new, check, diff, status and table commands, and the check before a pull request', () => {
    expect(commands.map((command) => words(command).slice(4, 6).join(' '))).toEqual([
      'new website-policy', 'check', 'diff website-policy', 'status', 'check --since', 'table website-policy', 'table website-policy',
    ]);
  });

  it('runs every policy command as written, in a clone whose origin/main is the published content', async () => {
    const scratch = await copyContent('content');
    git(scratch, 'init', '-q', '-b', 'main');
    git(scratch, 'add', '.');
    git(scratch, 'commit', '-q', '-m', '公開');
    git(scratch, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
    for (const command of commands) {
      const result = await runPolicyCli(words(command).slice(4), { cwd: scratch });
      expect(result.code, `${command}\n${result.stderr}`).toBe(0);
    }
  });
});
