/**
 * Page weight of /policies/website-policy/: every byte the browser loads for it, gzipped
 * as a host would send it. Budget: 20 KB in total, and no JavaScript needed to read it.
 */
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { realSiteForBench } from './scale.ts';
import type { BenchResult } from './run.ts';

const PAGE = '/policies/website-policy/';
const BUDGET_KB = 20;

export async function runPageWeightBench(): Promise<BenchResult> {
  const server = await serveStatic(await realSiteForBench());
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const loaded: { url: string; type: string; raw: number; gzip: number }[] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      pending.push(response.body().then((body) => {
        loaded.push({ url: response.url().replace(server.url, ''), type: response.request().resourceType(), raw: body.length, gzip: gzipSync(body).length });
      }, () => undefined));
    });
    await page.goto(`${server.url}${PAGE}`, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    // "Required to read" is measured, not assumed: the same text must be there with JavaScript off.
    const bodyText = () => document.querySelector('.policy-body')?.textContent?.length ?? 0;
    const withScript = await page.evaluate(bodyText);
    const noScriptContext = await browser.newContext({ javaScriptEnabled: false });
    const noScriptPage = await noScriptContext.newPage();
    await noScriptPage.goto(`${server.url}${PAGE}`);
    const withoutScript = await noScriptPage.evaluate(bodyText);
    await noScriptContext.close();
    const kb = (bytes: number) => (bytes / 1024).toFixed(1);
    const total = loaded.reduce((sum, item) => sum + item.gzip, 0);
    const script = loaded.filter((item) => item.type === 'script').reduce((sum, item) => sum + item.gzip, 0);
    return {
      title: `Page weight of ${PAGE} (gzip)`,
      rows: [
        ...loaded.map((item) => ({ resource: item.url, type: item.type, 'raw (KB)': kb(item.raw), 'gzip (KB)': kb(item.gzip) })),
        { resource: 'total', type: `${loaded.length} resources`, 'raw (KB)': kb(loaded.reduce((sum, item) => sum + item.raw, 0)), 'gzip (KB)': kb(total) },
      ],
      notes: [
        `Budget: ≤ ${BUDGET_KB} KB in total → ${kb(total)} KB (${total <= BUDGET_KB * 1024 ? 'met' : 'over'})`,
        `JavaScript: ${kb(script)} KB loaded (optional features such as search-term highlighting). JavaScript required to read: ${withoutScript > 0 && withoutScript === withScript ? '0 KB (with JavaScript off, the body shows the same ' + withoutScript + ' characters: met)' : 'the body does not show without JavaScript (over)'}`,
      ],
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
