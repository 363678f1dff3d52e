/**
 * What a policy's history and compare pages show: every revision with its state and
 * period (and the events the source records without text), and the pairs to compare.
 */
import { formatJapanese } from '../dates/index.ts';
import { changePairs, historyNewestFirst } from '../history/index.ts';
import type { Link } from './revision-page.ts';
import type { Site, SiteEntry, SitePolicy } from './site.ts';
import { urls } from '../urls/index.ts';
import {
  FIRST_RECORDED, RECORDED_DATE_NOTE, STATE_NAMES, SUBSCRIBE_TEXT, dateLabel, inForceWords, periodText, revisionName, type InForceWords,
} from './wording.ts';

export type HistoryPageItem =
  | {
    kind: 'revision';
    id: string;
    date: string;
    dateText: string;
    state: SiteEntry['state'];
    stateName: string;
    link: Link;
    period: string;
    /** For the in-force question: the first and last day in force. */
    from: string;
    until?: string;
    recordedNote?: string;
    summary: string;
    /** The changes this revision made, or, for the first one recorded, a note saying so. */
    changes?: Link;
    firstNote?: string;
  }
  | { kind: 'textless'; id: string; date: string; dateText: string; event: string; note: string };

export interface HistoryPage {
  title: string;
  description: string;
  policyLink: Link;
  items: HistoryPageItem[];
  feedUrl: string;
  subscribe: Link;
  /** The day the site was built as of: a date after it may yet get a new revision. */
  asOf: string;
  /** The answers to 「この日に適用されていた版」, for the page's script to fill in (see inForceWords). */
  inForceWords: InForceWords;
}

export function historyPage(site: Pick<Site, 'buildDate'>, policy: SitePolicy): HistoryPage {
  const { slug, title } = policy.entry;
  const items = historyNewestFirst(policy.timeline, policy.entry.textlessEvents).map((item): HistoryPageItem => {
    if (item.kind === 'textless') {
      return {
        kind: 'textless', id: `event-${item.date}`, date: item.date, dateText: formatJapanese(item.date), event: item.event.event,
        note: item.event.note ?? 'この時点の本文は残っていないため、版としては掲載していません。',
      };
    }
    const { entry } = item;
    const { revision } = entry;
    return {
      kind: 'revision', id: `rev-${revision.date}`, date: revision.date, dateText: formatJapanese(revision.date),
      state: entry.state, stateName: STATE_NAMES[entry.state],
      link: { text: revisionName(revision.date, revision.data.dateBasis), href: urls.revision(slug, revision.date) },
      period: periodText(entry),
      from: entry.period.from,
      ...(entry.period.until ? { until: entry.period.until } : {}),
      ...(revision.data.dateBasis === 'recorded' ? { recordedNote: `この日付は${dateLabel('recorded')}です。${RECORDED_DATE_NOTE}` } : {}),
      summary: revision.data.summary,
      ...(entry.previous
        ? { changes: { text: entry.position === 'scheduled' ? 'この版で変わるところ' : 'この版での変更点', href: urls.changes(slug, revision.date) } }
        : { firstNote: FIRST_RECORDED }),
    };
  });
  return {
    title: `${title} 改定履歴`,
    description: `「${title}」のすべての版と、その適用期間です。`,
    policyLink: { text: title, href: urls.policy(slug) },
    items,
    feedUrl: urls.policyFeed(slug),
    subscribe: { text: SUBSCRIBE_TEXT, href: urls.policyFeed(slug) },
    asOf: site.buildDate,
    inForceWords: inForceWords(site.buildDate),
  };
}

/**
 * The 新旧対照表 of a chosen pair: the changes page's own table when the pair is one
 * revision and the one before it, otherwise the compare page's table view of that pair.
 */
export function compareTableHref(slug: string, from: string, to: string, previousOfTo: string | undefined): string {
  return previousOfTo === from ? urls.changesTable(slug, to) : compareHref(slug, from, to, 'table');
}

/** The compare page's own address for a pair in a view. */
export function compareHref(slug: string, from: string, to: string, view: 'inline' | 'table'): string {
  return `${urls.compare(slug)}?from=${from}&to=${to}${view === 'table' ? '&view=table' : ''}`;
}

export interface ComparePage {
  title: string;
  description: string;
  slug: string;
  policyLink: Link;
  historyLink: Link;
  /** Newest first, with the pair chosen by default: the current revision against its predecessor. */
  options: { date: string; text: string; from: boolean; to: boolean; previous?: string }[];
  only?: Link;
  pairs: Link[];
}

export function comparePage(policy: SitePolicy): ComparePage {
  const { slug, title } = policy.entry;
  const front = policy.front;
  const newestFirst = [...policy.timeline].reverse();
  return {
    title: `${title} 版の比較`,
    description: `「${title}」の任意の2つの版を比べます。`,
    slug,
    policyLink: { text: title, href: urls.policy(slug) },
    historyLink: { text: '改定履歴', href: urls.history(slug) },
    // A revision not yet in force, or not yet published, says so in the list.
    options: newestFirst.map(({ revision, state, previous }) => ({
      date: revision.date, text: `${formatJapanese(revision.date)}の版${state === 'scheduled' || state === 'draft' ? `（${STATE_NAMES[state]}）` : ''}`,
      from: revision.date === front.previous?.date, to: revision.date === front.revision.date,
      ...(previous ? { previous: previous.date } : {}),
    })),
    ...(policy.timeline.length < 2 ? { only: { text: `${formatJapanese(front.revision.date)}の版`, href: urls.revision(slug, front.revision.date) } } : {}),
    pairs: changePairs(policy.timeline).reverse().map(({ older, newer }) => ({
      text: `${formatJapanese(older.date)}の版 → ${formatJapanese(newer.revision.date)}の版`,
      href: urls.changes(slug, newer.revision.date),
    })),
  };
}
