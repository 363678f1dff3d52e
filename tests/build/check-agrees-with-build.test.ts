/**
 * `policy check` and the build judge content alike, as a property over every fixture: the
 * check passes exactly when the build does, and a build that stops prints the check's
 * `file:line` report, nothing of Astro's around it (no stack trace, no "[ERROR]"), and
 * leaves the content as it was.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { astroBuild } from '../support/build.ts';
import { runPolicyCli } from '../support/cli.ts';
import { contentRuleCases } from '../support/content-rule-cases.ts';
import { fixturesRoot, outputRoot, projectRoot } from '../support/paths.ts';
import { treeHash } from '../support/tree-hash.ts';

const goodSites = readdirSync(path.join(fixturesRoot, 'sites')).map((name) => ({ name: `sites/${name}`, contentDir: `tests/fixtures/sites/${name}/content` }));
const badCases = contentRuleCases().map(({ name, contentDir }) => ({ name: `content-rules/${name}`, contentDir }));

/** What Astro prints around an error it catches; none of it may reach staff. */
const ASTRO_NOISE = [/\n\s+at /, /Stack trace/, /\[ERROR\]/, /An unhandled error occurred/, /Error:/];

describe('policy check and the build agree', () => {
  it('over every fixture, good and bad', () => {
    expect(goodSites.length).toBeGreaterThanOrEqual(2);
    expect(badCases.length).toBeGreaterThanOrEqual(40);
  });

  it.each([...goodSites, ...badCases])('$name', async ({ name, contentDir }) => {
    const before = await treeHash(path.join(projectRoot, contentDir));
    const check = await runPolicyCli(['check', '--content', contentDir]);
    const build = await astroBuild({ contentDir, outDir: path.join(outputRoot, 'agree', name) });
    expect(await treeHash(path.join(projectRoot, contentDir))).toBe(before);
    expect(build.code === 0, `check exit ${check.code}, build exit ${build.code}\n${build.output}`).toBe(check.code === 0);
    if (check.code === 0) return;
    // Every problem line of the check (file:line: message, and its hint) is in the build's output, as printed.
    for (const line of check.stderr.trimEnd().split('\n')) expect(build.output).toContain(line);
    for (const noise of ASTRO_NOISE) expect(build.output).not.toMatch(noise);
  }, 120_000);
});
