/**
 * `npm run dev` has no index of its own; the dev server serves the last build's /pagefind/
 * (src/integrations/dev-search-index.ts). Started for real on 127.0.0.1 over a scratch
 * output folder that the test fills as staff would by running `npm run build`: first
 * nothing, then an index of an older lexicon format, then the real build's. Driven in
 * Chromium, and stopped by the test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { openDevPreview, type DevPreview, type DevServer } from '../support/dev-server.ts';
import { lastIndex } from '../../src/integrations/dev-search-index.ts';
import { builtSites } from '../support/paths.ts';
import { removeTempDirs, tempDir } from '../support/temp.ts';

let preview: DevPreview | undefined;
let dev: DevServer;
let browser: Browser;
let outDir = '';

beforeAll(async () => {
  outDir = await tempDir('dev-search-');
  preview = await openDevPreview({ outDir, readyPath: '/search/' });
  ({ dev, browser } = preview);
}, 120_000);

afterAll(async () => {
  await preview?.close();
  await removeTempDirs();
});

/** What the search page says for a query, once it has answered. */
async function searchPage(query: string): Promise<{ summary: string; results: number; note: string }> {
  const page = await browser.newPage();
  try {
    await page.goto(`${dev.origin}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => {
      const text = document.querySelector('#search-summary')?.textContent ?? '';
      return text !== '' && text !== '検索しています…';
    }, undefined, { timeout: 20_000 });
    return {
      summary: (await page.locator('#search-summary').textContent()) ?? '',
      results: await page.locator('#search-results > li').count(),
      note: (await page.locator('.search__preview-note').textContent()) ?? '',
    };
  } finally {
    await page.close();
  }
}

describe('search under npm run dev', () => {
  it('says at start that there is no index yet, and the page says to run npm run build', async () => {
    expect(dev.output()).toContain('検索の索引がまだありません。npm run build');
    const shown = await searchPage('クッキー');
    expect(shown.summary).toContain('npm run build を実行して');
    expect(shown.results).toBe(0);
    // The preview says, before any search, that edits are found only after the next build.
    expect(shown.note).toContain('npm run build');
  });

  it('says to run npm run build, not to reload, when the index is of an older format', async () => {
    await cp(path.join(builtSites.real, 'pagefind'), path.join(outDir, 'pagefind'), { recursive: true });
    const lexicon = path.join(outDir, 'pagefind/lexicon.json');
    const data = JSON.parse(await readFile(lexicon, 'utf8')) as { version: number };
    await writeFile(lexicon, JSON.stringify({ ...data, version: data.version - 1 }));
    const shown = await searchPage('クッキー');
    expect(shown.summary).toContain('npm run build を実行して');
    expect(shown.results).toBe(0);
  });

  it('searches with the index of a build made while it runs, served byte for byte', async () => {
    await cp(path.join(builtSites.real, 'pagefind/lexicon.json'), path.join(outDir, 'pagefind/lexicon.json'));
    const shown = await searchPage('クッキー');
    expect(shown.summary).toMatch(/「クッキー」の検索結果 \d+ 件/);
    expect(shown.results).toBeGreaterThan(0);
    const response = await fetch(`${dev.origin}/pagefind/pagefind.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('javascript');
    // Never kept by the browser: a build run beside the dev server shows on the next reload.
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(await readFile(path.join(builtSites.real, 'pagefind/pagefind.js')));
  });

  it('serves nothing outside the index folder', async () => {
    await writeFile(path.join(outDir, 'index.html'), '<p>outside</p>');
    // An encoded "../" reaches the middleware as written; the output folder's own home page lies just outside the index folder.
    for (const escape of ['/pagefind/%2e%2e%2findex.html', '/pagefind/..%2F..%2Fpackage.json', '/pagefind/missing.pf_index']) {
      expect((await fetch(`${dev.origin}${escape}`)).status, escape).toBe(404);
    }
  });
});

describe('what the dev server says of the last build at start', () => {
  it('tells an index this page reads from one it cannot (of another format, or unreadable), and from none', async () => {
    const dir = await tempDir('dev-search-state-');
    expect(await lastIndex(dir)).toEqual({ state: 'missing' });
    await cp(path.join(builtSites.real, 'pagefind/pagefind.js'), path.join(dir, 'pagefind.js'));
    // An index with no lexicon at all came from before the lexicon existed.
    expect((await lastIndex(dir)).state).toBe('outdated');
    const lexicon = JSON.parse(await readFile(path.join(builtSites.real, 'pagefind/lexicon.json'), 'utf8')) as { version: number };
    await writeFile(path.join(dir, 'lexicon.json'), JSON.stringify({ ...lexicon, version: lexicon.version - 1 }));
    expect((await lastIndex(dir)).state).toBe('outdated');
    // A build cut short leaves it half written, or empty: unreadable, never a crash of the dev server.
    for (const broken of ['{"version": 8, "keys": [', '', 'null']) {
      await writeFile(path.join(dir, 'lexicon.json'), broken);
      expect((await lastIndex(dir)).state, JSON.stringify(broken)).toBe('outdated');
    }
    await writeFile(path.join(dir, 'lexicon.json'), JSON.stringify(lexicon));
    expect((await lastIndex(dir)).state).toBe('ready');
  });
});
