/**
 * Heading anchors, decided once on the parsed tree: the renderer gives each heading this
 * id, and the diff engine's blocks carry the same one, so a changed section's link lands
 * on its heading in every view. Ids follow GitHub's slugs (what readers have bookmarked),
 * are unique in the page, never empty, and never one of the ids the page itself uses.
 */
import GithubSlugger, { slug as slugOf } from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/** Ids of the page around a revision (layout, table of contents, changes pages, search). */
export const PAGE_IDS = [
  'content', 'toc-title', 'changed-sections', 'diff-preamble', 'in-force', 'in-force-date', 'in-force-result',
  'compare-form', 'compare-from', 'compare-to', 'compare-status', 'compare-result', 'site-search-q',
  'search-heading', 'search-form', 'search-q', 'search-include-past', 'search-policy', 'search-summary',
  'search-partial', 'search-results', 'search-more', 'footnote-label',
  // The portal pages (src/pages, src/components): print line, compare summary, history.
  'print-stamp', 'compare-summary', 'compare-pair', 'compare-counts', 'compare-views', 'compare-sections-row', 'compare-sections',
  'compare-pairs', 'search-results-title',
] as const;

/** Ids other parts of a page make: the renderer's footnotes (user-content-fn-1), the redline's moves (move-1-from). */
const GENERATED_ID = /^(?:user-content-|move-\d+-(?:from|to)$)/;

/** A heading whose text gives no slug (punctuation or emoji only) is still reachable. */
const FALLBACK = '見出し';

/** The anchor of a heading as the renderer and the blocks read it. */
export function anchorOf(heading: Heading): string | undefined {
  const id = heading.data?.hProperties?.['id'];
  return typeof id === 'string' ? id : undefined;
}

export function assignAnchors(tree: Root): Root {
  const slugger = new GithubSlugger();
  for (const id of PAGE_IDS) slugger.slug(id);
  visit(tree, 'heading', (heading) => {
    const text = toString(heading, { includeImageAlt: false });
    // Judged before the slugger counts it: a second empty slug would come out as "-1".
    const own = slugOf(text);
    const id = /^-*$/.test(own) || GENERATED_ID.test(own) ? slugger.slug(FALLBACK) : slugger.slug(text);
    heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
  });
  return tree;
}
