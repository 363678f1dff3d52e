/**
 * The pages each route makes, as Astro's getStaticPaths wants them ({ params, props }):
 * one per policy, one per revision, one per change (a revision and its predecessor).
 */
import { changePairs } from '../history/index.ts';
import type { Site, SiteEntry, SitePolicy, SiteRevision } from './site.ts';

export function policyRoutes(site: Site) {
  return site.policies.map((policy) => ({ params: { slug: policy.entry.slug }, props: { policy } }));
}

export function revisionRoutes(site: Site) {
  return site.policies.flatMap((policy) =>
    policy.timeline.map((entry) => ({ params: { slug: policy.entry.slug, date: entry.revision.date }, props: { policy, entry } })));
}

export function changesRoutes(site: Site) {
  return site.policies.flatMap((policy) =>
    changePairs(policy.timeline).map(({ older, newer }) => ({ params: { slug: policy.entry.slug, date: newer.revision.date }, props: { policy, older, newer } })));
}

export type PolicyProps = { policy: SitePolicy };
export type RevisionProps = { policy: SitePolicy; entry: SiteEntry };
export type ChangesProps = { policy: SitePolicy; older: SiteRevision; newer: SiteEntry };
