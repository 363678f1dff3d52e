/**
 * Every kind of page at a phone's width and a desktop's, as a member holds them: nothing
 * scrolls sideways, every control is at least 24 px high (WCAG 2.2 target size) and every
 * field has at least 16 px text (iOS zooms into smaller), focus is always visible, and the
 * one-word correction is on the first screens of its changes page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PAGE_KINDS } from '../support/page-kinds.ts';
import { builtSites } from '../support/paths.ts';
import { openSite, type SiteBrowser } from '../support/site-browser.ts';
import { VIEWPORTS } from '../support/viewports.ts';

let site: SiteBrowser;
beforeAll(async () => { site = await openSite(builtSites.real); });
afterAll(async () => { await site?.close(); });

const CONTROLS = 'button, input:not([type="hidden"]), select, textarea, summary, .button, .view-switch a, .view-switch span';
const FIELDS = 'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]), select, textarea';

/** Visible elements matching a selector, with their height and font size. */
const measure = (page: Page, selector: string) => page.evaluate((selector) => [...document.querySelectorAll<HTMLElement>(selector)]
  .filter((element) => element.checkVisibility())
  .map((element) => ({
    what: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className ? `.${String(element.className).split(' ')[0]}` : ''} ${element.textContent?.trim().slice(0, 20) ?? ''}`,
    height: element.getBoundingClientRect().height,
    fontSize: parseFloat(getComputedStyle(element).fontSize),
  })), selector);

describe.each(VIEWPORTS)('at $width×$height', (viewport) => {
  const open = (urlPath: string, ready?: string) => site.open(urlPath, ready, { viewport });

  it.each(PAGE_KINDS)('$kind: no sideways scrolling; controls ≥ 24 px high, fields ≥ 16 px text', async ({ path, ready }) => {
    const { page } = await open(path, ready);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    const controls = await measure(page, CONTROLS);
    expect(controls.filter((control) => control.height < 24).map((control) => `${control.what}: ${control.height}px`)).toEqual([]);
    const fields = await measure(page, FIELDS);
    expect(fields.filter((field) => field.fontSize < 16).map((field) => `${field.what}: ${field.fontSize}px`)).toEqual([]);
  });

  it.each(PAGE_KINDS)('$kind: every element Tab reaches shows a focus indicator', async ({ path, ready }) => {
    const { page } = await open(path, ready);
    const unringed: string[] = [];
    let reached = 0;
    for (let step = 0; step < 60; step += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return undefined;
        const style = getComputedStyle(element);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        return { what: `${element.tagName.toLowerCase()} ${element.textContent?.trim().slice(0, 20) ?? ''}`, ringed: outline || style.boxShadow !== 'none' };
      });
      if (!focus) break;
      reached += 1;
      if (!focus.ringed) unringed.push(focus.what);
    }
    expect(reached).toBeGreaterThan(0);
    expect(unringed).toEqual([]);
  });

  it('the two-character correction 法例→法令 is within the first two screens of its changes page', async () => {
    const { page } = await open('/policies/website-policy/changes/2026-11-25/');
    const top = await page.evaluate(() => document.querySelector('[data-diff] ins, [data-diff] del')!.getBoundingClientRect().top + scrollY);
    expect(top).toBeLessThan(2 * viewport.height);
  });
});
