/**
 * `npm run screenshots [-- --no-build]`: full-page screenshots of every kind of page
 * (tests/support/page-kinds.ts) at a phone's width (390×844) and a desktop's (1280×900),
 * and the policy page as printed, for a reviewer to look at. Not part of `npm test`.
 *
 * Builds the real site as the tests do (same build date, repository links) and the fixture
 * site (a footnote, a scheduled revision), unless --no-build reuses the last builds; writes
 * PNGs to tests/.output/screenshots/ and prints their paths.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { REAL_SITE_BUILD_DATE, REAL_SITE_REPOSITORY, BASIC_SITE_BUILD_DATE } from '../tests/global-setup.ts';
import { astroBuildOrThrow } from '../tests/support/build.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { PAGE_KINDS, type PageKind } from '../tests/support/page-kinds.ts';
import { fixturesRoot, outputRoot } from '../tests/support/paths.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { VIEWPORTS } from '../tests/support/viewports.ts';

const OUT = path.join(outputRoot, 'screenshots');
const SITES = {
  real: { dir: path.join(OUT, 'site-real'), contentDir: 'content', buildDate: REAL_SITE_BUILD_DATE, env: { POLICY_REPOSITORY_URL: REAL_SITE_REPOSITORY } },
  basic: { dir: path.join(OUT, 'site-basic'), contentDir: path.join(fixturesRoot, 'sites/basic/content'), buildDate: BASIC_SITE_BUILD_DATE, env: {} },
};
/** Pages only the fixture site has. */
const FIXTURE_KINDS: PageKind[] = [
  { kind: 'fixture - footnotes', path: '/policies/beta/' },
  { kind: 'fixture - scheduled revision', path: '/policies/gamma/2027-01-01/' },
  { kind: 'fixture - current with upcoming notice', path: '/policies/gamma/' },
  { kind: 'fixture - portal', path: '/' },
];

const fileName = (kind: string) => kind.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();

async function main(): Promise<void> {
  const build = !process.argv.includes('--no-build');
  for (const site of Object.values(SITES)) {
    if (build || !existsSync(site.dir)) {
      console.log(`building ${site.contentDir} → ${path.relative(process.cwd(), site.dir)}`);
      await astroBuildOrThrow({ contentDir: site.contentDir, outDir: site.dir, buildDate: site.buildDate, env: site.env });
    }
  }
  const shots = path.join(OUT, 'png');
  await rm(shots, { recursive: true, force: true });
  await mkdir(shots, { recursive: true });
  const browser = await launchBrowser();
  const written: string[] = [];
  try {
    for (const [name, site] of Object.entries(SITES)) {
      const server = await serveStatic(site.dir);
      const kinds = name === 'real' ? PAGE_KINDS : FIXTURE_KINDS;
      try {
        for (const viewport of VIEWPORTS) {
          const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, deviceScaleFactor: 1 });
          for (const { kind, path: urlPath, ready } of kinds) {
            const page = await context.newPage();
            await page.goto(`${server.url}${urlPath}`, { waitUntil: 'networkidle' });
            if (ready) await page.waitForSelector(ready, { timeout: 10_000 });
            const file = path.join(shots, `${viewport.name}-${fileName(kind)}.png`);
            await page.screenshot({ path: file, fullPage: true });
            written.push(file);
            await page.close();
          }
          if (name === 'real') {
            // The policy page as printed (print styles, the print line filled in).
            const page = await context.newPage();
            await page.goto(`${server.url}/policies/website-policy/`, { waitUntil: 'networkidle' });
            await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
            await page.emulateMedia({ media: 'print' });
            const file = path.join(shots, `${viewport.name}-print-policy.png`);
            await page.screenshot({ path: file, fullPage: true });
            written.push(file);
            await page.close();
          }
          await context.close();
        }
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
  for (const file of written) console.log(path.relative(process.cwd(), file));
  console.log(`${written.length} screenshots in ${path.relative(process.cwd(), shots)}/`);
}

await main();
