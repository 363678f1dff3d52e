/**
 * What a policy's history and compare pages show: every revision with its state and
 * period (and the events the source records without text), and the pairs to compare.
 */
import { formatJapanese } from '../dates/index.ts';
import { changePairs, historyNewestFirst } from '../history/index.ts';
import type { Link } from './revision-page.ts';
import type { SiteEntry, SitePolicy } from './site.ts';
import { urls } from './urls.ts';
import { FIRST_RECORDED, RECORDED_DATE_NOTE, STATE_NAMES, dateLabel, periodText, revisionName } from './wording.ts';

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
}

export function historyPage(policy: SitePolicy): HistoryPage {
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
  };
}

export interface ComparePage {
  title: string;
  description: string;
  slug: string;
  policyLink: Link;
  historyLink: Link;
  /** Newest first, with the pair chosen by default: the current revision against its predecessor. */
  options: { date: string; text: string; from: boolean; to: boolean }[];
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
    options: newestFirst.map(({ revision, state }) => ({
      date: revision.date, text: `${formatJapanese(revision.date)}の版${state === 'scheduled' || state === 'draft' ? `（${STATE_NAMES[state]}）` : ''}`,
      from: revision.date === front.previous?.date, to: revision.date === front.revision.date,
    })),
    ...(policy.timeline.length < 2 ? { only: { text: `${formatJapanese(front.revision.date)}の版`, href: urls.revision(slug, front.revision.date) } } : {}),
    pairs: changePairs(policy.timeline).reverse().map(({ older, newer }) => ({
      text: `${formatJapanese(older.date)}の版 → ${formatJapanese(newer.revision.date)}の版`,
      href: urls.changes(slug, newer.revision.date),
    })),
  };
}
