import type { APIRoute } from 'astro';
import { getSite } from '../data/index.ts';
import { manifest } from '../lib/site/index.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await manifest(await getSite()), null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
