/**
 * Checks the deployment settings (src/site.config.ts) before Astro does anything: an
 * unusable variable stops `astro dev` and `astro build` with a message naming it, and a
 * build without a repository to link says once how to set one.
 */
import type { AstroIntegration } from 'astro';
import { siteConfig, siteConfigProblems } from '../site.config.ts';

export function siteConfigCheck(): AstroIntegration {
  return {
    name: 'policy-site-config',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        if (siteConfigProblems.length > 0) {
          // Astro would add its own stack trace to a thrown error; the message is all staff need.
          process.stderr.write(`環境変数に ${siteConfigProblems.length} 件の問題があります。\n${siteConfigProblems.map((text) => `- ${text}`).join('\n')}\n`);
          process.exit(1);
        }
        if (!siteConfig.repository) {
          logger.warn('POLICY_REPOSITORY_URL が設定されていないため、各版のページは原本のファイル名だけを示し、リポジトリにはリンクしません。リンクするには POLICY_REPOSITORY_URL=https://github.com/<owner>/<repo> を設定してください。');
        }
      },
    },
  };
}
