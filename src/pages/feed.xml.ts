import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSite } from '../data/index.ts';
import { feedItems } from '../lib/site/index.ts';
import { siteConfig } from '../site.config.ts';

export const GET: APIRoute = async ({ site }) =>
  rss({
    title: `${siteConfig.name} 変更履歴`,
    description: `${siteConfig.organisation}の個人情報保護に関する文書の改定（すべての文書）`,
    site: site ?? siteConfig.url,
    items: feedItems(await getSite()),
    customData: '<language>ja</language>',
  });
