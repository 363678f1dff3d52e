/** The two pages that answer with JavaScript on top of HTML that already answers without it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSites } from '../support/paths.ts';
import { openSite, type SiteBrowser } from '../support/site-browser.ts';

let site: SiteBrowser;
beforeAll(async () => (site = await openSite(builtSites.real)));
afterAll(() => site?.close());

describe('history: 「この日に適用されていた版」', () => {
  it('jumps to the revision in force on a date, links it, and says when none was', async () => {
    const { page, errors } = await site.open('/policies/website-policy/history/', '#in-force:not([hidden])');
    await page.fill('#in-force-date', '2020-06-01');
    await page.click('#in-force button');
    await expect.poll(() => page.textContent('#in-force-result')).toBe('2020年6月1日に適用されていたのは「2015年12月1日の版」です。');
    expect(await page.getAttribute('#in-force-result a', 'href')).toBe('/policies/website-policy/2015-12-01/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rev-2015-12-01');

    await page.fill('#in-force-date', '2026-11-25');
    await page.click('#in-force button');
    await expect.poll(() => page.textContent('#in-force-result')).toContain('2026年11月25日の版');

    await page.fill('#in-force-date', '2010-01-01');
    await page.click('#in-force button');
    await expect.poll(() => page.textContent('#in-force-result')).toContain('最初に収録した版より前');
    expect(await page.locator('#in-force-result a').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('keeps the date in the address, so a shared address opens answered', async () => {
    const { page } = await site.open('/policies/website-policy/history/', '#in-force:not([hidden])');
    await page.fill('#in-force-date', '2020-06-01');
    await page.click('#in-force button');
    await expect.poll(() => new URL(page.url()).search).toBe('?date=2020-06-01');
    const shared = await site.open('/policies/website-policy/history/?date=2020-06-01', '#in-force-result a');
    expect(await shared.page.inputValue('#in-force-date')).toBe('2020-06-01');
    expect(await shared.page.getAttribute('#in-force-result a', 'href')).toBe('/policies/website-policy/2015-12-01/');
  });

  it('says that later revisions may come for a day after the site’s date', async () => {
    const { page } = await site.open('/policies/website-policy/history/?date=2040-04-01', '#in-force-result a');
    expect(await page.textContent('#in-force-result')).toBe('2026年11月25日の時点では、2040年4月1日に適用されるのは「2026年11月25日の版」です。それまでに新しい版が定められることもあります。');
  });

  it('says, without JavaScript, that the list answers the question', async () => {
    const { page } = await site.open('/policies/website-policy/history/', undefined, { javaScriptEnabled: false });
    expect(await page.isVisible('#in-force')).toBe(false);
    expect(await page.locator('main .notice').textContent()).toContain('適用期間');
  });
});

describe('compare', () => {
  it('diffs the two chosen revisions in the browser and keeps the choice in the URL', async () => {
    const { page, errors } = await site.open('/policies/website-policy/compare/', '#compare-summary:not([hidden])');
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

  it('shows the counts, the changed sections and the two views of the chosen pair', async () => {
    const { page } = await site.open('/policies/website-policy/compare/', '#compare-summary:not([hidden])');
    expect(await page.textContent('#compare-counts')).toBe('追加 2 文字、削除 2 文字');
    const section = page.locator('#compare-sections a');
    expect(await section.allTextContents()).toEqual(['8.関係法令及びその他の規範の遵守について']);
    const anchor = decodeURIComponent((await section.getAttribute('href'))!.slice(1));
    expect(await page.locator(`#compare-result [id="${anchor}"]`).count()).toBe(1);
    // A revision and the one before it: the changes page's own 新旧対照表.
    expect(await page.getAttribute('#compare-views a', 'href')).toBe('/policies/website-policy/changes/2026-11-25/table/');
    // Any other pair: the table on the compare page itself.
    await page.selectOption('#compare-from', '2026-11-25');
    await page.selectOption('#compare-to', '2015-12-01');
    await page.click('#compare-form button');
    await expect.poll(() => page.getAttribute('#compare-views a', 'href')).toBe('/policies/website-policy/compare/?from=2026-11-25&to=2015-12-01&view=table');
    const table = await site.open('/policies/website-policy/compare/?from=2026-11-25&to=2015-12-01&view=table', '#compare-result table.shinkyu');
    expect(await table.page.locator('#compare-result .bosen').allTextContents()).toEqual(['法例', '法令']);
  });

  it('opens a shared comparison from its URL', async () => {
    const { page } = await site.open('/policies/website-policy/compare/?from=2026-11-25&to=2015-12-01', '#compare-form:not([hidden])');
    await expect.poll(() => page.locator('#compare-result [data-diff] del').allTextContents()).toEqual(['法令']);
  });

  it('shows the same diff as the changes page built for that pair (which also marks where headings wrap)', async () => {
    const { page } = await site.open('/policies/website-policy/compare/', '#compare-summary:not([hidden])');
    const inBrowser = await page.locator('#compare-result [data-diff]').innerHTML();
    const built = await site.open('/policies/website-policy/changes/2026-11-25/');
    const withoutWbr = await built.page.evaluate(() => {
      const region = document.querySelector('[data-diff]')!;
      for (const wbr of region.querySelectorAll('wbr')) wbr.remove();
      return region.innerHTML;
    });
    expect(inBrowser).toBe(withoutWbr);
  });

  it('explains, without JavaScript, where the changes between consecutive revisions are', async () => {
    const { page } = await site.open('/policies/website-policy/compare/', undefined, { javaScriptEnabled: false });
    expect(await page.isVisible('#compare-form')).toBe(false);
    const notice = page.locator('main .notice');
    expect(await notice.textContent()).toContain('JavaScript');
    expect(await notice.locator('a').getAttribute('href')).toBe('#compare-pairs');
    expect(await page.locator('#compare-pairs + p + ul a').getAttribute('href')).toBe('/policies/website-policy/changes/2026-11-25/');
  });
});
