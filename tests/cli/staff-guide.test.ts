/**
 * Every `npm run policy -- …` command in the staff guide works as written, in the guide's
 * order, on a copy of the real content.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { copyContent, runPolicyCli } from '../support/cli.ts';
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
  it('shows the new, check, diff, status and table commands', () => {
    expect(commands.map((command) => words(command)[4])).toEqual(['new', 'check', 'diff', 'status', 'table', 'table']);
  });

  it('runs every policy command as written', async () => {
    const scratch = await copyContent('content');
    for (const command of commands) {
      const result = await runPolicyCli(words(command).slice(4), { cwd: scratch });
      expect(result.code, `${command}\n${result.stderr}`).toBe(0);
    }
  });
});
