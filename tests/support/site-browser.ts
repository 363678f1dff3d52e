/**
 * A built site served on 127.0.0.1 and opened in Chromium as its host would serve it: the
 * headers of the build's `_headers` file (Content-Security-Policy and the rest) are added
 * to every response. Every request is recorded; one to another origin is refused, never sent.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { parseHeadersFile } from './headers-file.ts';
import { serveStatic, type RunningServer } from './static-server.ts';

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Every URL requested, in order, from the page and its workers. */
  requests: string[];
  /** Console errors (CSP violations among them) and uncaught exceptions. */
  errors: string[];
}

/** How a page is opened: the window's size (Playwright's default is 1280×720), JavaScript on or off. */
export interface OpenOptions {
  viewport?: { width: number; height: number };
  javaScriptEnabled?: boolean;
}

export interface SiteBrowser {
  url: string;
  browser: Browser;
  open(urlPath: string, ready?: string, options?: OpenOptions): Promise<OpenedPage>;
  close(): Promise<void>;
}

/** The `/*` headers of the build's `_headers` file (the site sets no other patterns). */
function hostHeaders(siteDir: string): Record<string, string> {
  const file = path.join(siteDir, '_headers');
  if (!existsSync(file)) return {};
  return Object.fromEntries(parseHeadersFile(readFileSync(file, 'utf8')).get('/*') ?? []);
}

export async function openSite(siteDir: string): Promise<SiteBrowser> {
  const server: RunningServer = await serveStatic(siteDir);
  const browser = await launchBrowser();
  const headers = hostHeaders(siteDir);
  const contexts: BrowserContext[] = [];
  return {
    url: server.url,
    browser,
    async open(urlPath, ready, options = {}) {
      const context = await browser.newContext(options);
      contexts.push(context);
      const requests: string[] = [];
      const errors: string[] = [];
      context.on('request', (request) => requests.push(request.url()));
      await context.route('**/*', async (route) => {
        if (new URL(route.request().url()).origin !== server.url) return route.abort('blockedbyclient');
        const response = await route.fetch();
        const extra: Record<string, string> = { ...headers };
        // The test server labels its 404 page application/octet-stream; a host sends it as HTML.
        if (response.status() === 404 && route.request().isNavigationRequest()) extra['content-type'] = 'text/html; charset=utf-8';
        return route.fulfill({ response, headers: { ...response.headers(), ...extra } });
      });
      const page = await context.newPage();
      // CSP violations and script errors show up here; a page that causes them is broken.
      const address = `${server.url}${urlPath}`;
      page.on('console', (message) => {
        // The 404 page's own status is not an error of the page.
        const ownStatus = message.location().url === address && /status of 404/.test(message.text());
        if (message.type() === 'error' && !ownStatus) errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(address, { waitUntil: 'networkidle' });
      if (ready) {
        await page.waitForSelector(ready, { timeout: 10_000 }).catch((error: Error) => {
          // Say why the page never got there (a CSP violation, a script error) rather than only "timeout".
          throw new Error(`${urlPath}: ${ready} never appeared (${error.message.split('\n')[0]}). Console: ${errors.join(' | ') || 'nothing'}`);
        });
      }
      return { page, context, requests, errors };
    },
    async close() {
      await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
      await browser.close();
      await server.close();
    },
  };
}
