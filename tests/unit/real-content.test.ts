/** Facts about the real content that the source dictates (dates, provenance, the one correction). */
import { beforeAll, describe, expect, it } from 'vitest';
import { readContent, type Policy } from '../../src/lib/content/index.ts';
import { projectRoot } from '../support/paths.ts';

let policies: Map<string, Policy>;
beforeAll(async () => {
  const check = await readContent(projectRoot, 'content');
  policies = new Map(check.policies.map((policy) => [policy.entry.slug, policy]));
});
const revisions = (slug: string) => policies.get(slug)!.revisions;

describe('dates come only from the source', () => {
  it('dates undated documents by the day they were recorded, and says so', () => {
    for (const slug of ['basic-policy', 'usage-purposes']) {
      const [first] = revisions(slug);
      expect(first?.data.dateBasis).toBe('recorded');
      expect(first?.data.sourceDate).toBeUndefined();
    }
  });

  it('uses the dates the source gives', () => {
    expect(revisions('federation-notice').map((r) => [r.date, r.data.sourceDate])).toEqual([['2013-08-20', '2013年8月20日改定']]);
    expect(revisions('my-number').map((r) => r.date)).toEqual(['2015-12-01']);
    expect(revisions('website-policy')[0]?.data.sourceDate).toContain('2015年12月1日 最終更新');
  });

  it('records the 2001 posting of the website policy without inventing a revision', () => {
    const website = policies.get('website-policy')!;
    expect(website.entry.textlessEvents).toEqual([expect.objectContaining({ date: '2001-01', event: '掲載' })]);
    expect(website.revisions.map((r) => r.date)).not.toContain('2001-01-01');
  });
});

describe('the correction of 法例', () => {
  it('is a new revision that changes that one character and nothing else', () => {
    const [original, corrected] = revisions('website-policy');
    expect(original?.date).toBe('2015-12-01');
    expect(corrected?.data.summary).toContain('「法例」を「法令」に訂正');
    expect(original?.body.split('法例')).toHaveLength(2);
    expect(corrected?.body).toBe(original?.body.replace('法例', '法令'));
  });
});
