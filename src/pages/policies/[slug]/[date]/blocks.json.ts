/** A revision's text as diff blocks, for the compare page's in-browser diff (which has no MDX parser). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPolicies, type RevisionRecord } from '../../../../data/policies.ts';
import { blocksOf } from '../../../../data/blocks.ts';

export const getStaticPaths = (async () =>
  (await getPolicies()).flatMap((policy) =>
    policy.timeline.map(({ revision }) => ({ params: { slug: policy.slug, date: revision.date }, props: { revision } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { revision } = props as { revision: RevisionRecord };
  return new Response(JSON.stringify(blocksOf(revision)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
