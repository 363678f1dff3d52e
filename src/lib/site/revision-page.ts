/**
 * What a revision page shows: at `/policies/<slug>/` (the current revision) and at its
 * permanent address `/policies/<slug>/<date>/`. The component only renders this.
 */
import { formatJapanese } from '../dates/index.ts';
import type { SiteEntry, SitePolicy, Site } from './site.ts';
import { repositoryLinks, urls } from '../urls/index.ts';
import {
  COMMIT_DATE_NOTE, DRAFT_NOTICE, NOT_STATED, RECORDED_DATE_NOTE, STATE_NAMES, SUBSCRIBE_TEXT, PROVENANCE_LINE, dateLabel, periodText,
  revisionDateLabel, revisionName, scheduledNotice, upcomingNotice,
} from './wording.ts';

export interface Link {
  text: string;
  href: string;
}

export interface Notice {
  kind: 'draft' | 'upcoming' | 'past' | 'scheduled';
  title: string;
  lines: string[];
  links: Link[];
}

/** A row of the revision's details: a label and a value, optionally a date and a note in brackets. */
export interface DetailRow {
  label: string;
  text: string;
  /** ISO date when the value is one (rendered as <time>). */
  datetime?: string;
  note?: string;
}

/**
 * Where the text comes from: one plain line for members, and the technical record (the
 * source file, its history, the commit, the checksum) one step away, folded and never printed.
 */
export interface Provenance {
  line: string;
  file: string;
  /** Links into the published repository, when one is configured. */
  fileUrl?: string;
  historyUrl?: string;
  commit?: { short: string; url?: string; date: string; dateText: string; note: string };
  sha256: string;
  manifest: Link;
}

/** What a printed page says about itself (the print date is added by the browser when it prints). */
export interface PrintLine {
  /** The revision's permanent address, absolute. */
  url: string;
  revision: string;
}

export interface TocItem {
  text: string;
  href: string;
  children: { text: string; href: string }[];
}

export interface RevisionPage {
  /** The page's <title> (before the site name). */
  title: string;
  description: string;
  heading: string;
  state: SiteEntry['state'];
  notices: Notice[];
  details: DetailRow[];
  provenance: Provenance;
  links: Link[];
  /** The policy's feed, as a visible link. */
  subscribe: Link;
  print: PrintLine;
  toc: TocItem[];
  html: string;
  /** Whether search indexes this page: each text once, where a reader should land (docs/search.md). */
  indexed: boolean;
  /** For a past revision, what search shows beside its result (2015年12月1日の版（過去の版）), so the search page formats no dates. */
  searchRevision: string | undefined;
  policyTitle: string;
  feedUrl: string;
}

/** Sections (h2) with their clauses (h3) nested under them. */
function tableOfContents(entry: SiteEntry): TocItem[] {
  const items: TocItem[] = [];
  for (const block of entry.revision.blocks) {
    if (block.kind !== 'heading' || (block.depth ?? 1) > 3 || !block.anchor) continue;
    const link = { text: block.text, href: `#${block.anchor}` };
    const last = items.at(-1);
    if (block.depth === 3 && last) last.children.push(link);
    else items.push({ ...link, children: [] });
  }
  return items;
}

function notices(policy: SitePolicy, entry: SiteEntry, isCurrentAddress: boolean): Notice[] {
  const { slug } = policy.entry;
  const out: Notice[] = [];
  const current = policy.current;
  if (entry.state === 'draft') out.push({ kind: 'draft', title: STATE_NAMES.draft, lines: [DRAFT_NOTICE, periodText(entry)], links: [] });
  if (entry.position === 'current' && policy.upcoming) {
    const upcoming = policy.upcoming;
    out.push({
      kind: 'upcoming', title: upcomingNotice(upcoming.revision.date), lines: [upcoming.revision.data.summary],
      links: [
        { text: '変わるところを見る', href: urls.changes(slug, upcoming.revision.date) },
        { text: '新しい版の全文を読む', href: urls.revision(slug, upcoming.revision.date) },
      ],
    });
  }
  if (entry.position === 'past') {
    out.push({
      kind: 'past', title: 'これは過去の版です。', lines: [`適用期間: ${periodText(entry)}`],
      links: current ? [{ text: `${STATE_NAMES.current}（${formatJapanese(current.revision.date)}）を読む`, href: urls.policy(slug) }] : [],
    });
  }
  if (entry.position === 'scheduled' && entry.state !== 'draft') {
    out.push({
      kind: 'scheduled', title: scheduledNotice(entry.revision.date),
      lines: current ? [] : ['この文書には、現在適用されている版はありません。'],
      links: current && !isCurrentAddress ? [{ text: `現在適用中の版（${formatJapanese(current.revision.date)}）を読む`, href: urls.policy(slug) }] : [],
    });
  }
  return out;
}

function details(policy: SitePolicy, entry: SiteEntry): DetailRow[] {
  const { revision } = entry;
  const { data } = revision;
  const rows: DetailRow[] = [{ label: '発行', text: policy.entry.issuer }];
  const established = policy.entry.established;
  rows.push(established ? { label: '制定', text: formatJapanese(established), datetime: established } : { label: '制定', text: NOT_STATED });
  const draft = entry.state === 'draft';
  if (data.dateBasis === 'recorded') {
    rows.push({ label: '最終改定', text: NOT_STATED });
    rows.push({ label: dateLabel('recorded'), text: formatJapanese(revision.date), datetime: revision.date, note: RECORDED_DATE_NOTE });
  } else {
    rows.push({ label: revisionDateLabel(entry.position, data.dateBasis, draft), text: formatJapanese(revision.date), datetime: revision.date });
  }
  if (data.announced) rows.push({ label: '予告日', text: formatJapanese(data.announced), datetime: data.announced, note: 'この改定をあらかじめ知らせた日' });
  if (data.sourceDate) rows.push({ label: '原文の日付表記', text: data.sourceDate });
  rows.push({ label: '適用期間', text: periodText(entry) });
  return rows;
}

function provenance(site: Site, entry: SiteEntry): Provenance {
  const { revision } = entry;
  const links = site.repository ? repositoryLinks(site.repository, revision.file) : undefined;
  const out: Provenance = {
    line: PROVENANCE_LINE, file: revision.file, sha256: revision.sha256,
    manifest: { text: 'すべての版の一覧（policies.json）', href: urls.manifest() },
  };
  if (links) {
    out.fileUrl = links.file;
    out.historyUrl = links.history;
  }
  if (revision.commit) {
    const { hash, date } = revision.commit;
    out.commit = { short: hash.slice(0, 10), date, dateText: formatJapanese(date.slice(0, 10)), note: COMMIT_DATE_NOTE, ...(links ? { url: links.commit(hash) } : {}) };
  }
  return out;
}

function links(policy: SitePolicy, entry: SiteEntry, isCurrentAddress: boolean): Link[] {
  const { slug } = policy.entry;
  const out: Link[] = [{ text: `改定履歴（全${policy.timeline.length}版）`, href: urls.history(slug) }];
  if (entry.previous) out.push({ text: entry.position === 'scheduled' ? 'この版で変わるところ' : 'この版での変更点', href: urls.changes(slug, entry.revision.date) });
  if (policy.timeline.length > 1) out.push({ text: '版を比べる', href: urls.compare(slug) });
  if (isCurrentAddress) out.push({ text: 'この版の固定URL', href: urls.revision(slug, entry.revision.date) });
  else if (entry !== policy.front) out.push({ text: policy.current ? STATE_NAMES.current : 'この文書のページ', href: urls.policy(slug) });
  return out;
}

export function revisionPage(site: Site, policy: SitePolicy, entry: SiteEntry, isCurrentAddress: boolean): RevisionPage {
  const { revision } = entry;
  const title = policy.entry.title;
  const name = revisionName(revision.date, revision.data.dateBasis);
  return {
    title: isCurrentAddress ? title : `${title}（${name}）`,
    description: isCurrentAddress
      ? `${policy.entry.issuer}の「${title}」の${STATE_NAMES[entry.position === 'current' ? 'current' : entry.state]}です。`
      : `${policy.entry.issuer}の「${title}」の${name}（${STATE_NAMES[entry.state]}）です。`,
    heading: revision.data.title,
    state: entry.state,
    notices: notices(policy, entry, isCurrentAddress),
    details: details(policy, entry),
    provenance: provenance(site, entry),
    links: links(policy, entry, isCurrentAddress),
    subscribe: { text: SUBSCRIBE_TEXT, href: urls.policyFeed(policy.entry.slug) },
    print: {
      url: new URL(urls.revision(policy.entry.slug, revision.date), site.origin).href,
      revision: `${name}（${entry.position === 'current' ? '現在の版' : STATE_NAMES[entry.state]}）`,
    },
    toc: tableOfContents(entry),
    html: revision.html,
    indexed: (entry.state === 'current' && isCurrentAddress) || entry.state === 'past',
    searchRevision: entry.state === 'past' ? `${formatJapanese(revision.date)}の版（${STATE_NAMES.past}）` : undefined,
    policyTitle: title,
    feedUrl: urls.policyFeed(policy.entry.slug),
  };
}
