/**
 * What a changes page shows, in both its views (the inline redline and the 新旧対照表):
 * the two revisions, the summary, how much changed, the sections that changed.
 */
import { formatJapanese } from '../dates/index.ts';
import { renderInline, renderTable, type DocumentDiff } from '../diff/index.ts';
import { boardTitleHtml } from '../board/index.ts';
import { siteBoard } from './board.ts';
import type { Link } from './revision-page.ts';
import type { Site, SiteEntry, SitePolicy, SiteRevision } from './site.ts';
import { urls } from './urls.ts';
import { changesHeading } from './wording.ts';

export type ChangesView = 'inline' | 'table';

/** One of the two revisions compared: its address and its date (ISO and in Japanese). */
export interface RevisionRef {
  href: string;
  date: string;
  dateText: string;
}

export interface ChangesPage {
  title: string;
  description: string;
  heading: string;
  policyLink: Link;
  historyLink: Link;
  older: RevisionRef;
  newer: RevisionRef;
  summary: string;
  counts: { inserted: number; deleted: number; formatOnly: number; targets: number; textChanged: boolean };
  changedSections: Link[];
  views: { view: ChangesView; text: string; href: string; current: boolean }[];
  /** The diff rendered for this view. */
  html: string;
  /** The 新旧対照表 as a Word file for the board (built with the site). */
  download: Link;
  /** The table view prints as the board document: its print stylesheet and title block (shown only on paper). */
  print?: { stylesheet: string; titleHtml: string };
}

/** How much changed: characters either way, and the blocks whose formatting alone changed. */
export function changeCounts(diff: DocumentDiff): ChangesPage['counts'] {
  const formatOnly = diff.blocks.filter((block) => block.status === 'format-only').length;
  const textChanged = diff.insertedChars + diff.deletedChars > 0 || diff.blocks.some((block) => block.status.startsWith('moved'));
  return { inserted: diff.insertedChars, deleted: diff.deletedChars, formatOnly, targets: diff.changedTargets, textChanged };
}

function revisionRef(policy: SitePolicy, revision: SiteRevision): RevisionRef {
  return { href: urls.revision(policy.entry.slug, revision.date), date: revision.date, dateText: formatJapanese(revision.date) };
}

export function changesPage(site: Site, policy: SitePolicy, older: SiteRevision, newer: SiteEntry, view: ChangesView): ChangesPage {
  const { slug, title } = policy.entry;
  const date = newer.revision.date;
  const diff = site.diff(older, newer.revision);
  const base = urls.changes(slug, date);
  const heading = changesHeading(newer);
  const board = siteBoard(site, policy, older, newer);
  return {
    title: view === 'table' ? `${title} ${formatJapanese(date)}改定の新旧対照表` : `${title} ${heading}`,
    description: newer.revision.data.summary,
    heading,
    policyLink: { text: title, href: urls.policy(slug) },
    historyLink: { text: '改定履歴', href: urls.history(slug) },
    older: revisionRef(policy, older),
    newer: revisionRef(policy, newer.revision),
    summary: newer.revision.data.summary,
    counts: changeCounts(diff),
    changedSections: diff.changedSections.map((section) => ({
      text: section.text || '（最初の見出しより前）',
      // The table view has no anchors of its own: its section links lead to the redline.
      href: `${view === 'inline' ? '' : base}#${section.anchor}`,
    })),
    views: [
      { view: 'inline', text: '変更箇所を本文中に表示', href: base, current: view === 'inline' },
      { view: 'table', text: '新旧対照表', href: urls.changesTable(slug, date), current: view === 'table' },
    ],
    html: view === 'inline' ? renderInline(diff) : renderTable(diff),
    download: { text: '新旧対照表を Word ファイル（.docx）でダウンロード', href: board.docxHref },
    ...(view === 'table' ? { print: { stylesheet: board.stylesheetHref, titleHtml: boardTitleHtml(board.document, 'p') } } : {}),
  };
}
