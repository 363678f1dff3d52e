/**
 * Everything about the deployment that is set in one place. Environment variables
 * override the defaults for tests, previews and other hosts.
 */
import { todayInTokyo } from './lib/dates.ts';

export const siteConfig = {
  /** Public origin used for canonical URLs, the sitemap and feeds. */
  url: process.env.SITE_URL ?? 'https://privacy.kitatokyo.seikatsuclub.coop',
  name: '北東京生活クラブ プライバシーポリシー',
  organisation: '北東京生活クラブ生活協同組合',
  /** Folder holding policies.yaml and policies/<slug>/<date>.mdx, relative to the project root. */
  contentDir: process.env.POLICY_CONTENT_DIR ?? 'content',
  /** The day the site is built "as of", in Japan (YYYY-MM-DD); decides current and scheduled revisions. */
  buildDate: process.env.POLICY_BUILD_DATE ?? todayInTokyo(),
  /** Preview builds show draft revisions with a 下書き banner (`npm run dev` always does). */
  preview: process.env.POLICY_PREVIEW === '1',
  /** Where the content's git history is published; revision pages link to their file there. */
  repositoryUrl: (process.env.POLICY_REPOSITORY_URL ?? 'https://github.com/kitatokyo-seikatsuclub/privacy-policy-portal').replace(/\/$/, ''),
  repositoryBranch: process.env.POLICY_REPOSITORY_BRANCH ?? 'main',
};
