/** Links to other sites never hand them the reader's page (noreferrer) or a window handle (noopener). */
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import { tagsOf } from '../support/html-refs.ts';
import { builtPages } from '../support/site-files.ts';
import { builtSites } from '../support/paths.ts';

const origin = new URL(siteConfig.url).origin;

describe('external links', () => {
  it.each(Object.entries(builtSites))('%s: every <a> to another origin has rel="noopener noreferrer"', async (_name, dir) => {
    const unsafe: string[] = [];
    let external = 0;
    for (const page of await builtPages(dir)) {
      for (const tag of tagsOf(page.html)) {
        const href = tag.attributes.get('href');
        if (tag.name !== 'a' || !href || !/^https?:/i.test(href) || new URL(href).origin === origin) continue;
        external += 1;
        const rel = new Set((tag.attributes.get('rel') ?? '').toLowerCase().split(/\s+/));
        if (!rel.has('noopener') || !rel.has('noreferrer')) unsafe.push(`${page.urlPath}: ${href} rel="${tag.attributes.get('rel') ?? ''}"`);
      }
    }
    expect(unsafe).toEqual([]);
    expect(external).toBeGreaterThan(0);
  });
});
