/**
 * The board document on the built sites: every changes page links the Word file of its
 * 新旧対照表, built with the site and listed in /policies.json with its sha256; the table
 * page carries its print stylesheet and the title block it prints.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { readDocx, shinkyuRows, shinkyuRowsOfHtml } from '../support/docx.ts';
import { loadPage, one, readPage, textOf } from '../support/html.ts';
import { builtFiles, fileForUrlPath, urlPathOf } from '../support/site-files.ts';
import { builtSites } from '../support/paths.ts';

const ORIGIN = 'https://privacy.kitatokyo.seikatsuclub.coop';

/** The Word file a changes page links, as a built file. */
async function linkedDocx(site: string, urlPath: string): Promise<{ href: string; bytes: Buffer }> {
  const link = one(await loadPage(site, urlPath), 'main a[download]');
  const href = link.getAttribute('href')!;
  const file = fileForUrlPath(site, href);
  if (!file) throw new Error(`${urlPath} links ${href}, which the build does not have`);
  return { href, bytes: await readFile(file) };
}

describe.each([
  ['basic', builtSites.basic, 'alpha', '2020-04-01', '2024-10-01'],
  ['real', builtSites.real, 'website-policy', '2015-12-01', '2026-11-25'],
])('%s: the 法例→法令 correction', (_name, site, slug, from, to) => {
  const href = `/policies/${slug}/changes/${to}/shinkyu-${slug}-${from}-${to}.docx`;

  it.each(['', 'table/'])('changes/%s links the Word file of its table, which underlines the corrected word', async (view) => {
    const linked = await linkedDocx(site, `/policies/${slug}/changes/${to}/${view}`);
    expect(linked.href).toBe(href);
    const docx = readDocx(linked.bytes);
    expect(docx.tables[0]![0]!.header).toBe(true);
    const changed = docx.tables[0]!.filter((row) => row.cells.some((cell) => cell.underlined.length > 0));
    expect(changed.map((row) => row.cells.map((cell) => cell.underlined))).toEqual([[['法令'], ['法例']]]);
  });

  it('lists the Word file in /policies.json with the sha256 of its bytes', async () => {
    const manifest = JSON.parse(await readPage(site, '/policies.json'));
    const revisions = manifest.policies.find((policy: { slug: string }) => policy.slug === slug).revisions;
    const revision = revisions.find((candidate: { date: string }) => candidate.date === to);
    const { bytes } = await linkedDocx(site, `/policies/${slug}/changes/${to}/`);
    expect(revision.tableDocx).toEqual({ url: `${ORIGIN}${href}`, sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(revisions.find((candidate: { date: string }) => candidate.date === from).tableDocx).toBeNull();
  });

  it('gives the table page its print stylesheet and the title block it prints', async () => {
    const page = await loadPage(site, `/policies/${slug}/changes/${to}/table/`);
    const sheets = [...page.querySelectorAll('link[rel="stylesheet"]')].map((link) => link.getAttribute('href'));
    expect(sheets).toContain(`/policies/${slug}/changes/${to}/table/print.css`);
    const css = await readPage(site, `/policies/${slug}/changes/${to}/table/print.css`);
    expect(css).toContain('size: A4 landscape');
    expect(css).toContain(`"${ORIGIN}/policies/${slug}/changes/${to}/table/"`);
    const board = one(page, 'main > .board');
    expect(textOf(one(board, '.board-title .board-heading'))).toMatch(/ 新旧対照表$/);
    expect(textOf(one(board, '.board-title .board-legend'))).toBe('（傍線部分は改正部分）');
    expect(board.querySelector('table.shinkyu')).not.toBeNull();
    // The page keeps one <h1>: the block's heading is a paragraph.
    expect(page.querySelectorAll('h1')).toHaveLength(1);
  });
});

describe('the scheduled revision of the basic site', () => {
  it('is worded as a revision still to come in its Word file', async () => {
    const { bytes } = await linkedDocx(builtSites.basic, '/policies/gamma/changes/2027-01-01/');
    const docx = readDocx(bytes);
    expect(docx.paragraphs.map((paragraph) => paragraph.text)).toContain('改定日　2027年1月1日（適用予定）');
    expect(docx.tables[0]!.some((row) => row.cells[1]!.text === '（新設）')).toBe(true);
  });
});

describe.each(Object.entries(builtSites))('%s: every 新旧対照表 page', (_name, site) => {
  it('links a Word file whose table is the page’s table, row by row, with the same underlined words', async () => {
    const pages = (await builtFiles(site, 'index.html')).filter((file) => /\/changes\/[^/]+\/table\/index\.html$/.test(file)).map(urlPathOf);
    expect(pages.length).toBeGreaterThan(0);
    for (const urlPath of pages) {
      const table = (await loadPage(site, urlPath)).querySelector('table.shinkyu');
      const { bytes } = await linkedDocx(site, urlPath);
      const docx = readDocx(bytes);
      if (!table) {
        expect(docx.tables, urlPath).toEqual([]);
        continue;
      }
      expect(shinkyuRows(docx.tables[0]!), urlPath).toEqual(shinkyuRowsOfHtml(table));
    }
  });
});
