/** Every internal link, asset and #fragment in both built sites resolves. */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { siteConfig } from '../../src/site.config.ts';
import { checkInternalLinks } from '../support/link-check.ts';
import { builtSites } from '../support/paths.ts';
import { removeTempDirs, tempDir } from '../support/temp.ts';

const origin = new URL(siteConfig.url).origin;
afterAll(removeTempDirs);

describe('internal links', () => {
  it.each(Object.entries(builtSites))('%s: every href, src and #fragment resolves', async (_name, dir) => {
    const report = await checkInternalLinks(dir, origin);
    expect(report.broken).toEqual([]);
    // It looked: stylesheets, navigation, canonical URLs and the tables of contents.
    expect(report.checked.internal).toBeGreaterThan(50);
    expect(report.checked.fragments).toBeGreaterThan(0);
  });

  it('finds missing files and missing fragments (the checker itself)', async () => {
    const dir = await tempDir('links-');
    await mkdir(path.join(dir, 'a'));
    await writeFile(path.join(dir, 'a/index.html'), '<h2 id="節">節</h2><a href="../">戻る</a><a href="#節">節</a>');
    await writeFile(path.join(dir, 'style.css'), '');
    await writeFile(path.join(dir, 'index.html'), [
      '<!-- <a href="/commented-out/">x</a> -->',
      '<link rel="stylesheet" href="/style.css"><script src="/missing.js"></script>',
      '<a href="a/">ok</a><a href="/a/#%E7%AF%80">ok</a><a href="/a/#無い節">bad</a>',
      `<a href="${origin}/gone/">bad</a><a href="https://example.org/x/">external</a><a href="mailto:x@example.org">mail</a>`,
      '<img src="/img.png" alt=""><form action="/search/"></form><a href="#top">bad</a>',
    ].join(''));
    const report = await checkInternalLinks(dir, origin);
    expect(report.broken).toEqual([
      '/: /missing.js → ファイルがありません',
      '/: /a/#無い節 → #無い節 という id がありません',
      `/: ${origin}/gone/ → ファイルがありません`,
      '/: /img.png → ファイルがありません',
      '/: /search/ → ファイルがありません',
      '/: #top → #top という id がありません',
    ]);
  });
});
