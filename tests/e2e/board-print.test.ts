/**
 * The 新旧対照表 page printed by Chromium, as a member's browser prints it: the board
 * document on A4 landscape with its margins, no site chrome, underlines in black; on screen
 * the page is unchanged (the title block it prints stays out of sight).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { flat } from '../support/html.ts';
import { isA4Landscape, readPdf, type PdfPage } from '../support/pdf.ts';
import { builtSites } from '../support/paths.ts';
import { openSite, type OpenedPage, type SiteBrowser } from '../support/site-browser.ts';
import { removeTempDirs, tempDir } from '../support/temp.ts';

const ORIGIN = 'https://privacy.kitatokyo.seikatsuclub.coop';
const TABLE = '/policies/website-policy/changes/2026-11-25/table/';

let site: SiteBrowser;
let opened: OpenedPage;
let pages: PdfPage[];
beforeAll(async () => {
  site = await openSite(builtSites.real);
  opened = await site.open(TABLE);
  const file = path.join(await tempDir('board-print-'), 'table.pdf');
  await writeFile(file, await opened.page.pdf({ preferCSSPageSize: true }));
  pages = readPdf(file);
});
afterAll(async () => {
  await site?.close();
  await removeTempDirs();
});

describe('the printed 新旧対照表 page', () => {
  it('is A4 landscape', () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.every(isA4Landscape)).toBe(true);
  });

  it('is the board document: title, issuer, dates, note, heads and the corrected words', () => {
    const text = flat(pages.map((page) => page.text).join(''));
    for (const words of ['このウェブサイトでの個人情報保護について新旧対照表', '発行北東京生活クラブ生活協同組合', '改定日2026年11月25日', '（傍線部分は改正部分）', '改正後', '改正前', '（略）']) {
      expect(text).toContain(words);
    }
    // Each column read alone: the new wording on the left (改正後), the old on the right (改正前).
    expect(flat(pages.map((page) => page.halves.left).join(''))).toContain('適用される法令、');
    expect(flat(pages.map((page) => page.halves.right).join(''))).toContain('適用される法例、');
  });

  it('has the page’s address, the revision dates and the page number in the margins', () => {
    const first = flat(pages[0]!.text);
    expect(first).toContain(`${ORIGIN}${TABLE}`);
    expect(first).toContain('改正後:2026年11月25日の版改正前:2015年12月1日の版');
    expect(first).toContain(`1/${pages.length}`);
  });

  it('leaves out the site’s chrome and the screen header', () => {
    const text = flat(pages.map((page) => page.text).join(''));
    for (const chrome of ['本文へ移動', 'ポリシー一覧', '検索', '変更のある箇所', 'ダウンロード', '変更箇所を本文中に表示', '変更量', 'で変わったところ']) {
      expect(text, chrome).not.toContain(chrome);
    }
  });

  it('marks changes in black and white: underlined, black, never coloured', async () => {
    await opened.page.emulateMedia({ media: 'print' });
    const styles = await opened.page.evaluate(() => [...document.querySelectorAll('.board .bosen')].map((element) => {
      const style = getComputedStyle(element);
      return { line: style.textDecorationLine, colour: style.color, decoration: style.textDecorationColor, background: style.backgroundColor };
    }));
    const head = await opened.page.evaluate(() => getComputedStyle(document.querySelector('.board .shinkyu thead')!).display);
    await opened.page.emulateMedia({ media: 'screen' });
    expect(styles.length).toBeGreaterThan(0);
    for (const style of styles) expect(style).toEqual({ line: 'underline', colour: 'rgb(0, 0, 0)', decoration: 'rgb(0, 0, 0)', background: 'rgba(0, 0, 0, 0)' });
    expect(head).toBe('table-header-group');
  });
});

describe('the 新旧対照表 page on screen', () => {
  it('keeps the printed title block out of sight, its own header and table shown, with no CSP error', async () => {
    const shown = await opened.page.evaluate(() => ({
      title: getComputedStyle(document.querySelector('.board-title')!).display,
      heading: getComputedStyle(document.querySelector('main h1')!).display,
      table: getComputedStyle(document.querySelector('table.shinkyu')!).display,
    }));
    expect(shown).toEqual({ title: 'none', heading: 'block', table: 'table' });
    expect(opened.errors).toEqual([]);
  });
});
