/**
 * The malformed-content cases: one folder each under tests/fixtures/content-rules, holding
 * `content/` beside the report `policy check` must print (`expected.txt`). What git cannot
 * hold (a FIFO, a file too large to be worth committing) is described in `generate.json`
 * and made, with the rest of the case, in a scratch copy under tests/.output.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fixturesRoot, outputRoot, projectRoot } from './paths.ts';

export const caseRoot = path.join(fixturesRoot, 'content-rules');

export interface ContentRuleCase {
  name: string;
  /** Content folder, relative to the project root. */
  contentDir: string;
  /** The report `policy check` prints, with paths relative to the case folder. */
  expected: string;
}

/** A file to make: a FIFO, or text repeated to a size. Paths are relative to the case folder. */
type Generated = { path: string; fifo: true } | { path: string; before?: string; repeat: string; times: number };

function materialise(name: string, generated: Generated[]): string {
  const target = path.join(outputRoot, 'content-rules', name);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const source = path.join(caseRoot, name, 'content');
  if (existsSync(source)) cpSync(source, path.join(target, 'content'), { recursive: true, verbatimSymlinks: true });
  for (const file of generated) {
    const absolute = path.join(target, file.path);
    mkdirSync(path.dirname(absolute), { recursive: true });
    if ('fifo' in file) {
      const made = spawnSync('mkfifo', [absolute]);
      if (made.status !== 0) throw new Error(`mkfifo ${absolute} failed: ${made.stderr}`);
    } else {
      writeFileSync(absolute, (file.before ?? '') + file.repeat.repeat(file.times));
    }
  }
  return path.relative(projectRoot, path.join(target, 'content'));
}

export function contentRuleCases(): ContentRuleCase[] {
  return readdirSync(caseRoot).sort().map((name) => {
    const recipe = path.join(caseRoot, name, 'generate.json');
    const contentDir = existsSync(recipe)
      ? materialise(name, JSON.parse(readFileSync(recipe, 'utf8')) as Generated[])
      : `tests/fixtures/content-rules/${name}/content`;
    const expected = path.join(caseRoot, name, 'expected.txt');
    // A new case has no report yet: the test fails until UPDATE_CONTENT_FIXTURES=1 writes one.
    return { name, contentDir, expected: existsSync(expected) ? readFileSync(expected, 'utf8').trimEnd() : '' };
  });
}
