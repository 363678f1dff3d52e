/** Heading ids never collide with the ids the page and the Markdown renderer give other things. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { parseBody } from '../../../src/lib/content/markdown.ts';
import { renderBody } from '../../../src/lib/content/render.ts';
import { PAGE_IDS } from '../../../src/lib/content/anchors.ts';

const idsOf = (markdown: string) => {
  const { document } = parseHTML(`<!doctype html><html><body>${renderBody(parseBody(markdown))}</body></html>`);
  return [...document.querySelectorAll('[id]')].map((element) => element.id);
};

describe('heading anchors', () => {
  it('are unique in the rendered body, footnotes included, and never one of the page ids', () => {
    const headings = ['user-content-fn-1', 'user-content-fnref-1', 'move-1-from', 'footnote-label', 'content', 'search-q', '★', '★'];
    const ids = idsOf(`${headings.map((text) => `## ${text}\n\n本文です。`).join('\n\n')}\n\n注があります。[^1]\n\n[^1]: 注の本文です。`);
    expect(new Set(ids).size).toBe(ids.length);
    const headingIds = ids.slice(0, headings.length);
    for (const id of headingIds) expect(PAGE_IDS as readonly string[]).not.toContain(id);
    expect(headingIds.filter((id) => id.startsWith('user-content-') || /^move-\d+-(from|to)$/.test(id))).toEqual([]);
  });
});
