/**
 * The one place pages get content from: the content collection's entry (the content
 * model, as the loader stored it), the commits git vouches for, and the site settings,
 * made into the site as of its build date (src/lib/site). Astro glue only.
 */
import { getEntry } from 'astro:content';
import { lastCommits } from '../lib/publishing/index.ts';
import { buildSite, type Site } from '../lib/site/index.ts';
import type { Problem } from '../lib/content/index.ts';
import { CONTENT_ENTRY, type LoadedContent } from '../loaders/content.ts';
import { siteConfig } from '../site.config.ts';

async function loaded(): Promise<LoadedContent> {
  const entry = await getEntry('content', CONTENT_ENTRY);
  return entry?.data ?? { policies: [], vocabulary: { aliases: [], everyday: [] }, problems: [] };
}

async function build(): Promise<Site> {
  const content = await loaded();
  return buildSite(content, {
    buildDate: siteConfig.buildDate,
    // Staff preview drafts in `npm run dev` and in preview builds.
    preview: import.meta.env.DEV || siteConfig.preview,
    origin: siteConfig.url,
    repository: siteConfig.repository,
    // Files being previewed are being edited: git cannot vouch for them yet.
    commits: import.meta.env.DEV ? new Map() : lastCommits(process.cwd(), siteConfig.contentDir),
  });
}

let cached: Promise<Site> | undefined;

/** Built once per build; in `astro dev`, anew for every page, so an edit shows on the next load. */
export function getSite(): Promise<Site> {
  if (import.meta.env.DEV) return build();
  cached ??= build();
  return cached;
}

/** Content problems `astro dev` shows in place of the pages (a build never gets this far with any). */
export async function contentProblems(): Promise<Problem[]> {
  return import.meta.env.DEV ? (await loaded()).problems : [];
}
