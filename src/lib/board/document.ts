/**
 * The board document (理事会資料) of a revision: its 新旧対照表 with the title block and
 * the page margins, as one model that the Word file, the print view and the site's
 * printed page all draw. Worded here, once.
 */
import { formatJapanese } from '../dates/index.ts';
import { boardFileStem } from '../urls/index.ts';
import { shinkyuTable, TABLE_WORDS, type DocumentDiff, type ShinkyuTable } from '../diff/index.ts';

/** Where the newer revision stands: a draft is a proposal (改定案), the others are decided. */
export type BoardStage = 'draft' | 'scheduled' | 'in-force';

export interface BoardRevision {
  date: string;
  /** 'recorded': the source gives no date, the file's date is the day it was recorded (収録日). */
  dateBasis: 'effective' | 'recorded';
}

export interface BoardInput {
  slug: string;
  /** The policy's title. */
  title: string;
  issuer: string;
  older: BoardRevision;
  newer: BoardRevision & { stage: BoardStage };
  diff: DocumentDiff;
  /** Printed at the foot of every page: the page's address on the site, or the source files. */
  location: string;
}

/** A labelled line of the title block. */
export interface BoardDetail {
  label: string;
  text: string;
}

export interface BoardDocument {
  /** File name without extension, the same for every format: shinkyu-<slug>-<from>-<to>. */
  fileStem: string;
  /** 「〇〇 新旧対照表」 */
  heading: string;
  /** 改定案 for a draft; absent once the revision is decided. */
  stage?: string;
  issuer: string;
  details: BoardDetail[];
  /** 「（傍線部分は改正部分）」 */
  legend: string;
  /** Column heads, left to right. */
  heads: [string, string];
  table: ShinkyuTable;
  /** What every page says in its margins besides its number. */
  margins: { top: string; versions: string; location: string };
  /** The newer revision's date, which also stamps the file (so the same revisions always give the same bytes). */
  date: string;
}

const day = formatJapanese;

export { boardFileStem };

function versionName(revision: BoardRevision): string {
  return revision.dateBasis === 'recorded' ? `${day(revision.date)}に収録した版` : `${day(revision.date)}の版`;
}

function dateDetails(newer: BoardInput['newer']): BoardDetail[] {
  const date = day(newer.date);
  if (newer.dateBasis === 'recorded') return [{ label: '収録日', text: date }];
  switch (newer.stage) {
    case 'draft':
      return [{ label: '適用予定日', text: date }];
    case 'scheduled':
      return [{ label: '改定日', text: `${date}（適用予定）` }];
    case 'in-force':
      return [{ label: '改定日', text: date }];
  }
}

export function boardDocument(input: BoardInput): BoardDocument {
  const { older, newer } = input;
  const draft = newer.stage === 'draft';
  const newerName = draft ? `${day(newer.date)}付の改定案` : versionName(newer);
  return {
    fileStem: boardFileStem(input.slug, older.date, newer.date),
    heading: `${input.title} ${TABLE_WORDS.caption}`,
    ...(draft ? { stage: '改定案' } : {}),
    issuer: input.issuer,
    details: [
      { label: '発行', text: input.issuer },
      ...dateDetails(newer),
      { label: TABLE_WORDS.new, text: newerName },
      { label: TABLE_WORDS.old, text: versionName(older) },
    ],
    legend: TABLE_WORDS.legend,
    heads: [TABLE_WORDS.new, TABLE_WORDS.old],
    table: shinkyuTable(input.diff),
    margins: {
      top: draft ? `${input.title} ${TABLE_WORDS.caption}（改定案）` : `${input.title} ${TABLE_WORDS.caption}`,
      versions: `${TABLE_WORDS.new}: ${newerName}　${TABLE_WORDS.old}: ${versionName(older)}`,
      location: input.location,
    },
    date: newer.date,
  };
}
