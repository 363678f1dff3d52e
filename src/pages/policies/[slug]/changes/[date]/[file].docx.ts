/** The 新旧対照表 of a change as a Word file (the board document), built with the site in pure JS. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../../../data/index.ts';
import { boardRoutes, siteBoard, type ChangesProps } from '../../../../../lib/site/index.ts';
import { DOCX_MEDIA_TYPE } from '../../../../../lib/board/index.ts';

export const getStaticPaths = (async () => boardRoutes(await getSite())) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { policy, older, newer } = props as ChangesProps;
  const bytes = await siteBoard(await getSite(), policy, older, newer).docx();
  return new Response(bytes, { headers: { 'content-type': DOCX_MEDIA_TYPE } });
};
