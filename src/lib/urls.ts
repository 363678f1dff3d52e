/** Every address the site publishes, in one place (all with trailing slashes). */
import { siteConfig } from '../site.config.ts';

export const urls = {
  home: () => '/',
  policy: (slug: string) => `/policies/${slug}/`,
  revision: (slug: string, date: string) => `/policies/${slug}/${date}/`,
  history: (slug: string) => `/policies/${slug}/history/`,
  changes: (slug: string, date: string) => `/policies/${slug}/changes/${date}/`,
  compare: (slug: string) => `/policies/${slug}/compare/`,
  allChanges: () => '/changes/',
  search: () => '/search/',
};

/** Where a content file and its history live in the published repository. */
export function repositoryLinks(file: string) {
  const { repositoryUrl, repositoryBranch } = siteConfig;
  return {
    file: `${repositoryUrl}/blob/${repositoryBranch}/${file}`,
    history: `${repositoryUrl}/commits/${repositoryBranch}/${file}`,
    commit: (hash: string) => `${repositoryUrl}/commit/${hash}`,
  };
}
