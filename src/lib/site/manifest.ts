/**
 * /policies.json: every policy and revision with its addresses and the sha256 of its
 * source file (and of its 新旧対照表's Word file), for anyone who archives or verifies the policies.
 */
import { createHash } from 'node:crypto';
import { siteBoard } from './board.ts';
import type { Site, SiteEntry, SitePolicy, SiteRevision } from './site.ts';
import { urls } from '../urls/index.ts';

/** The change's board document (the 新旧対照表 as a Word file) with the sha256 of its bytes; null for a first revision. */
async function tableDocx(site: Site, policy: SitePolicy, entry: SiteEntry) {
  if (!entry.previous) return null;
  const board = siteBoard(site, policy, entry.previous, entry);
  const sha256 = createHash('sha256').update(await board.docx()).digest('hex');
  return { url: new URL(board.docxHref, site.origin).href, sha256 };
}

export async function manifest(site: Site) {
  const url = (path: string) => new URL(path, site.origin).href;
  const docx = new Map<SiteRevision, Awaited<ReturnType<typeof tableDocx>>>();
  for (const policy of site.policies) for (const entry of policy.timeline) docx.set(entry.revision, await tableDocx(site, policy, entry));
  return {
    site: url(urls.home()),
    buildDate: site.buildDate,
    policies: site.policies.map(({ entry, timeline }) => ({
      slug: entry.slug,
      title: entry.title,
      issuer: entry.issuer,
      established: entry.established ?? null,
      url: url(urls.policy(entry.slug)),
      history: url(urls.history(entry.slug)),
      revisions: timeline.map(({ revision, state, previous }) => ({
        date: revision.date,
        dateBasis: revision.data.dateBasis,
        /** current, past, scheduled, or draft (preview builds only). */
        status: state,
        title: revision.data.title,
        summary: revision.data.summary,
        url: url(urls.revision(entry.slug, revision.date)),
        changes: previous ? url(urls.changes(entry.slug, revision.date)) : null,
        /** The 新旧対照表 against the previous revision as a Word file, with its sha256. */
        tableDocx: docx.get(revision) ?? null,
        source: revision.file,
        sha256: revision.sha256,
      })),
    })),
  };
}
