import type { APIRoute } from 'astro';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { getPolicies } from '../data/policies.ts';
import { buildManifest } from '../lib/manifest.ts';
import { siteConfig } from '../site.config.ts';

export const GET: APIRoute = async ({ site }) => {
  const policies = await getPolicies();
  const manifest = buildManifest(
    await Promise.all(policies.map(async (policy) => ({
      slug: policy.slug, title: policy.title, issuer: policy.issuer, established: policy.established,
      revisions: await Promise.all(policy.timeline.map(async ({ revision, status, previous }) => ({
        date: revision.date,
        title: revision.entry.data.title,
        summary: revision.entry.data.summary,
        dateBasis: revision.entry.data.dateBasis,
        status,
        file: revision.file,
        sha256: createHash('sha256').update(await readFile(revision.file)).digest('hex'),
        hasPredecessor: previous !== undefined,
      }))),
    }))),
    { site: String(site ?? siteConfig.url), buildDate: siteConfig.buildDate },
  );
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
