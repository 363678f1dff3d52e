import { beforeAll, describe, expect, it } from 'vitest';
import { keyWidthFor, keyWord, type SearchCorpus } from '../../../src/lib/search/lexicon.ts';
import { lookupForm } from '../../../src/lib/search/fold.ts';
import { synonymsFor } from '../../../src/lib/search/synonyms.ts';
import { inflectedForms, isContentToken, type Token } from '../../../src/lib/search/tokens.ts';
import { loadLexicon, planQuery, type Lexicon } from '../../../src/lib/search/query.ts';
import { readQuery, type LexiconLoader } from '../../../src/lib/search/adapter.ts';
import { romajiReader } from '../../../src/lib/search/romaji.ts';
import { formTableOf, frontCoded, frontDecoded, readAlternativeGroups, splitLexicon } from '../../../src/lib/search/keys.ts';
import { testCorpus } from './corpus.ts';
import { homophonesOf, soundSlipsOf, wordsOfTheirOwn } from '../../../src/lib/search/homophones.ts';
import { kanjiDictionary, linderaAnalyser } from '../../../scripts/search-index.ts';

let corpus: SearchCorpus;
let lexicon: Lexicon;
beforeAll(async () => ({ corpus, lexicon } = await testCorpus()));

/** The keys a form reaches, by their display spelling. */
const reaches = (form: string) => (lexicon.forms.get(lookupForm(form)) ?? []).map((key) => lexicon.keys[key]);
/** The index keys of the word starting with `surface` in `text`. */
function keysAt(text: string, surface: string): string[] {
  const { tokens, keys } = corpus.tokensOf(text);
  const i = tokens.findIndex((token) => token.surface === surface);
  return (keys[i] ?? []).map((key) => keyWord(key, lexicon.keyWidth));
}

describe('the corpus lexicon', () => {
  it('files a word under its written form, its dictionary form, its stems and its reading', () => {
    expect(reaches('求める')).toEqual(['求める']);
    expect(reaches('求め')).toEqual(['求める']);
    expect(reaches('もとめる')).toEqual(['求める']);
    expect(reaches('じょうほう')).toEqual(['情報']);
    expect(reaches('こじんじょうほう')).toEqual(['個人', '情報']);
  });

  it('makes the spellings the synonym dictionary gives as one word one key, both ways', () => {
    expect(reaches('問い合わせ')).toEqual(reaches('問合せ'));
    expect(reaches('問いあわせ')).toEqual(reaches('問合せ'));
    expect(reaches('cookie')).toEqual(['クッキー']);
    expect(keysAt('7.クッキー(Cookie)の利用について', 'クッキー')).toEqual(keysAt('7.クッキー(Cookie)の利用について', 'cookie'));
  });

  it('indexes an alias that spans several words at the first of them', () => {
    const text = '生活クラブ共済事業連合生活協同組合連合会(以下「生活クラブ共済連」といいます)で共同利用します。';
    const [key] = lexicon.forms.get(lookupForm('共済連'))!;
    expect(keysAt(text, '生活')).toContain(keyWord(key!, lexicon.keyWidth));
    expect(reaches('生活クラブ共済連')).toEqual(reaches('共済連'));
    expect(reaches('商品')).toEqual(['消費材']);
  });

  it('keeps related words of another vocabulary apart: offered, never the same key', () => {
    expect(lexicon.forms.has(lookupForm('配送'))).toBe(false);
    expect((lexicon.related.get(lookupForm('配送')) ?? []).map((keys) => keys.map((key) => lexicon.keys[key]).join('+'))).toEqual(['配達']);
  });

  it('takes no English guess from the synonym dictionary, only English the co-op\'s words or the dictionary\'s spellings give', () => {
    // (The dictionary groups 円滑 with smooth, 連絡 with phone: too far from an English question about the policies.)
    expect([...lexicon.guesses].filter((form) => /^[a-z]/u.test(form))).toEqual([]);
    expect(lexicon.related.has('hacking')).toBe(true);
    expect(lexicon.related.has('jointuse')).toBe(true);
  });

  it('files every form of an everyday word under the terms it stands for, one way only', () => {
    const stands = (form: string) => (lexicon.related.get(lookupForm(form)) ?? []).map((keys) => keys.map((key) => lexicon.keys[key]).join('+'));
    expect(stands('断る')).toEqual(['拒否']);
    expect(stands('断ら')).toEqual(['拒否']);
    expect(stands('不正ログイン')).toEqual(['不正+アクセス']);
    // The synonym dictionary's spellings of an everyday word come with it.
    expect(stands('hacking')).toEqual(['不正+アクセス']);
    // Never the reverse: 拒否 is 拒否.
    expect(reaches('拒否')).toEqual(['拒否']);
    // A word the policies use that the file gives for a term is an expansion of it.
    expect((lexicon.expansions.get(lookupForm('確認')) ?? []).map((keys) => keys.map((key) => lexicon.keys[key]).join('+'))).toEqual(['対応']);
  });

  it('records the blocks each key is written in, and the nouns of the headings', () => {
    const [cookie] = lexicon.forms.get(lookupForm('クッキー'))!;
    const [refuse] = lexicon.forms.get(lookupForm('拒否'))!;
    const shared = lexicon.blocks[cookie!]!.filter((block) => lexicon.blocks[refuse!]!.includes(block));
    expect(shared.length).toBeGreaterThan(0);
    expect(lexicon.topics.has(cookie!)).toBe(true);
    expect(lexicon.topics.has(refuse!)).toBe(false);
  });

  it('knows the function words of the corpus, with no key, but for those the query knows itself', () => {
    // について and の are words of the query's own grammar (query.ts): the file need not list them.
    expect(lexicon.forms.get(lookupForm('について'))).toBeUndefined();
    expect(lexicon.forms.get(lookupForm('の'))).toBeUndefined();
    expect(lexicon.forms.get(lookupForm('あらかじめ'))).toEqual([]);
    expect(planQuery(lexicon, 'について').terms).toEqual([]);
  });

  it('cuts the forms into tables by their first character, and reads the parts back as the whole', () => {
    const { base, extra, tables, words } = splitLexicon(corpus.lexicon);
    const [key] = lexicon.forms.get(lookupForm('求める'))!;
    const inflectionTables = (form: string) => tables.flatMap(([, inflections], n) => (readAlternativeGroups(inflections).has(form) ? [n] : []));
    expect(inflectionTables(lookupForm('求め'))).toEqual([formTableOf(lookupForm('求め'))]);
    expect(readAlternativeGroups(tables[formTableOf(lookupForm('求め'))]![1]).get(lookupForm('求め'))).toEqual([[key]]);
    // Read back, the base, the extra file and every table are the whole lexicon; so are the
    // base, the extra file and the words, for the words.
    const whole = loadLexicon(corpus.lexicon);
    const parts = loadLexicon(base, { extra, tables });
    expect([...parts.forms].sort()).toEqual([...whole.forms].sort());
    expect([...parts.related].sort()).toEqual([...whole.related].sort());
    expect([...parts.termNames].sort()).toEqual([...whole.termNames].sort());
    expect(parts.keys).toEqual(whole.keys);
    expect(parts.predicates).toEqual(whole.predicates);
    expect(parts.predicates.has(key!)).toBe(true);
    const wordsOnly = loadLexicon(base, { extra, words });
    expect(wordsOnly.forms.get(lookupForm('求める'))).toEqual([key]);
    expect(wordsOnly.forms.get(lookupForm('求め'))).toBeUndefined();
    // The homophones and the slips come with the words only.
    expect([...wordsOnly.homophones].sort()).toEqual([...whole.homophones].sort());
    expect(parts.homophones.size).toBe(0);
    expect(whole.slips.size).toBeGreaterThan(0);
    expect([...wordsOnly.slips].sort()).toEqual([...whole.slips].sort());
    expect(parts.slips.size).toBe(0);
  });

  it('lists the dictionary\'s kanji nouns that read as a word of the policies, never a word of theirs', () => {
    const [storage] = lexicon.forms.get(lookupForm('保管'))!;
    // 補完 and 保管 are both ほかん; 期間 and 機関, both きかん, are the corpus's own words.
    expect(lexicon.homophones.get('補完')).toEqual([[storage]]);
    for (const form of lexicon.homophones.keys()) expect(lexicon.forms.has(form), form).toBe(false);
    expect(lexicon.homophones.has('機関')).toBe(false);
    expect([...lexicon.homophones.values()].flat(2).every((each) => lexicon.keys[each] !== undefined)).toBe(true);
    // The dictionary's common nouns only: 排気 for 廃棄, not the place names 木曽 and 木祖 for 基礎.
    const listed = homophonesOf(linderaAnalyser(), [['廃棄', [1]], ['基礎', [2]]], () => false);
    expect(listed.get('排気')).toEqual([[1]]);
    expect([...listed.keys()].filter((form) => ['木曽', '木祖'].includes(form))).toEqual([]);
    // With KANJIDIC and JMdict, JMdict's words read the same: 海事 and 快事 for 開示 (IPADIC reads 事 alone as no ジ).
    expect(homophonesOf(linderaAnalyser(), [['開示', [5]]], () => false).has('海事')).toBe(false);
    const withJmdict = homophonesOf(linderaAnalyser(), [['開示', [5]]], () => false, kanjiDictionary());
    for (const form of ['海事', '快事']) expect(withJmdict.get(form), form).toEqual([[5]]);
  });

  it('lists the slips of one kanji for another of the same sound that make no word, never a word of the dictionary or of theirs', () => {
    const [destroy] = lexicon.forms.get(lookupForm('破壊'))!;
    const [provide] = lexicon.forms.get(lookupForm('提供'))!;
    // 懐 is カイ as 壊 is; 共, 協 and 強 are キョウ as 供 is.
    expect(lexicon.slips.get('破懐')).toEqual([[destroy]]);
    for (const form of ['提共', '提協', '提強']) expect(lexicon.slips.get(form), form).toEqual([[provide]]);
    // Not a word of JMdict (協働 for 共同), nor the kanji of one with okurigana (共働き).
    expect(lexicon.slips.has('協働')).toBe(false);
    expect(lexicon.slips.has('共働')).toBe(false);
    // Not a kanji of another sound (環 is カン), a word of the dictionary (補完), or one of the policies'.
    expect(lexicon.slips.has('破環')).toBe(false);
    expect(lexicon.slips.has('補完')).toBe(false);
    for (const form of lexicon.slips.keys()) expect(lexicon.forms.has(form), form).toBe(false);
    for (const form of lexicon.slips.keys()) expect(/^\p{Script=Han}{2,4}$/u.test(form), form).toBe(true);
    // Nor a form the caller knows as a word (the build: the synonym dictionary's, 京急 or 付替).
    const kanji = kanjiDictionary();
    expect(soundSlipsOf(linderaAnalyser(), [['廃棄', [3]]], () => false, kanji).get('廃基')).toEqual([[3]]);
    expect(soundSlipsOf(linderaAnalyser(), [['廃棄', [3]]], (form) => form === '廃基', kanji).has('廃基')).toBe(false);
    // Only of a word read through its kanji's on-readings: none for a kun reading (場所).
    expect(soundSlipsOf(linderaAnalyser(), [['場所', [4]]], () => false, kanji).size).toBe(0);
  });

  it('lists the words in common use one kanji of another sound from a word of two of the policies', () => {
    const own = wordsOfTheirOwn(linderaAnalyser(), [['個人', [1]], ['開示', [2]], ['第三者', [3]]], (form) => form === '本人', kanjiDictionary());
    // 求人 and 知人 are words of their own beside 個人; 個別 keeps the other kanji.
    for (const form of ['求人', '知人', '個別']) expect(own.has(form), form).toBe(true);
    // Not a slip no dictionary lists (関示), a word read as the policies' (故人 is こじん), a form the caller knows, nor a word of another length.
    for (const form of ['関示', '故人', '本人', '第三']) expect(own.has(form), form).toBe(false);
    for (const form of own) expect(/^\p{Script=Han}{2}$/u.test(form), form).toBe(true);
  });

  it('reads a query through the parts it asks for exactly as through the whole lexicon', async () => {
    const { base, extra, tables, words } = splitLexicon(corpus.lexicon);
    const whole = loadLexicon(corpus.lexicon);
    // The page's loader: the tables (and, when asked, the words' files) of the characters of `read`.
    const load: LexiconLoader = async (read, needs) => {
      const needed = [...new Set(Array.from(read, formTableOf))];
      return loadLexicon(base, { extra: needs.extra ? extra : undefined, tables: needed.map((n) => tables[n]!), words: needs.words ? needed.map((n) => words[n]!) : undefined });
    };
    const romaji = async () => romajiReader;
    for (const typed of ['マイナンバーの提供を求められた', 'クッキーを拒否したい', 'こじんじょうほう', '問合わせ　窓口', '生活クラブ共済連', 'まいなんばあ', '個人情方の漏洩', '個人情報の補完',
      'ショクイン タイサク', '不正アクセスの大策', '個人情報の共同理用', '個人情報のこうひょう', '個人情報をきょうどうりようしたい', 'クッキーをきょひしたい', '削除してほしい', '保管はいつまで',
      'vookie', 'xookie', 'kojin joho', 'kyodo riyo', 'cookie kyohi', '第三者提共', '第三者提共して', '個人情報の保官して', '個人情報の破懐', '個人報', '個人情方', '本人の核認', 'かくにん', '個人情報の求人']) {
      const { plan } = await readQuery(typed, load, romaji);
      const { words: wanted } = planQuery(whole, typed, planQuery(whole, typed).wantsRomaji ? romajiReader : undefined);
      // (One word the policies lack, on its own, is read without the extra file: its suggestions may differ.)
      const withoutSuggestions = (list: typeof wanted) => list.map(({ suggestions: _, ...word }) => word);
      expect(withoutSuggestions(plan.words), typed).toEqual(withoutSuggestions(wanted));
      if (plan.words.length > 1) expect(plan.words, typed).toEqual(wanted);
    }
  });

  it('front-codes sorted forms, and reads them back', () => {
    const forms = ['カエッ', 'カエラ', 'カエリ', 'カエル', 'キ', 'キョウ', '03', '5426'];
    expect(frontCoded(forms)).toBe('カエッ Bラ Bリ Bル キ Aョウ 03 5426');
    expect(frontDecoded(frontCoded(forms))).toEqual(forms);
  });

  it('gives keys that are fixed-width, so that none is a prefix of another', () => {
    expect(keyWord(0, 2)).toBe('k00');
    expect(keyWord(46655, 3)).toBe('kzzz');
    expect(keyWidthFor(1296)).toBe(2);
    expect(keyWidthFor(1297)).toBe(3);
    expect(new Set(lexicon.keys.map((_, key) => keyWord(key, lexicon.keyWidth).length))).toEqual(new Set([lexicon.keyWidth + 1]));
  });

  it('is written as compact text a browser can read back', () => {
    expect(corpus.lexicon.version).toBe(10);
    expect(corpus.lexicon.forms).toHaveLength(corpus.lexicon.keys.length);
    expect(JSON.stringify(corpus.lexicon)).not.toMatch(/\s\s/);
    // A page kept from before a deploy is told to reload, not handed a lexicon it misreads.
    const { base } = splitLexicon(corpus.lexicon);
    expect(() => loadLexicon({ ...base, version: 4 } as unknown as typeof base)).toThrow(/reload/u);
  });

  it('never reads the parts of another build with its base: a page kept open across a deploy is told to reload', () => {
    const { base, extra, tables, words } = splitLexicon(corpus.lexicon);
    // The next build: one more word, so every key after it means another word.
    const next = splitLexicon({ ...corpus.lexicon, keys: ['新しい語', ...corpus.lexicon.keys], forms: ['新しい語', ...corpus.lexicon.forms] });
    expect(next.base.build).not.toBe(base.build);
    expect(splitLexicon(JSON.parse(JSON.stringify(corpus.lexicon)) as typeof corpus.lexicon).base.build).toBe(base.build);
    const n = formTableOf('個');
    expect(() => loadLexicon(base, { extra, tables: [tables[n]!], words: [words[n]!] })).not.toThrow();
    expect(() => loadLexicon(base, { extra, tables: [next.tables[n]!] })).toThrow(/reload/u);
    expect(() => loadLexicon(base, { extra: next.extra, tables: [tables[n]!] })).toThrow(/reload/u);
    expect(() => loadLexicon(base, { words: [next.words[n]!] })).toThrow(/reload/u);
  });
});

describe('tokens', () => {
  const token = (surface: string, pos: [string, string, string], base = surface, known = true): Token => ({ surface, base, reading: '', pos, conjugation: '', known });

  it('counts nouns, verbs and adjectives of their own as content, not particles, light verbs or place-holding nouns', () => {
    expect(isContentToken(token('情報', ['名詞', '一般', '']))).toBe(true);
    expect(isContentToken(token('求め', ['動詞', '自立', ''], '求める'))).toBe(true);
    expect(isContentToken(token('し', ['動詞', '自立', ''], 'する'))).toBe(false);
    expect(isContentToken(token('こと', ['名詞', '非自立', '']))).toBe(false);
    expect(isContentToken(token('の', ['助詞', '連体化', '']))).toBe(false);
    expect(isContentToken(token('SSL', ['UNK', '', ''], 'SSL', false))).toBe(true);
    expect(isContentToken(token('」と', ['UNK', '', ''], '」と', false))).toBe(false);
  });

  it('inflects godan, ichidan, adjective and suru stems', () => {
    expect(inflectedForms('受け取る', 'ウケトル', '五段・ラ行').map(([written]) => written)).toEqual(expect.arrayContaining(['受け取ら', '受け取り', '受け取っ', '受け取れ']));
    expect(inflectedForms('求める', 'モトメル', '一段')).toContainEqual(['求め', 'モトメ']);
    // A one-kanji stem takes its passive and potential whole (見られる), two or more leave them to the query's endings.
    expect(inflectedForms('見る', 'ミル', '一段')).toContainEqual(['見られる', 'ミラレル']);
    expect(inflectedForms('求める', 'モトメル', '一段').map(([written]) => written)).not.toContain('求められる');
    expect(inflectedForms('古い', 'フルイ', '形容詞・アウオ段').map(([written]) => written)).toEqual(expect.arrayContaining(['古く', '古かっ']));
    // する, and an everyday phrase that ends in it: 新しくして, 新しくされ.
    expect(inflectedForms('新しくする', 'アタラシクスル', 'サ変・スル')).toEqual(expect.arrayContaining([['新しくし', 'アタラシクシ'], ['新しくさ', 'アタラシクサ'], ['新しくすれ', 'アタラシクスレ']]));
  });
});

describe('synonymsFor', () => {
  const groups = [{
    id: '000001',
    items: [
      { expandControl: 0, vocabularyNumber: 1, gokeiSyubetsu: '代表語', midashi: '配達' },
      { expandControl: 0, vocabularyNumber: 2, gokeiSyubetsu: '代表語', midashi: '配送' },
      { expandControl: 1, vocabularyNumber: 3, gokeiSyubetsu: '代表語', midashi: '宅配' },
      { expandControl: 0, vocabularyNumber: 2, gokeiSyubetsu: '代表語', midashi: 'はいそう' },
      { expandControl: 2, vocabularyNumber: 1, gokeiSyubetsu: '代表語', midashi: '配たつ' },
      { expandControl: 0, vocabularyNumber: 1, gokeiSyubetsu: '旧称', midashi: '逓送' },
    ],
  }, { id: '000002', items: [{ expandControl: 0, vocabularyNumber: 1, gokeiSyubetsu: '代表語', midashi: '曖昧' }, { expandControl: 0, vocabularyNumber: 1, gokeiSyubetsu: '代表語', midashi: 'あいまい' }] }];

  it('keeps a deleted alphabet spelling as a spelling of its word, and starts nothing from it', () => {
    const spelled = [{ id: '000003', items: [
      { expandControl: 0, vocabularyNumber: 1, gokeiSyubetsu: '代表語', midashi: 'ファイアウォール' },
      { expandControl: 2, vocabularyNumber: 1, gokeiSyubetsu: '代表語', hyoukiYure: 'アルファベット表記', midashi: 'firewall' },
      { expandControl: 2, vocabularyNumber: 1, gokeiSyubetsu: '代表語', hyoukiYure: '代表表記', midashi: '防火壁' },
    ] }];
    expect(synonymsFor(spelled, (form) => form === 'ファイアウォール').sets).toEqual([{ source: 'sudachi:000003/1', same: ['ファイアウォール', 'firewall'] }]);
  });

  it('keeps one vocabulary as one word, related vocabularies apart, and only what the corpus can reach', () => {
    const { sets, related } = synonymsFor(groups, (form) => form === '配達');
    expect(sets).toEqual([{ source: 'sudachi:000001/2', same: ['配送', 'はいそう'] }]);
    // 宅配 may not start an expansion (展開制御フラグ 1); deleted entries and former names are left out.
    expect(related).toEqual([['配送', '配達'], ['はいそう', '配達']]);
  });
});
