import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { parse } from 'yaml';
import { z } from 'zod';
import { siteConfig } from './site.config.ts';
import { policySchema, revisionSchema } from './lib/schemas.ts';
import { revisionsLoader } from './loaders/revisions.ts';

const base = siteConfig.contentDir.replace(/\/$/, '');

/** The registry: one entry per policy, keyed by slug, remembering the registry's order. */
const policies = defineCollection({
  loader: file(`${base}/policies.yaml`, {
    parser: (text) =>
      Object.fromEntries((parse(text) as { slug: string }[]).map((entry, order) => [entry.slug, { ...entry, order }])),
  }),
  schema: policySchema.extend({ order: z.number() }),
});

/** One MDX snapshot per revision; the id is `<slug>/<YYYY-MM-DD>`. */
const revisions = defineCollection({
  loader: revisionsLoader({ base: `${base}/policies` }),
  schema: revisionSchema,
});

export const collections = { policies, revisions };
