/**
 * Stops `astro dev` and `astro build` before anything renders when the content breaks
 * a rule, with the same `file:line: message` report as `npm run policy -- check`.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseDay } from '../lib/dates.ts';
import { loadContent } from '../lib/load-content.ts';
import { formatProblems } from '../lib/problems.ts';

export class ContentProblemsError extends Error {
  constructor(report: string, count: number) {
    super(`コンテンツに ${count} 件の問題があります。直してから、もう一度ビルドしてください。\n${report}`);
    this.name = 'ContentProblemsError';
  }
}

export function contentRules(options: { contentDir: string; buildDate: string }): AstroIntegration {
  return {
    name: 'policy-content-rules',
    hooks: {
      'astro:config:setup': async ({ config }) => {
        if (!parseDay(options.buildDate)) {
          throw new Error(`POLICY_BUILD_DATE「${options.buildDate}」は YYYY-MM-DD の実在する日付ではありません。`);
        }
        const { problems } = await loadContent(fileURLToPath(config.root), options.contentDir);
        if (problems.length > 0) throw new ContentProblemsError(formatProblems(problems), problems.length);
      },
    },
  };
}
