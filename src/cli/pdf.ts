/**
 * PDF from the board document's print view, printed by a Chromium-family browser already on
 * the machine (Debian's chromium, Google Chrome, Microsoft Edge) through playwright-core.
 * No browser is ever downloaded: without one, the caller is told why in Japanese and writes
 * the other formats.
 */
import { existsSync } from 'node:fs';

/** Where a browser is looked for when CHROMIUM_PATH does not name one, in order. */
export const BROWSER_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
];

export type BrowserLookup = { ok: true; path: string } | { ok: false; message: string };

/** The browser to print with: CHROMIUM_PATH when it is set (and only it), else the first candidate found. */
export function findBrowser(env: Record<string, string | undefined>): BrowserLookup {
  const chosen = env['CHROMIUM_PATH'];
  if (chosen) {
    return existsSync(chosen)
      ? { ok: true, path: chosen }
      : { ok: false, message: `CHROMIUM_PATH に指定されたブラウザ「${chosen}」が見つかりません。` };
  }
  const found = BROWSER_CANDIDATES.find((candidate) => existsSync(candidate));
  return found
    ? { ok: true, path: found }
    : { ok: false, message: 'PDF を作るための Chromium 系のブラウザ（Chromium、Google Chrome、Microsoft Edge）が見つかりません。インストールするか、環境変数 CHROMIUM_PATH にブラウザの実行ファイルを指定してください。' };
}

export interface PdfPrinter {
  /** Prints one HTML document (with its own styles, loading nothing) to PDF, at the page size its @page rule gives. */
  print(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Starts the browser once for any number of documents. */
export async function openPdfPrinter(browserPath: string): Promise<PdfPrinter> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox'] });
  return {
    async print(html) {
      const page = await browser.newPage();
      try {
        // The print view loads nothing; refuse anything it might ask for all the same.
        await page.route('**/*', (route) => route.abort());
        await page.setContent(html, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        return await page.pdf({ preferCSSPageSize: true, printBackground: false, tagged: true, outline: false });
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}
