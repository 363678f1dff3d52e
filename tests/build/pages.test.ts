/**
 * The fixture site (tests/fixtures/sites/basic), built once as of 2025-06-01 by the
 * global setup, asserted on its HTML the way Astro's own tests do.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { builtSites } from '../support/paths.ts';
import { elementHtml, flat, readPage, textOf } from '../support/html.ts';

const site = builtSites.basic;
const page = (urlPath: string) => readPage(site, urlPath);
const body = async (urlPath: string) => elementHtml(await page(urlPath), /<div class="policy-body"[^>]*>/) ?? '';

describe('routes', () => {
  it.each([
    '/', '/policies/alpha/', '/policies/alpha/2020-04-01/', '/policies/alpha/2024-10-01/', '/policies/alpha/history/',
    '/policies/beta/', '/policies/beta/2025-01-15/', '/policies/gamma/2027-01-01/', '/search/',
  ])('%s exists, in Japanese, with a canonical URL', async (urlPath) => {
    const html = await page(urlPath);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="ja"/i);
    expect(html).toContain(`<link rel="canonical" href="https://privacy.kitatokyo.seikatsuclub.coop${urlPath}">`);
  });

  it('has a 404 page and a sitemap listing every revision', async () => {
    expect(existsSync(path.join(site, '404.html'))).toBe(true);
    const sitemap = await readPage(site, '/sitemap-0.xml');
    expect(sitemap).toContain('/policies/alpha/2020-04-01/</loc>');
    expect(sitemap).toContain('/policies/gamma/2027-01-01/</loc>');
  });
});

describe('the portal', () => {
  let html: string;
  beforeAll(async () => (html = await page('/')));

  it('lists the policies in registry order with issuer, current date and latest summary', () => {
    const titles = [...html.matchAll(/<h2><a href="\/policies\/([a-z-]+)\/">/g)].map((match) => match[1]);
    expect(titles).toEqual(['alpha', 'beta', 'gamma']);
    expect(textOf(html)).toContain('改定日: 2024年10月1日');
    expect(textOf(html)).toContain('1.目的の誤字「法例」を「法令」に訂正しました。');
    expect(textOf(html)).toContain('テスト連合会');
  });

  it('shows the current revision, not a scheduled one', () => {
    expect(textOf(html)).toContain('改定日: 2025年1月1日');
    expect(textOf(html)).not.toContain('第2項を加えます。');
  });
});

describe('a current policy page', () => {
  let html: string;
  beforeAll(async () => (html = await page('/policies/alpha/')));

  it('shows the title, issuer and date in Japanese with a machine-readable date', () => {
    expect(html).toMatch(/<h1[^>]*>アルファ方針<\/h1>/);
    expect(textOf(html)).toContain('発行 テスト生活協同組合');
    expect(html).toContain('<time datetime="2024-10-01">2024年10月1日</time>');
  });

  it('has no past-revision banner and links to its permanent address and history', () => {
    expect(html).not.toContain('これは過去の版です');
    expect(html).toContain('href="/policies/alpha/2024-10-01/"');
    expect(html).toContain('href="/policies/alpha/history/"');
  });

  it('has a table of contents whose links reach stable heading anchors', () => {
    const ids = [...html.matchAll(/<h[23] id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toEqual(expect.arrayContaining(['1目的', '2範囲', '1対象']));
    const toc = elementHtml(html, /<nav class="toc"[^>]*>/) ?? '';
    for (const id of ['1目的', '2範囲', '1対象']) expect(toc).toContain(`href="#${id}"`);
  });

  it('needs no JavaScript to be read: the text is in the HTML, and scripts are only external enhancements', () => {
    expect(textOf(elementHtml(html, /<div class="policy-body"[^>]*>/) ?? '')).toContain('関係する法令を守ります。');
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.every((tag) => /\btype="module"/.test(tag) && /\bsrc="\/_astro\//.test(tag))).toBe(true);
  });
});

describe('a past revision', () => {
  let html: string;
  beforeAll(async () => (html = await page('/policies/alpha/2020-04-01/')));

  it('says so at the top, with its period of validity and a link to the current one', () => {
    const notice = textOf(elementHtml(html, /<div class="notice"[^>]*>/) ?? '');
    expect(notice).toContain('これは過去の版です。');
    expect(notice).toContain('適用期間: 2020年4月1日から2024年9月30日まで');
    expect(html.indexOf('これは過去の版です')).toBeLessThan(html.indexOf('<h1'));
    expect(html).toMatch(/<a href="\/policies\/alpha\/">現在の版（2024年10月1日）を読む<\/a>/);
  });

  it('keeps its own text and the source wording of its date', async () => {
    expect(textOf(await body('/policies/alpha/2020-04-01/'))).toContain('関係する法例を守ります。');
    expect(textOf(html)).toContain('原文の日付表記 2020年4月1日制定');
  });
});

describe('a scheduled revision', () => {
  it('is published at its address and says when it takes effect', async () => {
    const html = await page('/policies/gamma/2027-01-01/');
    expect(textOf(html)).toContain('この版は2027年1月1日から適用される予定です。');
    expect(textOf(await body('/policies/gamma/'))).not.toContain('第2項');
  });
});

describe('a revision whose source gives no date', () => {
  it('is labelled 収録日 with the reason, never 改定日', async () => {
    const text = flat(textOf(await page('/policies/beta/')));
    expect(text).toContain('収録日2025年1月15日（原文に日付の記載がないため、このポータルに収録した日を示しています。）');
    expect(text).not.toContain('改定日');
  });
});

describe('what renders from the Markdown', () => {
  it('keeps single tildes as text, not strikethrough', async () => {
    const html = await body('/policies/beta/');
    expect(textOf(html)).toContain('注)上記1~7の利用目的に従って、共同利用します。なお、上記1~7の範囲とします。');
    expect(html).not.toMatch(/<(del|s)>/);
  });

  it('keeps clause numbers as text', async () => {
    const html = await body('/policies/beta/');
    expect(html).toContain('<p>1. 定款に定められた事業の利用。</p>');
    expect(html).not.toContain('<ol');
    expect(html).toContain('<li>a) 組合員の生活に必要な物資</li>');
  });
});

describe('history', () => {
  let html: string;
  beforeAll(async () => (html = await page('/policies/alpha/history/')));

  it('lists every revision newest first, then the dated entry without text', () => {
    const dates = [...html.matchAll(/<time datetime="([\d-]+)">/g)].map((match) => match[1]);
    expect(dates).toEqual(['2024-10-01', '2020-04-01', '2019-01']);
    expect(textOf(html)).toContain('2019年1月 掲載 本文なし');
    expect(html).not.toContain('href="/policies/alpha/2019-01/"');
  });

  it('gives each revision its summary, status, period and link', () => {
    const text = flat(textOf(html));
    expect(text).toContain('2024年10月1日の版現在の版');
    expect(text).toContain('適用期間:2020年4月1日から2024年9月30日まで');
    expect(text).toContain('最初の版を収録しました。');
    expect(html).toContain('href="/policies/alpha/2020-04-01/"');
  });

  it('marks scheduled revisions as such', async () => {
    expect(flat(textOf(await page('/policies/gamma/history/')))).toContain('2027年1月1日の版適用予定');
  });
});

describe('dates Japanese readers expect, and provenance', () => {
  it('shows 制定 and 最終改定 where the source states them', async () => {
    const text = flat(textOf(await page('/policies/alpha/')));
    expect(text).toContain('制定2019年1月');
    expect(text).toContain('最終改定2024年10月1日');
  });

  it('says 原文に記載がありません rather than inventing them', async () => {
    const text = flat(textOf(await page('/policies/beta/')));
    expect(text).toContain('制定原文に記載がありません');
    expect(text).toContain('最終改定原文に記載がありません');
  });

  it('names the source file and links to its history in the repository', async () => {
    const html = await page('/policies/alpha/2020-04-01/');
    expect(html).toContain('<code>tests/fixtures/sites/basic/content/policies/alpha/2020-04-01.mdx</code>');
    expect(html).toMatch(/href="https:\/\/github\.com\/[^"]+\/commits\/main\/tests\/fixtures\/sites\/basic\/content\/policies\/alpha\/2020-04-01\.mdx"/);
  });
});

describe('scheduled revisions', () => {
  it('are announced on the current page with a link to what changes', async () => {
    const html = await page('/policies/gamma/');
    expect(flat(textOf(html))).toContain('2027年1月1日に改定予定');
    expect(html).toContain('href="/policies/gamma/changes/2027-01-01/"');
  });
});

describe('drafts', () => {
  it('are absent from a production build', async () => {
    expect(existsSync(path.join(site, 'policies/beta/2025-03-01'))).toBe(false);
    expect(await page('/policies/beta/history/')).not.toContain('2025-03-01');
    expect(await page('/sitemap-0.xml')).not.toContain('2025-03-01');
  });
});
