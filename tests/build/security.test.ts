/**
 * The Content-Security-Policy and the other security headers: one policy, in public/_headers
 * and in every page's <meta>, that forbids inline script and anything from another origin.
 */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCsp, parseHeadersFile } from '../support/headers-file.ts';
import { parseDocument } from '../support/html.ts';
import { builtPages } from '../support/site-files.ts';
import { builtSites, projectRoot } from '../support/paths.ts';

const headersText = await readFile(path.join(projectRoot, 'public/_headers'), 'utf8');
const everyPage = parseHeadersFile(headersText).get('/*') ?? new Map<string, string>();
const policy = everyPage.get('content-security-policy') ?? '';
const sites = Object.entries(builtSites);

describe('public/_headers', () => {
  it('sends the usual security headers on every path', () => {
    expect(everyPage.get('x-content-type-options')).toBe('nosniff');
    expect(everyPage.get('referrer-policy')).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
    // Framing is refused by X-Frame-Options or by frame-ancestors (which only works as a header).
    const frameAncestors = parseCsp(policy).get('frame-ancestors');
    expect(everyPage.get('x-frame-options') === 'DENY' || frameAncestors?.join(' ') === "'none'").toBe(true);
    expect(everyPage.get('permissions-policy')).toMatch(/camera=\(\)/);
  });

  it('has a policy that allows only this origin and Pagefind, and no inline script', () => {
    const csp = parseCsp(policy);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toBeDefined();
    expect(csp.get('form-action')).toEqual(["'self'"]);
    // Nothing inline or evaluated, and no other origin anywhere (data: is Pagefind UI's icon).
    const sources = [...csp.values()].flat();
    expect(sources.filter((source) => /^'(unsafe-inline|unsafe-eval|unsafe-hashes|strict-dynamic|nonce-.*|sha\d+-.*)'$|^https?:|\*/.test(source))).toEqual([]);
    expect(sources.filter((source) => source.includes(':') && source !== 'data:')).toEqual([]);
  });

  it.each(sites)('%s: is copied into the build unchanged', async (_name, dir) => {
    expect(await readFile(path.join(dir, '_headers'), 'utf8')).toBe(headersText);
  });
});

describe('built pages', () => {
  it.each(sites)('%s: every page carries the same policy in a <meta>, before anything it governs', async (_name, dir) => {
    const wrong: string[] = [];
    for (const page of await builtPages(dir)) {
      const elements = [...parseDocument(page.html).querySelectorAll('*')];
      const metas = elements.filter((element) => element.localName === 'meta' && element.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
      if (metas.length !== 1 || metas[0]!.getAttribute('content') !== policy) {
        wrong.push(`${page.urlPath}: ${metas.map((meta) => meta.getAttribute('content')).join(' | ') || 'なし'}`);
        continue;
      }
      // A <meta> policy only governs what comes after it.
      const before = elements.slice(0, elements.indexOf(metas[0]!));
      const governed = before.filter((element) => ['script', 'style'].includes(element.localName) || (element.localName === 'link' && element.hasAttribute('href') && element.getAttribute('rel') !== 'canonical'));
      if (governed.length > 0) wrong.push(`${page.urlPath}: <${governed[0]!.localName}> before the policy`);
    }
    expect(wrong).toEqual([]);
  });

  it.each(sites)('%s: no page has an inline <script> (JSON-LD aside) or inline style', async (_name, dir) => {
    const inline: string[] = [];
    for (const page of await builtPages(dir)) {
      for (const element of parseDocument(page.html).querySelectorAll('*')) {
        const name = element.localName;
        const type = element.getAttribute('type')?.toLowerCase();
        if (name === 'script' && !element.hasAttribute('src') && type !== 'application/ld+json') inline.push(`${page.urlPath}: <script>`);
        if (name === 'style') inline.push(`${page.urlPath}: <style>`);
        if (element.hasAttribute('style')) inline.push(`${page.urlPath}: <${name} style>`);
        const handlers = element.getAttributeNames().filter((attribute) => attribute.startsWith('on'));
        if (handlers.length > 0) inline.push(`${page.urlPath}: <${name} ${handlers.join(' ')}>`);
      }
    }
    expect(inline).toEqual([]);
  });
});
