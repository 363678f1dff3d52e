/**
 * The site's pages as data: the site as of its build date (site.ts), then what each kind
 * of page, feed and manifest shows, worded from one catalogue (wording.ts) and addressed
 * from one table (src/lib/urls). Pages and endpoints only render what these return.
 */
export { buildSite, storedContent, type Site, type SitePolicy, type SiteEntry, type SiteRevision, type StoredContent, type StoredRevision, type SearchVocabulary, type Commit, type SiteOptions } from './site.ts';
export { revisionPage, type RevisionPage, type Link, type Notice, type DetailRow, type TocItem, type Provenance, type PrintLine } from './revision-page.ts';
export { changesPage, changeCounts, countParts, changedSectionLinks, type ChangesPage, type ChangesView, type ChangeCounts, type CountPart } from './changes-page.ts';
export {
  historyPage, comparePage, compareTableHref, compareHref, type HistoryPage, type HistoryPageItem, type ComparePage,
} from './history-page.ts';
export { portalCards, changeLogItems, type PortalCard, type ChangeLogItem } from './portal.ts';
export { feedItems, type FeedItem } from './feed.ts';
export { manifest } from './manifest.ts';
export { siteBoard, boardRoutes, type SiteBoard } from './board.ts';
export { urls, repositoryLinks, type Repository } from '../urls/index.ts';
export * as wording from './wording.ts';
export type { InForceWords } from './wording.ts';
export { policyRoutes, revisionRoutes, changesRoutes, type PolicyProps, type RevisionProps, type ChangesProps } from './routes.ts';
export { CONTENT_SECURITY_POLICY, PREVIEW_CONTENT_SECURITY_POLICY } from './security.ts';
