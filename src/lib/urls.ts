/** Every address the site publishes, in one place (all with trailing slashes). */
export const urls = {
  home: () => '/',
  policy: (slug: string) => `/policies/${slug}/`,
  revision: (slug: string, date: string) => `/policies/${slug}/${date}/`,
  history: (slug: string) => `/policies/${slug}/history/`,
  search: () => '/search/',
};
