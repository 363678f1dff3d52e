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
      title: `ページの重さ ${PAGE}（gzip）`,
      rows: [
        ...loaded.map((item) => ({ 資源: item.url, 種類: item.type, 'そのまま (KB)': kb(item.raw), 'gzip (KB)': kb(item.gzip) })),
        { 資源: '合計', 種類: `${loaded.length} 件`, 'そのまま (KB)': kb(loaded.reduce((sum, item) => sum + item.raw, 0)), 'gzip (KB)': kb(total) },
      ],
      notes: [
        `予算: 合計 ${BUDGET_KB} KB 以内 → ${kb(total)} KB（${total <= BUDGET_KB * 1024 ? '達成' : '超過'}）`,
        `JavaScript: 読み込み ${kb(script)} KB（検索語の強調などの任意の機能）。読むのに必要な JavaScript: ${withoutScript > 0 && withoutScript === withScript ? '0 KB（JavaScript を切っても本文 ' + withoutScript + ' 文字が同じく表示される: 達成）' : '本文が JavaScript なしでは表示されない（超過）'}`,
      ],
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
