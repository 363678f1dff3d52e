/**
 * Everything about the deployment that the environment sets, read in one place and
 * checked: a variable that is set but unusable is a problem naming it, never a silent
 * default. src/integrations/site-config.ts stops `astro dev` and `astro build` on them.
 */
import { parseDay, todayInTokyo } from './lib/dates/index.ts';
import type { Repository } from './lib/site/index.ts';

export interface SiteConfig {
  /** Public origin for canonical URLs, the sitemap and feeds (no path: the site lives at the root). */
  url: string;
  name: string;
  organisation: string;
  /** Folder holding policies.yaml and policies/<slug>/<date>.mdx, relative to the project root. */
  contentDir: string;
  /** The day the site is built "as of", in Japan (YYYY-MM-DD); decides current and scheduled revisions. */
  buildDate: string;
  /** Preview builds show draft revisions with a 下書き banner (`npm run dev` always does). */
  preview: boolean;
  /** Where the content's git history is published, so revision pages can link their source. */
  repository: Repository | undefined;
}

export const DEFAULT_SITE_URL = 'https://privacy.kitatokyo.seikatsuclub.coop';

type Environment = Record<string, string | undefined>;

/** The configuration the environment asks for, and what is wrong with it (in Japanese, naming each variable). */
export function readSiteConfig(env: Environment = process.env): { config: SiteConfig; problems: string[] } {
  const problems: string[] = [];
  const set = (name: string) => (env[name] === undefined || env[name] === '' ? undefined : env[name]);

  let url = DEFAULT_SITE_URL;
  const siteUrl = set('SITE_URL');
  if (siteUrl !== undefined) {
    const parsed = URL.canParse(siteUrl) ? new URL(siteUrl) : undefined;
    if (!parsed || !/^https?:$/.test(parsed.protocol)) problems.push(`SITE_URL「${siteUrl}」は https:// で始まる URL ではありません（例: https://privacy.example.jp）。`);
    else if (parsed.pathname !== '/' || parsed.search || parsed.hash || parsed.username) {
      problems.push(`SITE_URL「${siteUrl}」にパスや ? # が含まれています。このサイトはドメインの直下に置くため、https://privacy.example.jp のようにドメインまでを書いてください。`);
    } else url = parsed.origin;
  }

  const buildDate = set('POLICY_BUILD_DATE') ?? todayInTokyo();
  if (!parseDay(buildDate)) problems.push(`POLICY_BUILD_DATE「${buildDate}」は YYYY-MM-DD の実在する日付ではありません。`);
  // A mistyped year (0226, 9026) would show every revision as past or as scheduled.
  else if (Number(buildDate.slice(0, 4)) < 1900 || Number(buildDate.slice(0, 4)) > 2100) problems.push(`POLICY_BUILD_DATE「${buildDate}」の年が 1900〜2100 の範囲にありません。打ち間違いではないか確かめてください。`);

  const preview = set('POLICY_PREVIEW');
  if (preview !== undefined && preview !== '1' && preview !== '0') problems.push(`POLICY_PREVIEW「${preview}」は 1（下書きを表示する）か 0 にしてください。`);

  let repository: Repository | undefined;
  const repositoryUrl = set('POLICY_REPOSITORY_URL');
  if (repositoryUrl !== undefined) {
    const parsed = URL.canParse(repositoryUrl) ? new URL(repositoryUrl) : undefined;
    if (!parsed || parsed.protocol !== 'https:' || parsed.search || parsed.hash || parsed.username || parsed.password) {
      problems.push(`POLICY_REPOSITORY_URL「${repositoryUrl}」は https:// で始まるリポジトリの URL ではありません（例: https://github.com/owner/repo）。`);
    } else repository = { url: parsed.href.replace(/\/+$/, ''), branch: set('POLICY_REPOSITORY_BRANCH') ?? 'main' };
  }
  const branch = set('POLICY_REPOSITORY_BRANCH');
  if (branch !== undefined && !/^[\w.\-/]+$/.test(branch)) problems.push(`POLICY_REPOSITORY_BRANCH「${branch}」はブランチ名として使えません。`);

  return {
    config: {
      url,
      name: '北東京生活クラブ プライバシーポリシー',
      organisation: '北東京生活クラブ生活協同組合',
      contentDir: set('POLICY_CONTENT_DIR') ?? 'content',
      buildDate,
      preview: preview === '1',
      repository,
    },
    problems,
  };
}

const read = readSiteConfig();
export const siteConfig: SiteConfig = read.config;
export const siteConfigProblems: readonly string[] = read.problems;
