/** What the portal and the change log of every policy show. */
import { formatJapanese } from '../dates/index.ts';
import { changeLog } from '../history/index.ts';
import type { Link } from './revision-page.ts';
import type { Site, SiteEntry } from './site.ts';
import { urls } from '../urls/index.ts';
import { FIRST_RECORDED, RECORDED_DATE_SHORT, STATE_NAMES, dateLabel, upcomingNotice, periodText } from './wording.ts';

export interface PortalCard {
  link: Link;
  issuer: string;
  /** 改定日 / 収録日 of the revision the policy's page shows, or its period when it is yet to apply. */
  dateLine: { label: string; text: string; datetime: string };
  summary: string;
  history: Link;
  upcoming?: { text: string; link: Link };
}

export function portalCards(site: Site): PortalCard[] {
  return site.policies.map((policy) => {
    const { slug, title, issuer } = policy.entry;
    const { revision } = policy.front;
    const inForce = policy.front.position !== 'scheduled';
    const card: PortalCard = {
      link: { text: title, href: urls.policy(slug) },
      issuer,
      dateLine: inForce
        ? { label: dateLabel(revision.data.dateBasis), text: formatJapanese(revision.date), datetime: revision.date }
        : { label: '適用期間', text: periodText(policy.front), datetime: revision.date },
      summary: revision.data.summary,
      history: { text: '改定履歴', href: urls.history(slug) },
    };
    // A policy whose page already shows the upcoming revision needs no second announcement.
    if (policy.upcoming && policy.upcoming !== policy.front) {
      card.upcoming = {
        text: `${upcomingNotice(policy.upcoming.revision.date)}。`,
        link: { text: '変わるところを見る', href: urls.changes(slug, policy.upcoming.revision.date) },
      };
    }
    return card;
  });
}

export interface ChangeLogItem {
  date: string;
  dateText: string;
  recordedNote?: string;
  state: SiteEntry['state'];
  stateName: string;
  policy: Link;
  summary: string;
  changes?: Link;
  firstNote?: string;
  full: Link;
}

export function changeLogItems(site: Site): ChangeLogItem[] {
  return changeLog(site.policies).map(({ policy, entry }) => {
    const { slug, title } = policy.entry;
    const { revision } = entry;
    return {
      date: revision.date,
      dateText: formatJapanese(revision.date),
      ...(revision.data.dateBasis === 'recorded' ? { recordedNote: `（${RECORDED_DATE_SHORT}）` } : {}),
      state: entry.state,
      stateName: STATE_NAMES[entry.state],
      policy: { text: title, href: urls.policy(slug) },
      summary: revision.data.summary,
      ...(entry.previous
        ? { changes: { text: entry.position === 'scheduled' ? '変わるところを見る' : '変更点を見る', href: urls.changes(slug, revision.date) } }
        : { firstNote: FIRST_RECORDED }),
      full: { text: 'この版の全文', href: urls.revision(slug, revision.date) },
    };
  });
}
