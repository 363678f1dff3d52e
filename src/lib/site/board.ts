/**
 * The board document of each change the site publishes: the 新旧対照表 page prints as it
 * (its print stylesheet), each changes page offers it as a Word file built with the site,
 * and /policies.json lists that file with its sha256. One document per change, its bytes
 * made once per build however many pages ask.
 */
import { boardDocument, boardDocx, sitePrintCss, type BoardDocument, type BoardStage } from '../board/index.ts';
import { changePairs, type RevisionState } from '../history/index.ts';
import type { Site, SiteEntry, SitePolicy, SiteRevision } from './site.ts';
import { urls } from '../urls/index.ts';

export interface SiteBoard {
  document: BoardDocument;
  /** Where the Word file is published. */
  docxHref: string;
  /** The 新旧対照表 page's print stylesheet. */
  stylesheetHref: string;
  docx(): Promise<Uint8Array<ArrayBuffer>>;
  stylesheet(): string;
}

const STAGES: Record<RevisionState, BoardStage> = { draft: 'draft', scheduled: 'scheduled', current: 'in-force', past: 'in-force' };

const docxCache = new WeakMap<Site, Map<string, Promise<Uint8Array<ArrayBuffer>>>>();

export function siteBoard(site: Site, policy: SitePolicy, older: SiteRevision, newer: SiteEntry): SiteBoard {
  const { slug, title, issuer } = policy.entry;
  const date = newer.revision.date;
  const document = boardDocument({
    slug, title, issuer,
    older: { date: older.date, dateBasis: older.data.dateBasis },
    newer: { date, dateBasis: newer.revision.data.dateBasis, stage: STAGES[newer.state] },
    diff: site.diff(older, newer.revision),
    location: new URL(urls.changesTable(slug, date), site.origin).href,
  });
  return {
    document,
    docxHref: urls.changesDocx(slug, date, document.fileStem),
    stylesheetHref: urls.changesTablePrint(slug, date),
    docx() {
      let cache = docxCache.get(site);
      if (!cache) docxCache.set(site, (cache = new Map()));
      let bytes = cache.get(document.fileStem);
      if (!bytes) cache.set(document.fileStem, (bytes = boardDocx(document)));
      return bytes;
    },
    stylesheet: () => sitePrintCss(document),
  };
}

/** The Word file of every change: `/policies/<slug>/changes/<date>/<file>.docx`. */
export function boardRoutes(site: Site) {
  return site.policies.flatMap((policy) =>
    changePairs(policy.timeline).map(({ older, newer }) => {
      const board = siteBoard(site, policy, older, newer);
      return { params: { slug: policy.entry.slug, date: newer.revision.date, file: board.document.fileStem }, props: { policy, older, newer } };
    }));
}
