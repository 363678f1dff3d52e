/**
 * Page data, built by plain functions from the content model of the fixture site as of
 * 2025-06-01 (no Astro): what each kind of page, the feeds and the manifest say.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { readContent } from '../../../src/lib/content/index.ts';
import {
  buildSite, changeLogItems, changesPage, comparePage, feedItems, historyPage, manifest, portalCards, revisionPage, storedContent,
  type Site, type SitePolicy,
} from '../../../src/lib/site/index.ts';
import { fixturesRoot, projectRoot } from '../../support/paths.ts';

let site: Site;
let preview: Site;
const policy = (from: Site, slug: string): SitePolicy => from.policies.find((candidate) => candidate.entry.slug === slug)!;

beforeAll(async () => {
  const content = storedContent(await readContent(projectRoot, path.join(fixturesRoot, 'sites/basic/content')));
  const options = { buildDate: '2025-06-01', origin: 'https://example.jp', repository: undefined, commits: new Map() };
  site = buildSite(content, { ...options, preview: false });
  preview = buildSite(content, { ...options, preview: true });
});

describe('revisionPage', () => {
  it('indexes the current revision at its own address only, and past revisions at theirs', () => {
    const alpha = policy(site, 'alpha');
    const [past, current] = alpha.timeline;
    expect(revisionPage(site, alpha, current!, true).indexed).toBe(true);
    expect(revisionPage(site, alpha, current!, false).indexed).toBe(false);
    expect(revisionPage(site, alpha, past!, false).indexed).toBe(true);
    // Search labels a past revision's result with its date, and no other.
    expect(revisionPage(site, alpha, past!, false).searchRevision).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日の版（過去の版）$/u);
    expect(revisionPage(site, alpha, current!, true).searchRevision).toBeUndefined();
    const gamma = policy(site, 'gamma');
    expect(revisionPage(site, gamma, gamma.upcoming!, false).indexed).toBe(false);
  });

  it('announces what is to come on the current page, and never calls a scheduled revision in force', () => {
    const gamma = policy(site, 'gamma');
    const current = revisionPage(site, gamma, gamma.front, true);
    expect(current.notices.map((notice) => [notice.kind, notice.title])).toEqual([['upcoming', '2027年1月1日から新しい版が適用されます']]);
    expect(current.details.find((row) => row.label === '適用期間')?.text).toBe('2025年1月1日から2026年12月31日まで（現在適用中）');
    const scheduled = revisionPage(site, gamma, gamma.upcoming!, false);
    expect(scheduled.notices.map((notice) => notice.kind)).toEqual(['scheduled']);
    expect(scheduled.details.map((row) => row.label)).toContain('適用予定日');
    expect(scheduled.details.map((row) => row.text).join()).not.toContain('適用中');
  });

  it('names the source file, and links it only where a repository is configured', () => {
    const alpha = policy(site, 'alpha');
    const provenance = revisionPage(site, alpha, alpha.front, true).provenance;
    expect(provenance.file).toBe('tests/fixtures/sites/basic/content/policies/alpha/2024-10-01.mdx');
    expect(provenance).not.toHaveProperty('fileUrl');
    expect(provenance).not.toHaveProperty('historyUrl');
    const linked = { ...site, repository: { url: 'https://github.com/o/r', branch: 'main' } };
    expect(revisionPage(linked, alpha, alpha.front, true).provenance.fileUrl).toBe('https://github.com/o/r/blob/main/tests/fixtures/sites/basic/content/policies/alpha/2024-10-01.mdx');
  });

  it('builds the table of contents from the headings, clauses under their sections', () => {
    const alpha = policy(site, 'alpha');
    expect(revisionPage(site, alpha, alpha.front, true).toc).toEqual([
      { text: '1.目的', href: '#1目的', children: [] },
      { text: '2.範囲', href: '#2範囲', children: [{ text: '(1)対象', href: '#1対象' }] },
    ]);
  });

  it('marks a draft in a preview, wherever its date puts it', () => {
    const beta = policy(preview, 'beta');
    const page = revisionPage(preview, beta, beta.front, true);
    expect(page.state).toBe('draft');
    expect(page.notices[0]).toMatchObject({ kind: 'draft', title: '下書き' });
  });
});

describe('changesPage', () => {
  it('words a change that happened in the past tense, one to come in the future', () => {
    const alpha = policy(site, 'alpha');
    const [older, newer] = alpha.timeline;
    const page = changesPage(site, alpha, older!.revision, newer!, 'inline');
    expect(page.heading).toBe('2024年10月1日の改定で変わったところ');
    expect(page.counts).toMatchObject({ inserted: 2, deleted: 2, targets: 0, textChanged: true });
    const gamma = policy(site, 'gamma');
    expect(changesPage(site, gamma, gamma.front.revision, gamma.upcoming!, 'table').heading).toBe('2027年1月1日の改定で変わるところ');
  });
});

describe('the lists', () => {
  it('portal cards announce an upcoming revision with a link to what changes', () => {
    const gamma = portalCards(site).find((card) => card.link.href === '/policies/gamma/')!;
    expect(gamma.upcoming).toEqual({ text: '2027年1月1日から新しい版が適用されます。', link: { text: '変わるところを見る', href: '/policies/gamma/changes/2027-01-01/' } });
    expect(portalCards(site).filter((card) => card.upcoming)).toHaveLength(1);
  });

  it('history and change log give each state one name', () => {
    expect(historyPage(site, policy(site, 'gamma')).items.map((item) => (item.kind === 'revision' ? item.stateName : item.event))).toEqual(['適用予定', '現在の版']);
    expect(new Set(changeLogItems(preview).map((item) => item.stateName))).toEqual(new Set(['適用予定', '現在の版', '過去の版', '下書き']));
  });

  it('compare offers the current revision against its predecessor by default', () => {
    const page = comparePage(policy(site, 'alpha'));
    expect(page.options.filter((option) => option.from).map((option) => option.date)).toEqual(['2020-04-01']);
    expect(page.options.filter((option) => option.to).map((option) => option.date)).toEqual(['2024-10-01']);
  });
});

describe('feeds and the manifest', () => {
  it('label scheduled and draft revisions, and leave drafts out of production', async () => {
    expect(feedItems(site).map((item) => item.title).filter((title) => title.startsWith('【'))).toEqual(['【適用予定】ガンマ規程（2027年1月1日の版）']);
    expect(feedItems(preview).map((item) => item.title)).toContain('【下書き】ベータのお知らせ（2025年3月1日の版）');
    const statuses = async (from: Site) => (await manifest(from)).policies.flatMap((entry) => entry.revisions.map((revision) => revision.status));
    expect(await statuses(site)).not.toContain('draft');
    expect(await statuses(preview)).toContain('draft');
  });
});
