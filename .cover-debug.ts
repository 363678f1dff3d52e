import { readFileSync } from 'node:fs';
import { loadLexicon, cover, unitsOf } from './src/lib/search/query.ts';
import { formTableOf } from './src/lib/search/keys.ts';
const D = 'tests/.output/bench-real/pagefind';
const base = JSON.parse(readFileSync(`${D}/lexicon.json`, 'utf8'));
const extra = JSON.parse(readFileSync(`${D}/lexicon-extra.json`, 'utf8'));
const tables = Array.from({ length: 256 }, (_, n) => JSON.parse(readFileSync(`${D}/lexicon/${n}.json`, 'utf8')));
const lex = loadLexicon(base, { extra, tables });
for (const q of process.argv.slice(2)) {
  const units = unitsOf(q);
  console.log(q, cover(lex, units).map((s) => `${units.slice(s.from, s.to).map((u) => u.typed).join('')}:${s.kind}`).join(' | '));
}
