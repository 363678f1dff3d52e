/**
 * Valid content that looks hostile (tests/fixtures/sites/awkward) builds into pages whose
 * anchors are unique and never empty, whose allowed links stay as written, and whose
 * changes page shows a changed link address as a change.
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/site-files.ts';
import { builtSites } from '../support/paths.ts';
import { loadPage, one, parseDocument, textOf } from '../support/html.ts';

describe('heading anchors', () => {
  it.each(Object.entries(builtSites))('%s: every id on every page is unique and not empty', async (_name, dir) => {
    const wrong: string[] = [];
    for (const page of await builtPages(dir)) {
      const ids = [...parseDocument(page.html).querySelectorAll('[id]')].map((element) => element.id);
      const seen = new Set<string>();
      for (const id of ids) {
        if (id.trim() === '' || seen.has(id)) wrong.push(`${page.urlPath}: "${id}"`);
        seen.add(id);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives headings of punctuation or emoji only an anchor and a table-of-contents link, and never the page’s own ids', async () => {
    const document = await loadPage(builtSites.awkward, '/policies/alpha/');
    const ids = [...one(document, '.policy-body').querySelectorAll('h2')].map((heading) => heading.id);
    expect(ids).toEqual(['content-1', '見出し', '見出し-1', '見出し-2', '-共同利用', '1目的', '1目的-1']);
    expect(one(document, 'main').id).toBe('content');
    const toc = [...one(document, 'nav.toc').querySelectorAll('a')].map((a) => decodeURIComponent(a.getAttribute('href')!));
    expect(toc).toEqual(ids.map((id) => `#${id}`));
  });
});

describe('awkward but valid content', () => {
  it('keeps emoji sequences and every allowed link form as written', async () => {
    const document = await loadPage(builtSites.awkward, '/policies/alpha/2020-04-01/');
    expect(textOf(one(document, 'h1'))).toBe('アルファ方針 👨‍👩‍👧');
    const hrefs = [...one(document, '.policy-body').querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['https://tokyo.seikatsuclub.coop/', 'mailto:privacy@example.org', 'tel:03-0000-0000', '/policies/alpha/', '#content-1']));
    expect(one(document, '.policy-body img').getAttribute('src')).toBe('/favicon.svg');
  });

  it('shows a changed link address on the changes page, counted, though the text did not change', async () => {
    const document = await loadPage(builtSites.awkward, '/policies/alpha/changes/2021-04-01/');
    const annotation = one(document, '[data-diff] [data-diff-target]');
    expect(textOf(one(annotation, 'del'))).toBe('https://tokyo.seikatsuclub.coop/contact/');
    expect(textOf(one(annotation, 'ins'))).toBe('https://tokyo.seikatsuclub.coop/inquiry/');
    expect(textOf(one(document, '.policy-meta'))).toContain('リンク先・番号などの変更が 1 か所');
    expect(textOf(one(document, '.policy-meta'))).not.toContain('本文の文字に変更はありません');
    const table = one(await loadPage(builtSites.awkward, '/policies/alpha/changes/2021-04-01/table/'), 'table.shinkyu');
    expect([...table.querySelectorAll('.shinkyu-target .bosen')].map(textOf)).toEqual(['https://tokyo.seikatsuclub.coop/inquiry/', 'https://tokyo.seikatsuclub.coop/contact/']);
  });
});
