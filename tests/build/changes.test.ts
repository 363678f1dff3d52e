/**
 * The changes pages, feeds and manifest of the fixture site (alpha's 2024-10-01 correction,
 * gamma's scheduled 2027-01-01 revision), held to the markup contract outside tools rely on.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { builtSites, projectRoot } from '../support/paths.ts';
import { decodeEntities, elementHtml, flat, readPage, textOf } from '../support/html.ts';

const site = builtSites.basic;
const page = (urlPath: string) => readPage(site, urlPath);
const bodyText = async (urlPath: string) => flat(textOf(elementHtml(await page(urlPath), /<div class="policy-body"[^>]*>/) ?? ''));

/** The first element carrying data-diff, as the contract says tools find it. */
function diffRegion(html: string): string {
  const region = elementHtml(html, /<[a-z]+\b[^>]*\sdata-diff(?:=""|\b)[^>]*>/);
  if (!region) throw new Error('no data-diff region');
  return region;
}
const without = (html: string, tag: 'ins' | 'del') => html.replace(new RegExp(`<${tag}\\b[^>]*>[\\s\\S]*?</${tag}>`, 'g'), '');

describe.each([
  ['alpha', '2020-04-01', '2024-10-01'],
  ['gamma', '2025-01-01', '2027-01-01'],
])('the changes page of %s %s → %s', (slug, from, to) => {
  let html: string;
  beforeAll(async () => (html = await page(`/policies/${slug}/changes/${to}/`)));

  it('holds the whole new revision once <del> is removed, and the old one once <ins> is', async () => {
    const region = diffRegion(html);
    expect(flat(textOf(without(region, 'del')))).toBe(await bodyText(`/policies/${slug}/${to}/`));
    expect(flat(textOf(without(region, 'ins')))).toBe(await bodyText(`/policies/${slug}/${from}/`));
  });

  it('puts the diff region before any other data-diff element and marks changes only with ins/del', () => {
    expect(html.indexOf('data-diff')).toBe(html.indexOf(diffRegion(html).slice(0, 40)) + diffRegion(html).indexOf('data-diff'));
    expect(diffRegion(html)).toMatch(/<ins\b/);
    expect(diffRegion(html)).not.toMatch(/追加|削除/);
  });

  it('shows both dates, the summary and the counts at the top', () => {
    const text = flat(textOf(html));
    expect(html).toContain(`<time datetime="${from}">`);
    expect(html).toContain(`<time datetime="${to}">`);
    expect(text).toMatch(/追加\d+文字、削除\d+文字/);
  });

  it('lists the changed sections, each linking to an anchor in the diff', () => {
    const nav = elementHtml(html, /<nav class="toc"[^>]*>/) ?? '';
    const anchors = [...nav.matchAll(/href="#([^"]+)"/g)].map((match) => decodeEntities(match[1]!));
    expect(anchors.length).toBeGreaterThan(0);
    for (const anchor of anchors) expect(diffRegion(html)).toContain(`id="${anchor}"`);
  });

  it('has a 新旧対照表 view, new on the left', async () => {
    const table = await page(`/policies/${slug}/changes/${to}/table/`);
    const text = flat(textOf(table));
    expect(text).toContain('傍線部分は改正部分');
    expect(text.indexOf('改正後')).toBeLessThan(text.indexOf('改正前'));
    expect(table).toContain('class="bosen"');
  });
});

describe('the alpha correction', () => {
  it('marks just the corrected word', async () => {
    const region = diffRegion(await page('/policies/alpha/changes/2024-10-01/'));
    expect([...region.matchAll(/<ins\b[^>]*>([^<]*)<\/ins>/g)].map((match) => match[1])).toEqual(['法令']);
    expect([...region.matchAll(/<del\b[^>]*>([^<]*)<\/del>/g)].map((match) => match[1])).toEqual(['法例']);
    expect(flat(textOf(await page('/policies/alpha/changes/2024-10-01/')))).toContain('追加2文字、削除2文字');
  });

  it('marks the whole new clause of gamma as new in the table: （新設） on the old side', async () => {
    expect(flat(textOf(await page('/policies/gamma/changes/2027-01-01/table/')))).toContain('（新設）');
  });
});

describe('links to the changes pages', () => {
  it('from the revision page and the history page; the first revision has none', async () => {
    expect(await page('/policies/alpha/2024-10-01/')).toContain('href="/policies/alpha/changes/2024-10-01/"');
    expect(await page('/policies/alpha/history/')).toContain('href="/policies/alpha/changes/2024-10-01/"');
    expect(await page('/policies/alpha/2020-04-01/')).not.toContain('/policies/alpha/changes/2020-04-01/');
  });

  it('from /changes/, newest first, with the scheduled revision marked', async () => {
    const html = await page('/changes/');
    const dates = [...html.matchAll(/<time datetime="([\d-]+)">/g)].map((match) => match[1]);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]).toBe('2027-01-01');
    expect(flat(textOf(html))).toContain('2027年1月1日改定予定');
    expect(html).toContain('href="/policies/gamma/changes/2027-01-01/"');
  });
});

describe('feeds', () => {
  const parser = new XMLParser({ ignoreAttributes: false });

  it.each(['/feed.xml', '/policies/alpha/feed.xml'])('%s is well-formed RSS 2.0 whose items carry the summary and the redline', async (urlPath) => {
    const xml = await page(urlPath);
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parser.parse(xml);
    expect(feed.rss['@_version']).toBe('2.0');
    const items = [feed.rss.channel.item].flat();
    const correction = items.find((item: { link: string }) => item.link.endsWith('/policies/alpha/changes/2024-10-01/'));
    expect(correction.description).toBe('1.目的の誤字「法例」を「法令」に訂正しました。');
    expect(correction['content:encoded']).toContain('<ins data-change="insert">法令</ins>');
  });

  it('says 収録 for a revision whose date the source does not give', async () => {
    const items = [parser.parse(await page('/feed.xml')).rss.channel.item].flat();
    expect(items.map((item: { title: string }) => item.title)).toContain('ベータのお知らせ（2025年1月15日に収録した版）');
    expect(flat(textOf(await page('/changes/')))).toContain('2025年1月15日（収録日。原文に日付の記載はありません）');
  });

  it('has one item per published revision, drafts excluded', async () => {
    const items = [parser.parse(await page('/feed.xml')).rss.channel.item].flat();
    expect(items).toHaveLength(5);
    expect(items.map((item: { title: string }) => item.title)).toContain('【改定予定】ガンマ規程（2027年1月1日の版）');
  });
});

describe('/policies.json', () => {
  it('lists every policy and revision with URLs and the sha256 of its source file', async () => {
    const manifest = JSON.parse(await page('/policies.json'));
    expect(manifest.policies.map((policy: { slug: string }) => policy.slug)).toEqual(['alpha', 'beta', 'gamma']);
    const revision = manifest.policies[0].revisions[1];
    expect(revision).toMatchObject({ date: '2024-10-01', status: 'current', url: 'https://privacy.kitatokyo.seikatsuclub.coop/policies/alpha/2024-10-01/' });
    const bytes = await readFile(path.join(projectRoot, revision.source));
    expect(revision.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(manifest.policies[0].revisions[0].changes).toBeNull();
  });
});
