/**
 * Builds the shared sites once per test run; many test files then assert on them.
 * Skipped when TEST_SKIP_SITE_BUILDS=1 and the outputs already exist (quick local reruns).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { astroBuildOrThrow } from './support/build.ts';
import { builtSites, fixturesRoot } from './support/paths.ts';

/** Fixed so that the real site's current/past/scheduled split is the same on any day. */
export const REAL_SITE_BUILD_DATE = '2026-11-25';
export const BASIC_SITE_BUILD_DATE = '2025-06-01';
export const REAL_SITE_REPOSITORY = 'https://github.com/kitatokyo-seikatsuclub/privacy-policy-portal';

export default async function setup(): Promise<void> {
  const reuse = process.env.TEST_SKIP_SITE_BUILDS === '1';
  if (!(reuse && existsSync(builtSites.real))) {
    // As the deploy workflow builds it: with the repository its revision pages link to.
    await astroBuildOrThrow({
      contentDir: 'content', outDir: builtSites.real, buildDate: REAL_SITE_BUILD_DATE,
      env: { POLICY_REPOSITORY_URL: REAL_SITE_REPOSITORY },
    });
  }
  if (!(reuse && existsSync(builtSites.awkward))) {
    await astroBuildOrThrow({ contentDir: path.join(fixturesRoot, 'sites/awkward/content'), outDir: builtSites.awkward, buildDate: '2025-06-01' });
  }
  if (!(reuse && existsSync(builtSites.basic))) {
    await astroBuildOrThrow({
      contentDir: path.join(fixturesRoot, 'sites/basic/content'), outDir: builtSites.basic, buildDate: BASIC_SITE_BUILD_DATE,
    });
  }
}
