/**
 * Feed items for /feed.xml and /policies/<slug>/feed.xml: each carries the summary and
 * the redline itself, so a subscriber reads what changed without leaving the reader.
 */
import { escapeHtml, renderInline } from '../diff/index.ts';
import { changeLog } from '../history/index.ts';
import type { Site, SitePolicy } from './site.ts';
import { urls } from './urls.ts';
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

export function feedItems(site: Site, policies: readonly SitePolicy[] = site.policies): FeedItem[] {
  return changeLog(policies).map(({ policy, entry }) => {
    const { revision, previous, state } = entry;
    const { slug, title } = policy.entry;
    const summary = revision.data.summary;
    const body = previous ? renderInline(site.diff(previous, revision)) : `<p>${escapeHtml(FIRST_RECORDED_IN_FEED)}</p>`;
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
