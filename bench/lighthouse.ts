/**
 * Lighthouse (headless Debian Chromium) on the served real build: a policy page and the
 * search page with a query, on its default mobile profile and on the desktop preset.
 */
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { launch } from 'chrome-launcher';
import { CHROMIUM_PATH } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { realSiteForBench } from './scale.ts';
import type { BenchResult } from './run.ts';

const PAGES = ['/policies/website-policy/', `/search/?q=${encodeURIComponent('個人情報')}`];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export async function runLighthouseBench(): Promise<BenchResult> {
  const server = await serveStatic(await realSiteForBench());
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  const rows: BenchResult['rows'] = [];
  const notes: string[] = [];
  try {
    for (const [profile, config] of [['mobile', undefined], ['desktop', desktopConfig]] as const) {
      for (const page of PAGES) {
        const result = await lighthouse(`${server.url}${page}`, { port: chrome.port, logLevel: 'error', onlyCategories: [...CATEGORIES] }, config);
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse returned nothing for ${page}`);
        const score = (id: string) => {
          const value = lhr.categories[id]?.score;
          return value === null || value === undefined ? '—' : Math.round(value * 100);
        };
        rows.push({ page: decodeURIComponent(page), device: profile, performance: score('performance'), accessibility: score('accessibility'), 'best practices': score('best-practices'), SEO: score('seo') });
        // Name what cost points, so a low score says where to look.
        const failing = Object.values(lhr.audits)
          .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'notApplicable' && audit.scoreDisplayMode !== 'manual')
          .filter((audit) => CATEGORIES.some((id) => id !== 'performance' && lhr.categories[id]?.auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0)))
          .map((audit) => audit.id);
        if (failing.length > 0) notes.push(`${decodeURIComponent(page)} (${profile}) lost points on: ${failing.join(', ')}`);
        const consoleErrors = (lhr.audits['errors-in-console']?.details as { items?: { description?: string; sourceLocation?: { url?: string } }[] } | undefined)?.items ?? [];
        for (const item of consoleErrors) notes.push(`  console: ${item.description ?? ''} ${item.sourceLocation?.url?.replace(server.url, '') ?? ''}`);
      }
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return { title: 'Lighthouse (real site served on 127.0.0.1)', rows, notes };
}
