/**
 * /policies.json: every policy and revision with its addresses and the sha256 of its
 * source file, for anyone who archives or verifies the policies.
 */
import type { Site } from './site.ts';
import { urls } from './urls.ts';

export function manifest(site: Site) {
  const url = (path: string) => new URL(path, site.origin).href;
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
        source: revision.file,
        sha256: revision.sha256,
      })),
    })),
  };
}
