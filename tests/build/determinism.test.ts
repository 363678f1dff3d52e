/**
 * Two builds of the same content are identical: every HTML page byte for byte, and every
 * other file too (Pagefind's index included), so a rebuild never shows a spurious change.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { astroBuildOrThrow } from '../support/build.ts';
import { builtFiles } from '../support/site-files.ts';
import { builtSites, fixturesRoot, outputRoot } from '../support/paths.ts';
import { BASIC_SITE_BUILD_DATE } from '../global-setup.ts';

// The shared build of the basic fixture (tests/global-setup.ts) is the first; a quick rerun
// (TEST_SKIP_SITE_BUILDS=1) may have kept it from older code, so then both are built here.
const reuse = process.env.TEST_SKIP_SITE_BUILDS === '1';
const dirs = [reuse ? path.join(outputRoot, 'determinism-1') : builtSites.basic, path.join(outputRoot, 'determinism-2')] as const;

beforeAll(async () => {
  // One after the other, each into a fresh folder (astroBuild empties it first).
  for (const outDir of reuse ? dirs : dirs.slice(1)) {
    await astroBuildOrThrow({ contentDir: path.join(fixturesRoot, 'sites/basic/content'), outDir, buildDate: BASIC_SITE_BUILD_DATE });
  }
});

/** Files whose bytes differ, each with the first differing stretch of text. */
async function differences(files: string[]): Promise<string[]> {
  const different: string[] = [];
  for (const file of files) {
    const [a, b] = await Promise.all(dirs.map((dir) => readFile(path.join(dir, file))));
    if (a!.equals(b!)) continue;
    let at = 0;
    while (at < a!.length && a![at] === b![at]) at += 1;
    different.push(`${file} @${at}: ${JSON.stringify(a!.subarray(at, at + 60).toString())} ≠ ${JSON.stringify(b!.subarray(at, at + 60).toString())}`);
  }
  return different;
}

describe('two builds of the basic fixture', () => {
  it('write the same files', async () => {
    const [first, second] = await Promise.all(dirs.map((dir) => builtFiles(dir, '')));
    expect(first!.length).toBeGreaterThan(10);
    expect(second).toEqual(first);
  });

  it('write every HTML page byte for byte the same', async () => {
    const pages = await builtFiles(dirs[0], '.html');
    expect(pages.length).toBeGreaterThan(5);
    expect(await differences(pages)).toEqual([]);
  });

  it('write every other file (CSS, scripts, sitemap, Pagefind index) the same', async () => {
    const others = (await builtFiles(dirs[0], '')).filter((file) => !file.endsWith('.html'));
    expect(others.some((file) => file.startsWith('pagefind/fragment/'))).toBe(true);
    expect(await differences(others)).toEqual([]);
  });
});
