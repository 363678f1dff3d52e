/**
 * A preview build (POLICY_PREVIEW=1) shows drafts for staff to read before publishing,
 * labelled 下書き in every output: its pages, the feeds and the manifest.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { astroBuild } from '../support/build.ts';
import { fixturesRoot, outputRoot } from '../support/paths.ts';
import { loadPage, one, readPage, textOf } from '../support/html.ts';

const site = path.join(outputRoot, 'basic-preview');
const draftNotice = (document: Document) => document.querySelector('.notice--draft');

let output = '';

beforeAll(async () => {
  const build = await astroBuild({
    contentDir: path.join(fixturesRoot, 'sites/basic/content'), outDir: site, buildDate: '2025-06-01', env: { POLICY_PREVIEW: '1' },
  });
  if (build.code !== 0) throw new Error(build.output);
  output = build.output;
});

describe('a build without a repository to link', () => {
  it('says once, in Japanese, how to set one', () => {
    expect(output.match(/POLICY_REPOSITORY_URL が設定されていない/g)).toHaveLength(1);
    expect(output).toContain('POLICY_REPOSITORY_URL=https://github.com/');
  });
});

describe('a preview build', () => {
  it('publishes the draft with a 下書き banner above its title, and the text it holds', async () => {
    const document = await loadPage(site, '/policies/beta/2025-03-01/');
    const notice = draftNotice(document);
    expect(textOf(one(notice!, 'strong'))).toBe('下書き');
    expect(textOf(notice)).toContain('この版はまだ公開されていません。');
    expect(notice!.compareDocumentPosition(one(document, 'h1')) & 4).toBeTruthy();
    expect(one(document, 'article').getAttribute('data-status')).toBe('draft');
  });

  it('puts the draft where its date puts it, still called a draft, never current', async () => {
    const document = await loadPage(site, '/policies/beta/');
    expect(draftNotice(document)).not.toBeNull();
    const period = [...document.querySelectorAll('.policy-meta dt')].find((dt) => textOf(dt) === '適用期間');
    expect(textOf(period!.nextElementSibling)).toBe('下書き（公開すると2025年3月1日から適用）');
    const badge = one(await loadPage(site, '/policies/beta/history/'), '#rev-2025-03-01 .badge');
    expect(textOf(badge)).toBe('下書き');
  });

  it('leaves published revisions unmarked', async () => {
    expect(draftNotice(await loadPage(site, '/policies/alpha/'))).toBeNull();
    expect(draftNotice(await loadPage(site, '/policies/beta/2025-01-15/'))).toBeNull();
  });

  it('labels the draft 下書き in the feed and in the manifest, never as scheduled', async () => {
    const items = [new XMLParser().parse(await readPage(site, '/feed.xml')).rss.channel.item].flat() as { title: string }[];
    const drafts = items.filter((item) => item.title.includes('ベータのお知らせ（2025年3月1日の版）'));
    expect(drafts.map((item) => item.title)).toEqual(['【下書き】ベータのお知らせ（2025年3月1日の版）']);
    const manifest = JSON.parse(await readPage(site, '/policies.json'));
    const beta = manifest.policies.find((policy: { slug: string }) => policy.slug === 'beta');
    expect(beta.revisions.map((revision: { date: string; status: string }) => [revision.date, revision.status])).toEqual([['2025-01-15', 'past'], ['2025-03-01', 'draft']]);
  });
});
