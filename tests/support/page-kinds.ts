/**
 * One address for every kind of page the site has, on the real build. The accessibility
 * and no-third-party tests both walk this list: a new kind of page is one line here.
 */
export interface PageKind {
  kind: string;
  path: string;
  /** A selector that appears once the page has finished its work (search results). */
  ready?: string;
}

export const PAGE_KINDS: PageKind[] = [
  { kind: 'index', path: '/' },
  { kind: 'current policy', path: '/policies/website-policy/' },
  { kind: 'past revision', path: '/policies/website-policy/2015-12-01/' },
  { kind: 'history', path: '/policies/website-policy/history/' },
  { kind: 'search with results', path: `/search/?q=${encodeURIComponent('個人情報')}`, ready: '#search-results .search-result' },
  { kind: '404', path: '/no-such-page/' },
  { kind: 'changes (inline redline)', path: '/policies/website-policy/changes/2026-11-25/' },
  { kind: 'changes (side-by-side table)', path: '/policies/website-policy/changes/2026-11-25/table/' },
  { kind: 'change log', path: '/changes/' },
  { kind: 'compare', path: '/policies/website-policy/compare/', ready: '#compare-summary:not([hidden])' },
  { kind: 'compare (side-by-side table)', path: '/policies/website-policy/compare/?from=2015-12-01&to=2026-11-25&view=table', ready: '#compare-result table' },
  { kind: 'history (date answered)', path: '/policies/website-policy/history/?date=2030-01-01', ready: '#in-force-result a' },
  { kind: 'guide', path: '/guide/' },
];
