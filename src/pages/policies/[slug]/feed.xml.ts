import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/index.ts';
import { feedItems, policyRoutes, type PolicyProps } from '../../../lib/site/index.ts';
import { siteConfig } from '../../../site.config.ts';

export const getStaticPaths = (async () => policyRoutes(await getSite())) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { policy } = props as PolicyProps;
  return rss({
    title: `${policy.entry.title} 変更履歴 | ${siteConfig.name}`,
    description: `「${policy.entry.title}」（${policy.entry.issuer}）の改定`,
    site: site ?? siteConfig.url,
    items: feedItems(await getSite(), [policy]),
    customData: '<language>ja</language>',
  });
};
