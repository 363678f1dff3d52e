import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { buildSearchCorpus, encodeForIndex, htmlForIndex } from './src/lib/search/index.ts';
import { linderaAnalyser, sudachiSynonyms } from './scripts/search-index.ts';
const dist = 'dist';
const files: string[] = [];
async function walk(d: string) { for (const e of await readdir(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) await walk(p); else if (e.name === 'index.html') files.push(p); } }
await walk(path.join(dist, 'policies'));
const pages = (await Promise.all(files.map(async (f) => ({ url: '/' + path.relative(dist, path.dirname(f)) + '/', html: await readFile(f, 'utf8') })))).filter((p) => p.html.includes('data-pagefind-body'));
// corpus as the indexer builds it, roughly: all text of the pages
const texts: string[] = [];
for (const p of pages) for (const m of p.html.matchAll(/>([^<]+)</g)) texts.push(m[1]!);
const corpus = buildSearchCorpus(texts, { analyse: linderaAnalyser(), synonyms: await sudachiSynonyms(), aliases: [], headings: new Set() } as any);
for (const variant of ['as-is', 'attach']) {
  const { index } = await pagefind.createIndex({ forceLanguage: 'und' });
  for (const p of pages) {
    const encode = (t: string) => { const e = encodeForIndex(t, corpus); if (variant === 'no-keys') return e.replace(/ \^k[0-9a-z]+/g, ''); if (variant === 'attach') { const w = e.split(' '); const out: string[] = []; for (let i = 0; i < w.length; i++) { const x = w[i]!; const prev = out.at(-1) ?? ''; if (!x.startsWith('^') && x !== '␣' && !(w[i + 1] ?? '').startsWith('^') && /^[\u3041-\u30ff\u4e00-\u9fff]+$/u.test(x) && prev.startsWith('^')) { out[out.length - 1] = prev + x; } else out.push(x); } return out.join(' '); } if (variant === 'pua-kana') { const w = e.split(' '); return w.map((x, i) => (!x.startsWith('^') && !(w[i + 1] ?? '').startsWith('^') && /^[\u3041-\u30ff]+$/u.test(x) ? x.replace(/[\u3041-\u30ff]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0x3000 + 0xe000)) : x)).join(' '); } if (variant === 'no-function-words') { const w = e.split(' '); return w.filter((x, i) => x.startsWith('^') || x === '␣' || (w[i + 1] ?? '').startsWith('^')).join(' '); } if (variant === 'keys-only') return e.split(' ').filter((w) => w.startsWith('^') || w === '␣').join(' '); return e; };
    await index!.addHTMLFile({ url: p.url, content: htmlForIndex(p.html, encode) });
  }
  const out = `/tmp/idx-${variant}`; await rm(out, { recursive: true, force: true });
  await index!.writeFiles({ outputPath: out });
  for (const f of await readdir(path.join(out, 'index'))) console.log(variant, f, (await readFile(path.join(out, 'index', f))).length);
}
await pagefind.close();
