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
import { flat, loadPage, one, parseFragment, readPage, textOf } from '../support/html.ts';

const site = builtSites.basic;
const load = (urlPath: string) => loadPage(site, urlPath);
const bodyText = async (urlPath: string) => flat(textOf(one(await load(urlPath), '.policy-body')));

/** The first element carrying data-diff, as the contract says tools find it. */
const diffRegion = (document: Document) => one(document, '[data-diff]');
/** The region's text without the elements a side does not have, and without target annotations (never document text). */
function sideText(region: Element, drop: 'ins' | 'del'): string {
  const copy = region.cloneNode(true) as Element;
  for (const element of copy.querySelectorAll(`${drop}, [data-diff-target]`)) element.remove();
  return flat(textOf(copy));
}

describe.each([
  ['alpha', '2020-04-01', '2024-10-01'],
  ['gamma', '2025-01-01', '2027-01-01'],
])('the changes page of %s %s → %s', (slug, from, to) => {
  let document: Document;
  beforeAll(async () => (document = await load(`/policies/${slug}/changes/${to}/`)));

  it('holds the whole new revision once <del> is removed, and the old one once <ins> is', async () => {
    const region = diffRegion(document);
    expect(sideText(region, 'del')).toBe(await bodyText(`/policies/${slug}/${to}/`));
    expect(sideText(region, 'ins')).toBe(await bodyText(`/policies/${slug}/${from}/`));
  });

  it('has one diff region, marking changes with ins/del and never with words', () => {
    expect(document.querySelectorAll('[data-diff]')).toHaveLength(1);
    const region = diffRegion(document);
    expect(region.querySelectorAll('ins').length).toBeGreaterThan(0);
    for (const mark of region.querySelectorAll('ins, del')) expect(mark.getAttribute('data-change')).toMatch(/^(insert|delete|move-in|move-out)$/);
    expect(flat(textOf(region))).not.toMatch(/追加|削除/);
  });

  it('shows both dates, the summary and the counts at the top', () => {
    const times = [...one(document, '.policy-meta').querySelectorAll('time')].map((time) => time.getAttribute('datetime'));
    expect(times).toEqual([from, to]);
    expect(flat(textOf(one(document, '.policy-meta')))).toMatch(/追加\d+文字、削除\d+文字/);
  });

  it('lists the changed sections, each linking to an anchor in the diff', () => {
    const anchors = [...one(document, '.changed-sections').querySelectorAll('a')].map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1)));
    expect(anchors.length).toBeGreaterThan(0);
    for (const anchor of anchors) expect(diffRegion(document).querySelector(`[id="${anchor}"]`), anchor).not.toBeNull();
  });

  it('folds the sections without a change (closed <details>), keeps every change open, and says what each fold holds', () => {
    const region = diffRegion(document);
    for (const mark of region.querySelectorAll('ins, del')) expect(mark.closest('details')).toBeNull();
    const folds = [...region.querySelectorAll('details.diff-fold')];
    for (const fold of folds) {
      expect(fold.hasAttribute('open')).toBe(false);
      expect(one(fold, 'summary').getAttribute('aria-label')).toMatch(/^変更のない部分（/);
      expect(textOf(one(fold, 'summary'))).toBe('');
    }
  });

  it('has a 新旧対照表 view: new on the left, changed words underlined', async () => {
    const table = one(await load(`/policies/${slug}/changes/${to}/table/`), 'table.shinkyu');
    const heads = [...table.querySelectorAll('thead th')].map(textOf);
    expect(heads).toEqual(['改正後', '改正前']);
    expect(textOf(one(table, 'caption'))).toContain('傍線部分は改正部分');
    expect(table.querySelectorAll('tbody .bosen').length).toBeGreaterThan(0);
  });
});

describe('the alpha correction', () => {
  it('marks just the corrected word', async () => {
    const document = await load('/policies/alpha/changes/2024-10-01/');
    const region = diffRegion(document);
    expect([...region.querySelectorAll('ins')].map(textOf)).toEqual(['法令']);
    expect([...region.querySelectorAll('del')].map(textOf)).toEqual(['法例']);
    expect(flat(textOf(one(document, '.policy-meta')))).toContain('追加2文字、削除2文字');
  });

  it('underlines exactly the corrected words in the table, on both sides, and omits the rest as （略）', async () => {
    const table = one(await load('/policies/alpha/changes/2024-10-01/table/'), 'table.shinkyu');
    const changed = [...table.querySelectorAll('tbody tr[data-status="modified"]')];
    expect(changed).toHaveLength(1);
    const [after, before] = [...changed[0]!.querySelectorAll('td')];
    expect([...after!.querySelectorAll('.bosen')].map(textOf)).toEqual(['法令']);
    expect([...before!.querySelectorAll('.bosen')].map(textOf)).toEqual(['法例']);
    expect([...table.querySelectorAll('tr.shinkyu-omitted td')].map(textOf)).toContain('（略）');
  });

  it('marks the whole new clause of gamma as new in the table: （新設） on the old side', async () => {
    const table = one(await load('/policies/gamma/changes/2027-01-01/table/'), 'table.shinkyu');
    const inserted = one(table, 'tr[data-status="inserted"]');
    const [after, before] = [...inserted.querySelectorAll('td')];
    expect(textOf(after)).toBe('第2項を新設します。');
    expect(textOf(before)).toBe('（新設）');
  });
});

describe('links to the changes pages', () => {
  const hrefs = async (urlPath: string) => [...(await load(urlPath)).querySelectorAll('main a')].map((a) => a.getAttribute('href'));

  it('from the revision page and the history page; the first revision has none', async () => {
    expect(await hrefs('/policies/alpha/2024-10-01/')).toContain('/policies/alpha/changes/2024-10-01/');
    expect(await hrefs('/policies/alpha/history/')).toContain('/policies/alpha/changes/2024-10-01/');
    expect((await hrefs('/policies/alpha/2020-04-01/')).filter((href) => href?.includes('/changes/'))).toEqual([]);
  });

  it('from /changes/, newest first, with the scheduled revision marked', async () => {
    const items = [...(await load('/changes/')).querySelectorAll('.change-log > li')];
    const dates = items.map((li) => one(li, 'time').getAttribute('datetime')!);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]).toBe('2027-01-01');
    expect(textOf(one(items[0]!, '.badge'))).toBe('適用予定');
    expect(items[0]!.querySelector('a[href="/policies/gamma/changes/2027-01-01/"]')).not.toBeNull();
  });
});

describe('feeds', () => {
  const parser = new XMLParser({ ignoreAttributes: false });
  const itemsOf = async (urlPath: string) => [parser.parse(await readPage(site, urlPath)).rss.channel.item].flat() as Record<string, string>[];

  it.each(['/feed.xml', '/policies/alpha/feed.xml'])('%s is well-formed RSS 2.0 whose items carry the summary and the redline', async (urlPath) => {
    const xml = await readPage(site, urlPath);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml).rss['@_version']).toBe('2.0');
    const correction = (await itemsOf(urlPath)).find((item) => item['link']!.endsWith('/policies/alpha/changes/2024-10-01/'))!;
    expect(correction['description']).toBe('1.目的の誤字「法例」を「法令」に訂正しました。');
    const content = parseFragment(correction['content:encoded']!);
    expect([...content.querySelectorAll('ins[data-change="insert"]')].map(textOf)).toEqual(['法令']);
  });

  it('carries the changed blocks with a little context, not the whole document, and links to the whole redline', async () => {
    const correction = (await itemsOf('/feed.xml')).find((item) => item['link']!.endsWith('/policies/alpha/changes/2024-10-01/'))!;
    const content = parseFragment(correction['content:encoded']!);
    expect(content.querySelector('[data-diff]')).toBeNull();
    const excerpt = one(content, '.diff-excerpt');
    expect(flat(textOf(excerpt))).not.toContain('組合員の情報を対象とします。');
    expect(flat(textOf(excerpt))).toContain('1.目的');
    expect([...excerpt.querySelectorAll('.diff-omitted')].map(textOf)).toContain('（略）');
    const links = [...content.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining([
      'https://privacy.kitatokyo.seikatsuclub.coop/policies/alpha/changes/2024-10-01/',
      'https://privacy.kitatokyo.seikatsuclub.coop/policies/alpha/changes/2024-10-01/table/',
    ]));
  });

  it('says 収録 for a revision whose date the source does not give', async () => {
    expect((await itemsOf('/feed.xml')).map((item) => item['title'])).toContain('ベータのお知らせ（2025年1月15日に収録した版）');
    const beta = [...(await load('/changes/')).querySelectorAll('.change-log > li')].find((li) => li.querySelector('a[href="/policies/beta/"]'));
    expect(flat(textOf(beta))).toContain('2025年1月15日（収録日。原文に日付の記載はありません）');
  });

  it('has one item per published revision, drafts excluded, a scheduled one labelled', async () => {
    const titles = (await itemsOf('/feed.xml')).map((item) => item['title']);
    expect(titles).toHaveLength(5);
    expect(titles).toContain('【適用予定】ガンマ規程（2027年1月1日の版）');
    expect(titles.filter((title) => title?.includes('下書き'))).toEqual([]);
  });
});

describe('/policies.json', () => {
  it('lists every policy and revision with URLs and the sha256 of its source file', async () => {
    const manifest = JSON.parse(await readPage(site, '/policies.json'));
    expect(manifest.policies.map((policy: { slug: string }) => policy.slug)).toEqual(['alpha', 'beta', 'gamma']);
    const revision = manifest.policies[0].revisions[1];
    expect(revision).toMatchObject({ date: '2024-10-01', status: 'current', url: 'https://privacy.kitatokyo.seikatsuclub.coop/policies/alpha/2024-10-01/' });
    const bytes = await readFile(path.join(projectRoot, revision.source));
    expect(revision.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(manifest.policies[0].revisions[0].changes).toBeNull();
    expect(manifest.policies[2].revisions.map((r: { status: string }) => r.status)).toEqual(['current', 'scheduled']);
  });
});
