/**
 * axe-core on every kind of page at a phone's width and a desktop's, and the keyboard: the
 * skip link first and visible, every link and control reachable by Tab with a visible focus
 * indicator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { PAGE_KINDS } from '../support/page-kinds.ts';
import { builtSites, projectRoot } from '../support/paths.ts';
import { openSite, type SiteBrowser } from '../support/site-browser.ts';
import { VIEWPORTS } from '../support/viewports.ts';

const axeSource = await readFile(path.join(projectRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');

let site: SiteBrowser;
beforeAll(async () => { site = await openSite(builtSites.real); });
afterAll(async () => { await site?.close(); });

interface Violation { id: string; impact: string | null; help: string; targets: string[] }

async function axeViolations(page: Page): Promise<Violation[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern
  // (a <script> tag with axe's source would be refused, as it should be).
  await page.evaluate(`${axeSource}\n;undefined`);
  return page.evaluate(async () => {
    const { violations } = await (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } })
      .axe.run(document, { resultTypes: ['violations'] });
    return violations.map((violation) => ({
      id: violation.id, impact: violation.impact, help: violation.help,
      targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
    }));
  });
}

describe.each(VIEWPORTS)('axe-core at $width×$height', (viewport) => {
  it.each(PAGE_KINDS)('$kind ($path): zero violations', async ({ path: urlPath, ready }) => {
    const { page } = await site.open(urlPath, ready, { viewport });
    expect(await axeViolations(page)).toEqual([]);
  });
});

/** The focus ring as the reader sees it: outline and box-shadow. */
const ringOf = (page: Page) => page.evaluate(() => {
  const element = document.activeElement as HTMLElement;
  const style = getComputedStyle(element);
  return { outline: style.outlineStyle === 'none' ? 'none' : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`, shadow: style.boxShadow };
});

describe('keyboard', () => {
  it('Tab from the top reaches the skip link first; it is visible and moves focus to #content', async () => {
    const { page } = await site.open('/policies/website-policy/');
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const element = document.activeElement as HTMLAnchorElement;
      const box = element.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return {
        href: element.getAttribute('href'), text: element.textContent?.trim(),
        inViewport: box.width > 10 && box.height > 10 && box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight,
        onTop: hit === element || element.contains(hit),
      };
    });
    expect(skip).toEqual({ href: '#content', text: '本文へ移動', inViewport: true, onTop: true });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('content');
    // The next Tab continues inside the main content, not back in the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#content')))).toBe(true);
  });

  it('every link and control on a policy page is reached by Tab and shows a focus indicator', async () => {
    const { page } = await site.open('/policies/website-policy/');
    // Number the focusable elements and note how each looks unfocused.
    const expected = await page.evaluate(() => {
      const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
      return [...document.querySelectorAll<HTMLElement>(selector)]
        .filter((element) => element.checkVisibility() || element.classList.contains('skip-link'))
        .map((element, index) => {
          element.dataset.kb = String(index);
          const style = getComputedStyle(element);
          return { index, label: `${element.tagName.toLowerCase()} ${element.getAttribute('href') ?? element.getAttribute('name') ?? ''} ${element.textContent?.trim().slice(0, 20) ?? ''}`,
            outline: style.outlineStyle === 'none' ? 'none' : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`, shadow: style.boxShadow };
        });
    });
    expect(expected.length).toBeGreaterThan(15);

    const reached = new Set<number>();
    const withoutRing: string[] = [];
    for (let step = 0; step < expected.length + 5; step += 1) {
      await page.keyboard.press('Tab');
      const index = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.kb);
      if (index === undefined) continue;
      const item = expected[Number(index)]!;
      reached.add(item.index);
      const ring = await ringOf(page);
      if (ring.outline === item.outline && ring.shadow === item.shadow) withoutRing.push(item.label);
    }
    expect(expected.filter((item) => !reached.has(item.index)).map((item) => item.label)).toEqual([]);
    expect(withoutRing).toEqual([]);
  });

  it('the search page\'s field, filters and results show the same strong focus ring as every other page (a pale ring is under 3:1 on white)', async () => {
    const { page } = await site.open('/search/?q=個人情報');
    await page.locator('.search-result__link').first().waitFor();
    const rings: string[] = [];
    for (const selector of ['#content input[type="search"]', '#content input[type="checkbox"]', '#content select', '.search-result__link']) {
      await page.locator(selector).first().focus();
      rings.push(`${selector}: ${(await ringOf(page)).outline}`);
    }
    expect(rings).toEqual(rings.map((ring) => `${ring.slice(0, ring.indexOf(': '))}: solid 4px rgb(0, 0, 0)`));
  });
});
