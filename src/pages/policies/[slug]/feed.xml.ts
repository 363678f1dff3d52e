import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPolicies, type PolicyRecord } from '../../../data/policies.ts';
import { feedItems } from '../../../data/feed.ts';
import { siteConfig } from '../../../site.config.ts';

export const getStaticPaths = (async () =>
  (await getPolicies()).map((policy) => ({ params: { slug: policy.slug }, props: { policy } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { policy } = props as { policy: PolicyRecord };
  return rss({
    title: `${policy.title} 変更履歴 | ${siteConfig.name}`,
    description: `「${policy.title}」（${policy.issuer}）の改定`,
    site: site ?? siteConfig.url,
    items: feedItems([policy]),
    customData: '<language>ja</language>',
  });
};
