/**
 * /policies.json: every policy and revision with its addresses and the sha256 of its
 * source file, for anyone who archives or verifies the policies.
 */
export interface ManifestRevisionInput {
  date: string;
  title: string;
  summary: string;
  dateBasis: 'effective' | 'recorded';
  status: 'current' | 'past' | 'scheduled';
  file: string;
  sha256: string;
  hasPredecessor: boolean;
}

export interface ManifestPolicyInput {
  slug: string;
  title: string;
  issuer: string;
  established?: string;
  revisions: ManifestRevisionInput[];
}

export function buildManifest(policies: readonly ManifestPolicyInput[], options: { site: string; buildDate: string }) {
  const url = (path: string) => new URL(path, options.site).href;
  return {
    site: url('/'),
    buildDate: options.buildDate,
    policies: policies.map((policy) => ({
      slug: policy.slug,
      title: policy.title,
      issuer: policy.issuer,
      established: policy.established ?? null,
      url: url(`/policies/${policy.slug}/`),
      history: url(`/policies/${policy.slug}/history/`),
      revisions: policy.revisions.map((revision) => ({
        date: revision.date,
        dateBasis: revision.dateBasis,
        status: revision.status,
        title: revision.title,
        summary: revision.summary,
        url: url(`/policies/${policy.slug}/${revision.date}/`),
        changes: revision.hasPredecessor ? url(`/policies/${policy.slug}/changes/${revision.date}/`) : null,
        source: revision.file,
        sha256: revision.sha256,
      })),
    })),
  };
}
