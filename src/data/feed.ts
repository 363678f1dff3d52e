/**
 * Feed items for /feed.xml and /policies/<slug>/feed.xml: each carries the summary and
 * the redline itself, so a subscriber reads what changed without leaving the reader.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { changeLog } from '../lib/change-log.ts';
import { formatJapanese } from '../lib/dates.ts';
import { renderInline } from '../lib/diff/render-inline.ts';
import { escapeHtml } from '../lib/diff/html.ts';
import { urls } from '../lib/urls.ts';
import { diffRevisions } from './diffs.ts';
import type { PolicyRecord } from './policies.ts';


export function feedItems(policies: readonly PolicyRecord[]): RSSFeedItem[] {
  return changeLog(policies).map(({ policy, entry }) => {
    const { revision, previous, status } = entry;
    const summary = revision.entry.data.summary;
    const scheduled = status === 'scheduled' ? '【改定予定】' : '';
    const body = previous
      ? `<p>${escapeHtml(summary)}</p>${renderInline(diffRevisions(previous, revision))}`
      : `<p>${escapeHtml(summary)}</p><p>この文書を最初に収録した版です。</p>`;
    return {
      // A date the source does not give is the day the text was recorded, and says so.
      title: `${scheduled}${policy.title}（${formatJapanese(revision.date)}${revision.entry.data.dateBasis === 'recorded' ? 'に収録した' : 'の'}版）`,
      link: previous ? urls.changes(policy.slug, revision.date) : urls.revision(policy.slug, revision.date),
      // Revisions take effect at the start of the day in Japan.
      pubDate: new Date(`${revision.date}T00:00:00+09:00`),
      description: summary,
      content: body,
      categories: [policy.title],
    };
  });
}
