/** An unusable environment variable stops the build at once, named, with nothing of Astro's around it. */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { astroBuild } from '../support/build.ts';
import { fixturesRoot, outputRoot } from '../support/paths.ts';

describe('the build with a broken environment', () => {
  it.each([
    ['SITE_URL', 'https://example.jp/privacy/'],
    ['POLICY_REPOSITORY_URL', 'http://github.com/o/r'],
    ['POLICY_PREVIEW', 'yes'],
  ])('%s=%s', async (name, value) => {
    const result = await astroBuild({ contentDir: path.join(fixturesRoot, 'sites/basic/content'), outDir: path.join(outputRoot, 'bad-env', name), env: { [name]: value } });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(`${name}「${value}」`);
    expect(result.output).not.toMatch(/\n\s+at |Stack trace|\[ERROR\]/);
  }, 60_000);
});
