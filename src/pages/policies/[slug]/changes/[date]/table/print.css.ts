/** The 新旧対照表 page's print stylesheet: on paper the page is the board document (A4 landscape, margins with its address, dates and page numbers). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../../../../data/index.ts';
import { changesRoutes, siteBoard, type ChangesProps } from '../../../../../../lib/site/index.ts';

export const getStaticPaths = (async () => changesRoutes(await getSite())) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { policy, older, newer } = props as ChangesProps;
  return new Response(siteBoard(await getSite(), policy, older, newer).stylesheet(), { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
