/** Every address the site publishes, in one place (all pages with trailing slashes): what the pages link to and what the content rules check links against. */

export const urls = {
  home: () => '/',
  policy: (slug: string) => `/policies/${slug}/`,
  revision: (slug: string, date: string) => `/policies/${slug}/${date}/`,
  revisionBlocks: (slug: string, date: string) => `/policies/${slug}/${date}/blocks.json`,
  history: (slug: string) => `/policies/${slug}/history/`,
  changes: (slug: string, date: string) => `/policies/${slug}/changes/${date}/`,
  changesTable: (slug: string, date: string) => `/policies/${slug}/changes/${date}/table/`,
  /** The 新旧対照表 page's print stylesheet (the board document on paper). */
  changesTablePrint: (slug: string, date: string) => `/policies/${slug}/changes/${date}/table/print.css`,
  /** The board document as a Word file; its name says which two revisions it compares. */
  changesDocx: (slug: string, date: string, fileStem: string) => `/policies/${slug}/changes/${date}/${fileStem}.docx`,
  compare: (slug: string) => `/policies/${slug}/compare/`,
  policyFeed: (slug: string) => `/policies/${slug}/feed.xml`,
  feed: () => '/feed.xml',
  manifest: () => '/policies.json',
  allChanges: () => '/changes/',
  search: () => '/search/',
  /** The co-op's aliases and everyday words as the build read them: what the search indexer adds to the dictionaries. */
  searchVocabulary: () => '/search/vocabulary.json',
  guide: () => '/guide/',
};

/** The name of a change's board document (新旧対照表), on the site and from `policy table`: which two revisions it compares. */
export function boardFileStem(slug: string, from: string, to: string): string {
  return `shinkyu-${slug}-${from}-${to}`;
}

/** Where the content's git history is published. */
export interface Repository {
  url: string;
  branch: string;
}

/** Where a content file and its history live in the published repository. */
export function repositoryLinks(repository: Repository, file: string) {
  const { url, branch } = repository;
  return {
    file: `${url}/blob/${branch}/${file}`,
    history: `${url}/commits/${branch}/${file}`,
    commit: (hash: string) => `${url}/commit/${hash}`,
  };
}
