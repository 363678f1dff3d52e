/** A revision's text as diff blocks, for the compare page's in-browser diff (which has no Markdown parser). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../../data/index.ts';
import { revisionRoutes, type RevisionProps } from '../../../../lib/site/index.ts';

export const getStaticPaths = (async () => revisionRoutes(await getSite())) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as RevisionProps).entry.revision.blocks), { headers: { 'content-type': 'application/json; charset=utf-8' } });
