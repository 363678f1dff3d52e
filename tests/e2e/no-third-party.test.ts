/** No page loads anything from another origin: no fonts, analytics, CDNs or embeds. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_KINDS } from '../support/page-kinds.ts';
import { builtSites } from '../support/paths.ts';
import { openSite, type SiteBrowser } from '../support/site-browser.ts';

let site: SiteBrowser;
beforeAll(async () => { site = await openSite(builtSites.real); });
afterAll(async () => { await site?.close(); });

describe('no request leaves the origin', () => {
  it.each(PAGE_KINDS)('$kind ($path)', async ({ path, ready }) => {
    const { page, requests, errors } = await site.open(path, ready);
    // Let late work (Pagefind's worker and index fragments, lazy assets) finish.
    await page.waitForLoadState('networkidle');
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => new URL(url).origin !== site.url && !url.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
