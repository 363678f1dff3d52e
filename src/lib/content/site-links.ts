/**
 * Links to the site's own pages, judged against what the build will publish: a policy and
 * its pages, a revision that is there (and published, unless the link is in a draft too), a
 * page of the site or a file of public/, and a heading that its page has. A typo in any of
 * them would send a reader to 「ページが見つかりません」 or to the top of the wrong page,
 * and neither the build nor the browser would say so.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { boardFileStem, urls } from '../urls/index.ts';
import { anchorOf, PAGE_IDS } from './anchors.ts';
import { shownUrl } from './links.ts';
import { problem } from './messages.ts';
import { isDraft, type Policy, type Revision } from './model.ts';
import type { Problem } from './problems.ts';

const BASE = 'https://site.invalid/';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The pages of the site outside the policies, and the files the build adds beside them (sitemap, 404). */
const SITE_PAGES = [urls.home(), urls.allChanges(), urls.search(), urls.guide(), urls.feed(), urls.manifest(), urls.searchVocabulary(), '/sitemap-index.xml', '/404.html'];
/** Pages whose ids are their own (a guide's headings): a link's #fragment there is not judged. */
const UNJUDGED_IDS = new Set([urls.guide()]);

/** Why a link to the site leads nowhere; undefined when it leads to a page (and heading) the build makes. */
export type DeadLink =
  | { reason: 'policy'; slug: string; slugs: string[] }
  | { reason: 'revision'; slug: string; date: string; dates: string[] }
  | { reason: 'draft'; slug: string; date: string }
  | { reason: 'unpublished'; slug: string }
  | { reason: 'first'; slug: string; date: string }
  | { reason: 'slash'; path: string }
  | { reason: 'page' }
  | { reason: 'heading'; fragment: string; anchors: string[] };

/** Ids every page of the site may have besides a revision's headings: the layout's, and the browser's own #top. */
function isPageId(fragment: string): boolean {
  return (PAGE_IDS as readonly string[]).includes(fragment) || fragment.toLowerCase() === 'top';
}

/** The ids a revision's body gives: its headings', and its notes' and their references' (as mdast-util-to-hast names them). */
function anchorsOf(tree: Root): string[] {
  const anchors: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'heading') {
      const id = anchorOf(node);
      if (id) anchors.push(id);
    }
    if (node.type === 'footnoteDefinition') anchors.push(`user-content-fn-${node.identifier.toLowerCase()}`);
    if (node.type === 'footnoteReference') anchors.push(`user-content-fnref-${node.identifier.toLowerCase()}`);
  });
  return anchors;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The addresses the build makes, each with the revisions whose ids its page has: the
 * published site's, or a draft's preview (drafts as well).
 */
function sitePages(policies: readonly Policy[], withDrafts: boolean): Map<string, readonly Revision[] | undefined> {
  // undefined: a page whose ids are not judged; [] a page with none but the layout's.
  const pages = new Map<string, readonly Revision[] | undefined>(SITE_PAGES.map((page) => [page, UNJUDGED_IDS.has(page) ? undefined : []]));
  for (const policy of policies) {
    const { slug } = policy.entry;
    const shown = policy.revisions.filter((revision) => withDrafts || !isDraft(revision));
    // A policy with nothing published yet has no pages at all.
    if (shown.length === 0) continue;
    pages.set(urls.policy(slug), shown);
    for (const page of [urls.history(slug), urls.compare(slug), urls.policyFeed(slug)]) pages.set(page, []);
    shown.forEach((revision, index) => {
      pages.set(urls.revision(slug, revision.date), [revision]);
      pages.set(urls.revisionBlocks(slug, revision.date), []);
      const previous = shown[index - 1];
      if (!previous) return;
      // A change's pages link to the sections of the newer text.
      pages.set(urls.changes(slug, revision.date), [revision]);
      pages.set(urls.changesTable(slug, revision.date), [revision]);
      pages.set(urls.changesTablePrint(slug, revision.date), []);
      pages.set(urls.changesDocx(slug, revision.date, boardFileStem(slug, previous.date, revision.date)), []);
    });
  }
  // Directory pages are files named index.html too.
  for (const [page, revisions] of [...pages]) if (page.endsWith('/')) pages.set(`${page}index.html`, revisions);
  return pages;
}

interface SiteView {
  policies: ReadonlyMap<string, Policy>;
  /** By whether the link is in a draft. */
  pages: (withDrafts: boolean) => Map<string, readonly Revision[] | undefined>;
  publicPaths: ReadonlySet<string>;
  anchors: (revision: Revision) => string[];
}

/** Where `url` (a path of the site or a #fragment) leads from `from`. */
function deadLink(url: string, from: Revision, site: SiteView): DeadLink | undefined {
  const target = new URL(url, `${BASE}policies/${from.slug}/${from.date}/`);
  const fragment = decoded(target.hash.slice(1));
  const headingIn = (revisions: readonly Revision[] | undefined): DeadLink | undefined => {
    if (fragment === '' || isPageId(fragment) || revisions === undefined) return undefined;
    const anchors = [...new Set(revisions.flatMap(site.anchors))];
    return anchors.includes(fragment) ? undefined : { reason: 'heading', fragment, anchors: anchors.filter((anchor) => !anchor.startsWith('user-content-')) };
  };
  if (url.startsWith('#')) return headingIn([from]);

  const path = decoded(target.pathname);
  const pages = site.pages(isDraft(from));
  if (pages.has(path)) return headingIn(pages.get(path));
  if (site.publicPaths.has(path)) return undefined;
  if (pages.has(`${path}/`)) return { reason: 'slash', path };
  // Not a page: say which part of a policy's address is wrong.
  const [, first, slug, ...rest] = path.split('/');
  if (first !== 'policies' || slug === undefined || slug === '') return { reason: 'page' };
  const policy = site.policies.get(slug);
  if (!policy) return { reason: 'policy', slug, slugs: [...site.policies.keys()] };
  if (!pages.has(urls.policy(slug))) return { reason: 'unpublished', slug };
  const isChange = rest[0] === 'changes';
  const date = isChange ? rest[1] : rest[0];
  if (date === undefined || !DAY.test(date)) return { reason: 'page' };
  const revision = policy.revisions.find((one) => one.date === date);
  const shown = policy.revisions.filter((one) => pages.has(urls.revision(slug, one.date)));
  if (!revision) return { reason: 'revision', slug, date, dates: shown.map((one) => one.date) };
  if (!shown.includes(revision)) return { reason: 'draft', slug, date };
  if (isChange && !pages.has(urls.changes(slug, date))) return { reason: 'first', slug, date };
  return { reason: 'page' };
}

/** Every link and image of every revision that leads to no page, file or heading of the site. */
export function checkSiteLinks(policies: readonly Policy[], publicPaths: ReadonlySet<string>): Problem[] {
  const anchorCache = new Map<Revision, string[]>();
  const published = sitePages(policies, false);
  const preview = sitePages(policies, true);
  const site: SiteView = {
    policies: new Map(policies.map((policy) => [policy.entry.slug, policy])),
    pages: (withDrafts) => (withDrafts ? preview : published),
    publicPaths,
    anchors: (revision) => anchorCache.get(revision) ?? anchorCache.set(revision, anchorsOf(revision.tree)).get(revision)!,
  };
  const problems: Problem[] = [];
  for (const revision of policies.flatMap((policy) => policy.revisions)) {
    visit(revision.tree, (node) => {
      if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
      const url = node.url.trim();
      // Addresses of the web, mail and phone are another rule's (links.ts); only the site's own paths here.
      if (!url.startsWith('#') && !(url.startsWith('/') && !url.startsWith('//'))) return;
      const dead = deadLink(url, revision, site);
      if (!dead) return;
      const line = node.position ? node.position.start.line + revision.bodyStartLine - 1 : undefined;
      problems.push(problem('link-dead', { file: revision.file, line }, { url: shownUrl(url), kind: node.type === 'image' ? 'image' : 'link', dead }));
    });
  }
  return problems;
}
