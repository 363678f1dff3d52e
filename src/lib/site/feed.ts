/**
 * Feed items for /feed.xml and /policies/<slug>/feed.xml: each carries the summary and what
 * changed (the changed blocks with a little context, the rest marked （略）), with links to
 * the whole redline and the 新旧対照表, so a subscriber sees the change without reading the
 * whole document again.
 */
import { escapeHtml, renderExcerpt } from '../diff/index.ts';
import { changeLog } from '../history/index.ts';
import type { Site, SitePolicy } from './site.ts';
import { urls } from '../urls/index.ts';
import { FIRST_RECORDED_IN_FEED, feedTitlePrefix, revisionName } from './wording.ts';

/** The fields of an RSS item (@astrojs/rss's RSSFeedItem). */
export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  content: string;
  categories: string[];
}

const linkHtml = (href: string, text: string) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;

export function feedItems(site: Site, policies: readonly SitePolicy[] = site.policies): FeedItem[] {
  const absolute = (path: string) => new URL(path, site.origin).href;
  return changeLog(policies).map(({ policy, entry }) => {
    const { revision, previous, state } = entry;
    const { slug, title } = policy.entry;
    const summary = revision.data.summary;
    const body = previous
      ? `${renderExcerpt(site.diff(previous, revision))}<p>${linkHtml(absolute(urls.changes(slug, revision.date)), '変更箇所を本文中で見る')}／${linkHtml(absolute(urls.changesTable(slug, revision.date)), '新旧対照表')}／${linkHtml(absolute(urls.revision(slug, revision.date)), 'この版の全文')}</p>`
      : `<p>${escapeHtml(FIRST_RECORDED_IN_FEED)}</p><p>${linkHtml(absolute(urls.revision(slug, revision.date)), 'この版の全文')}</p>`;
    return {
      title: `${feedTitlePrefix(state)}${title}（${revisionName(revision.date, revision.data.dateBasis)}）`,
      link: previous ? urls.changes(slug, revision.date) : urls.revision(slug, revision.date),
      // Revisions take effect at the start of the day in Japan.
      pubDate: new Date(`${revision.date}T00:00:00+09:00`),
      description: summary,
      content: `<p>${escapeHtml(summary)}</p>${body}`,
      categories: [title],
    };
  });
}
