import type { APIRoute } from 'astro';
import { getSite } from '../../data/index.ts';

/** The staff's aliases and everyday words, as the search indexer reads them from the built site. */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify((await getSite()).vocabulary, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
