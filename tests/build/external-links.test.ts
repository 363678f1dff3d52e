/** Links to other sites never hand them the reader's page (noreferrer) or a window handle (noopener). */
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import { parseDocument } from '../support/html.ts';
import { builtPages } from '../support/site-files.ts';
import { builtSites } from '../support/paths.ts';

const origin = new URL(siteConfig.url).origin;

describe('external links', () => {
  it('every <a> to another origin, in every built site, has rel="noopener noreferrer"', async () => {
    const unsafe: string[] = [];
    let external = 0;
    for (const dir of Object.values(builtSites)) {
      for (const page of await builtPages(dir)) {
        for (const anchor of parseDocument(page.html).querySelectorAll('a[href]')) {
          const href = anchor.getAttribute('href')!;
          if (!/^https?:/i.test(href) || new URL(href).origin === origin) continue;
          external += 1;
          const rel = new Set((anchor.getAttribute('rel') ?? '').toLowerCase().split(/\s+/));
          if (!rel.has('noopener') || !rel.has('noreferrer')) unsafe.push(`${page.urlPath}: ${href} rel="${anchor.getAttribute('rel') ?? ''}"`);
        }
      }
    }
    expect(unsafe).toEqual([]);
    // The real site links other sites from its text and its provenance: the check saw them.
    expect(external).toBeGreaterThan(10);
  });
});
