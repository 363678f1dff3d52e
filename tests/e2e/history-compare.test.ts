/** The two pages that answer with JavaScript on top of HTML that already answers without it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSites } from '../support/paths.ts';
import { openSite, type SiteBrowser } from '../support/site-browser.ts';

let site: SiteBrowser;
beforeAll(async () => (site = await openSite(builtSites.real)));
afterAll(() => site?.close());

describe('history: 「この日に適用されていた版は」', () => {
  it('jumps to the revision in force on a date, and says when none was', async () => {
    const { page, errors } = await site.open('/policies/website-policy/history/', '#in-force:not([hidden])');
    await page.fill('#in-force-date', '2020-06-01');
    await page.click('#in-force button');
    await expect.poll(() => page.textContent('#in-force-result')).toContain('2015年12月1日の版');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rev-2015-12-01');

    await page.fill('#in-force-date', '2026-11-25');
    await page.click('#in-force button');
    await expect.poll(() => page.textContent('#in-force-result')).toContain('2026年11月25日の版');

    await page.fill('#in-force-date', '2010-01-01');
    await page.click('#in-force button');
    await expect.poll(() => page.textContent('#in-force-result')).toContain('最初に収録した版より前');
    expect(errors).toEqual([]);
  });
});

describe('compare', () => {
  it('diffs the two chosen revisions in the browser and keeps the choice in the URL', async () => {
    const { page, errors } = await site.open('/policies/website-policy/compare/', '#compare-form:not([hidden])');
    await expect.poll(() => page.textContent('#compare-status')).toContain('追加 2 文字、削除 2 文字');
    expect(await page.locator('#compare-result [data-diff] ins').allTextContents()).toEqual(['法令']);
    expect(await page.locator('#compare-result [data-diff] del').allTextContents()).toEqual(['法例']);

    await page.selectOption('#compare-from', '2026-11-25');
    await page.selectOption('#compare-to', '2015-12-01');
    await page.click('#compare-form button');
    await expect.poll(() => page.locator('#compare-result [data-diff] ins').allTextContents()).toEqual(['法例']);
    expect(new URL(page.url()).search).toBe('?from=2026-11-25&to=2015-12-01');
    expect(errors).toEqual([]);
  });

  it('opens a shared comparison from its URL', async () => {
    const { page } = await site.open('/policies/website-policy/compare/?from=2026-11-25&to=2015-12-01', '#compare-form:not([hidden])');
    await expect.poll(() => page.locator('#compare-result [data-diff] del').allTextContents()).toEqual(['法令']);
  });

  it('shows the same diff as the changes page built for that pair', async () => {
    const { page } = await site.open('/policies/website-policy/compare/', '#compare-form:not([hidden])');
    await expect.poll(() => page.textContent('#compare-status')).toContain('追加');
    const inBrowser = await page.locator('#compare-result [data-diff]').innerHTML();
    const built = await site.open('/policies/website-policy/changes/2026-11-25/');
    expect(inBrowser).toBe(await built.page.locator('[data-diff]').first().innerHTML());
  });
});
