/**
 * Build time: the words of this corpus, as the analyser reads them, made into index keys
 * and into the lexicon the search page loads in place of the dictionary.
 *
 * - Every content word (tokens.ts) belongs to a *class*: its surface forms, its dictionary
 *   form, the spellings the synonym dictionary gives as the same word (synonyms.ts), and the
 *   co-op's own aliases (content/search-aliases.yaml). Each class has one index key, a short
 *   fixed-width word (`k01a3`) that Pagefind indexes beside the word as written
 *   (index-words.ts). Fixed width makes keys prefix-free, so Pagefind's prefix matching
 *   never lets 法 reach 法令.
 * - A synonym or alias that spans several words (生活クラブ共済連, e-mail) is found in the
 *   text as a run of words and its key indexed at each word of the run.
 * - The lexicon maps every written form, dictionary form, inflected stem and reading of
 *   those words (in lookupForm(), so hiragana, katakana and half-width meet) to its keys;
 *   the corpus's function words to no key; noun compounds to their words' keys (so that a
 *   typo in 個人情報 can be corrected as a whole); and related words of the synonym
 *   dictionary (配送 → 配達) to keys that the page may offer, never use silently.
 */
import { foldUnits, lookupForm, toHiragana } from './fold.ts';
import { homophonesOf, soundSlipsOf, wordsOfTheirOwn, type KanjiDictionary } from './homophones.ts';
import { inflectedForms, isContentToken, type Analyser, type Token } from './tokens.ts';
import { spellingsIndex, synonymsFor, type SudachiSynonymGroup, type SynonymSet } from './synonyms.ts';
import { formGroups, keyWidthFor, LEXICON_VERSION, writeAlternativeGroups, type LexiconData } from './keys.ts';
import { isQueryFunctionWord } from './query.ts';

/** The particles a casual question drops between a noun and its verb (鍵をかける: 鍵かける). */
const DROPPED_PARTICLES = new Set(['を', 'が', 'は']);
/** Whether a token is a verb or adjective the dictionary knows: one with other forms. */
const inflects = (token: Token | undefined): boolean => token?.known === true && (token.pos[0] === '動詞' || token.pos[0] === '形容詞');

export { keyWord, keyWidthFor, type LexiconData } from './keys.ts';

export interface AnalysedToken extends Token {
  /** Offsets in the folded text that was analysed. */
  start: number;
  end: number;
  content: boolean;
  /** lookupForm of the surface. */
  form: string;
}

export interface CorpusOptions {
  analyse: Analyser;
  /** The Sudachi synonym dictionary (or a part of it, in tests). */
  synonyms: readonly SudachiSynonymGroup[];
  /** The co-op's aliases: each set is one word. */
  aliases: readonly SynonymSet[];
  /** The co-op's everyday words (content/search-everyday-words.yaml): each a member's word for a term of the policies. */
  everyday?: readonly EverydaySet[] | undefined;
  /** Which of the texts name the policies' topics (the headings of a page's clauses, or its title when it has none). */
  headings?: ReadonlySet<string> | undefined;
  /** Each kanji's on-readings (KANJIDIC) and a general dictionary's words (JMdict): what the slips of one kanji for another of the same sound are made from, and checked against. None, no slips. */
  kanji?: KanjiDictionary | undefined;
}

/** One line of the everyday-words file: a term as the policies write it, and the words members use for it. */
export interface EverydaySet {
  source: string;
  term: string;
  words: readonly string[];
}

/** The longest run of words a multi-word synonym or alias may span. */
const MAX_PHRASE_WORDS = 12;
/** Noun compounds of this many words are filed whole, for typo correction. */
const COMPOUND_WORDS = 3;
/** Suffixes that list or count what they follow (法令等, 資産ごと): no compound of theirs is filed. */
const LISTING_SUFFIXES = new Set(['等', 'ら', 'たち', '達', 'ごと', '毎', '別']);

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    if (!this.parent.has(x)) this.parent.set(x, x);
    // Path compression.
    for (let node = x; node !== root; ) {
      const next = this.parent.get(node)!;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  has(x: string): boolean {
    return this.parent.has(x);
  }
}

export interface SearchCorpus {
  lexicon: LexiconData;
  /** The analysed words of a text (the folded text's tokens) with their index keys. */
  tokensOf(text: string): { folded: ReturnType<typeof foldUnits>; tokens: AnalysedToken[]; keys: number[][] };
  /** Figures for the build log and the docs. */
  stats: { texts: number; tokens: number; keys: number; forms: number; synonymSets: number; aliasSets: number; everydaySets: number; related: number };
}

function analyseText(text: string, analyse: Analyser): { folded: ReturnType<typeof foldUnits>; tokens: AnalysedToken[] } {
  const folded = foldUnits(text);
  const tokens: AnalysedToken[] = [];
  let at = 0;
  for (const token of analyse(folded.text)) {
    const start = folded.text.indexOf(token.surface, at);
    if (start === -1 || token.surface === '') continue;
    at = start + token.surface.length;
    tokens.push({ ...token, start, end: at, content: isContentToken(token), form: lookupForm(token.surface) });
  }
  return { folded, tokens };
}

/**
 * An unknown katakana compound as two words, when one of them is a word (one the dictionary
 * knows as a noun, or one the corpus uses on its own) of three kana or more and the other can
 * start a word: ウェブサーバー → ウェブ, サーバー; ウェブブラウザ → ウェブ, ブラウザ; not
 * コンテンツ → コンテ, ンツ. The longest such word wins; none when there is none.
 */
/** Longer katakana runs are not compounds of two words (and trying every cut would cost the square of their length). */
const KATAKANA_COMPOUND_LENGTH = 24;

function katakanaParts(surface: string, isWord: (piece: string) => boolean): string[] {
  const chars = Array.from(surface);
  if (chars.length > KATAKANA_COMPOUND_LENGTH) return [];
  let best: { parts: string[]; length: number } | undefined;
  for (let cut = 2; cut <= chars.length - 2; cut += 1) {
    const parts = [chars.slice(0, cut).join(''), chars.slice(cut).join('')];
    // The other part must be able to start a word: コンテンツ is not コンテ and ンツ.
    if (/^[ーンッァィゥェォャュョヮヵヶ]/u.test(parts[1]!)) continue;
    for (const part of parts) {
      const length = Array.from(part).length;
      if (length >= 3 && isWord(part) && (!best || length > best.length)) best = { parts, length };
    }
  }
  return best?.parts ?? [];
}

/** Reads the whole corpus (every text node the index will hold) and builds its keys and lexicon. */
export function buildSearchCorpus(texts: Iterable<string>, options: CorpusOptions): SearchCorpus {
  const analysed = new Map<string, ReturnType<typeof analyseText>>();
  for (const text of texts) if (!analysed.has(text)) analysed.set(text, analyseText(text, options.analyse));
  const allTokens = [...analysed.values()].flatMap((entry) => entry.tokens);

  // Classes of written forms: a word's surfaces and dictionary form are one word.
  const classes = new UnionFind();
  const contentForms = new Set<string>();
  const partsOf = new Map<string, string[]>();
  for (const token of allTokens) {
    if (!token.content || token.form === '') continue;
    const base = lookupForm(token.known ? token.base : token.surface) || token.form;
    classes.union(token.form, base);
    contentForms.add(token.form);
    contentForms.add(base);
  }
  // An unknown katakana compound is also each of its words (ウェブサーバー: ウェブ, サーバー).
  const corpusWords = new Set(contentForms);
  const isWord = (piece: string) => {
    if (corpusWords.has(lookupForm(piece))) return true;
    const tokens = options.analyse(piece);
    return tokens.length === 1 && tokens[0]!.known && tokens[0]!.pos[0] === '名詞';
  };
  for (const token of allTokens) {
    if (!token.content || partsOf.has(token.surface) || !/^[\p{Script=Katakana}ー]{5,}$/u.test(token.surface)) continue;
    const parts = katakanaParts(token.surface, isWord).filter((part) => lookupForm(part) !== '');
    partsOf.set(token.surface, parts);
    for (const part of parts) {
      classes.find(lookupForm(part));
      contentForms.add(lookupForm(part));
    }
  }

  // Runs of words as they occur (lookup forms joined), to know which multi-word phrases the
  // corpus holds. A run starts with a noun or a content word and ends with one (消費材 ends in
  // the suffix 材; the 生協 of 生活クラブ生協 is cut as two suffixes, 生 and 協): ます。 is no phrase.
  const startsRun = (token: AnalysedToken) => token.content || token.pos[0] === '名詞';
  const runs = new Set<string>();
  for (const { tokens } of analysed.values()) {
    for (let i = 0; i < tokens.length; i += 1) {
      if (!startsRun(tokens[i]!)) continue;
      let form = tokens[i]!.form;
      for (let j = i + 1; j < Math.min(tokens.length, i + MAX_PHRASE_WORDS); j += 1) {
        form += tokens[j]!.form;
        if (tokens[j]!.content || tokens[j]!.pos[0] === '名詞') runs.add(form);
      }
    }
  }
  const inCorpus = (text: string) => {
    const form = lookupForm(text);
    return form !== '' && (contentForms.has(form) || runs.has(form));
  };

  // Synonym sets and aliases: every form of a set is the same word.
  const fromDictionary = synonymsFor(options.synonyms, inCorpus);
  const sets = [...fromDictionary.sets, ...options.aliases].filter((set) => set.same.some(inCorpus));
  const phraseForms = new Set<string>();
  for (const set of sets) {
    const forms = set.same.map(lookupForm).filter((form) => form !== '');
    for (const form of forms) {
      classes.union(forms[0]!, form);
      if (!contentForms.has(form)) phraseForms.add(form);
    }
  }

  // One key per class that the corpus holds, numbered in order of first appearance (stable builds).
  const keyOfRoot = new Map<string, number>();
  const spellings: Map<string, number>[] = [];
  const keyOf = (form: string): number => {
    const root = classes.find(form);
    let key = keyOfRoot.get(root);
    if (key === undefined) {
      key = keyOfRoot.size;
      keyOfRoot.set(root, key);
      spellings.push(new Map());
    }
    return key;
  };

  // Index keys of each token: its own class, and that of any phrase starting there. Once the
  // lexicon is written no new key may appear, so later texts get existing keys only.
  const maxPhrase = Math.max(0, ...[...phraseForms].map((form) => form.length));
  let sealed = false;
  const keyIfIndexed = (form: string): number | undefined => (sealed && !keyOfRoot.has(classes.find(form)) ? undefined : keyOf(form));
  const keysOf = (folded: ReturnType<typeof foldUnits>, tokens: AnalysedToken[]): number[][] => {
    const keys = tokens.map((): number[] => []);
    const note = (at: number, key: number | undefined, written: string) => {
      if (key === undefined || keys[at]!.includes(key)) return;
      keys[at]!.push(key);
      if (!sealed) spellings[key]!.set(written, (spellings[key]!.get(written) ?? 0) + 1);
    };
    tokens.forEach((token, i) => {
      if (token.content && token.form !== '') note(i, keyIfIndexed(token.form), folded.text.slice(token.start, token.end));
      for (const part of partsOf.get(token.surface) ?? []) note(i, keyIfIndexed(lookupForm(part)), part);
      let form = token.form;
      for (let j = i + 1; startsRun(token) && j < tokens.length && form.length < maxPhrase; j += 1) {
        form += tokens[j]!.form;
        if (!(tokens[j]!.content || tokens[j]!.pos[0] === '名詞') || !phraseForms.has(form)) continue;
        // Every word of the phrase carries its key, so that a result marks the phrase whole.
        const key = keyIfIndexed(form);
        note(i, key, folded.text.slice(token.start, tokens[j]!.end));
        for (let k = i + 1; k <= j; k += 1) if (key !== undefined && !keys[k]!.includes(key)) keys[k]!.push(key);
      }
    });
    return keys;
  };
  const keysByText = new Map<string, number[][]>();
  for (const [text, { folded, tokens }] of analysed) keysByText.set(text, keysOf(folded, tokens));
  sealed = true;

  // The lexicon: every form that reaches a key the index holds.
  const forms = new Map<string, number[]>();
  // Which forms are a verb's or adjective's other forms (求め, 受け取ら, 古く), which the
  // lexicon keeps apart from the words' own (LexiconData.inflections).
  const inflection = new Set<string>();
  const plain = new Set<string>();
  const file = (form: string, keys: number[], strong = true, minReading = 3, inflected = false) => {
    // A short reading (得 え, 法 ほう, 得る える) would turn the kana of a sentence into words.
    if (form === '' || keys.length === 0 || (!strong && form.length < minReading)) return;
    (inflected ? inflection : plain).add(form);
    const existing = forms.get(form);
    // A written form wins over a reading that happens to spell the same; the first reading wins over later ones.
    if (existing && existing.length > 0 && !strong) return;
    if (existing && existing.length > 0 && existing.length <= keys.length) return;
    forms.set(form, keys);
  };
  const indexed = (form: string) => keyOfRoot.has(classes.find(form));
  const readingOf = (text: string) => options.analyse(foldUnits(text).text).map((token) => token.reading || (/^[\p{Script=Katakana}ー]+$/u.test(token.surface) ? token.surface : '')).join('');

  for (const token of allTokens) {
    if (!token.content || token.form === '' || !indexed(token.form)) continue;
    const key = keyOf(token.form);
    const inflecting = inflects(token);
    const base = lookupForm(token.base);
    file(token.form, [key], true, 3, inflecting && token.form !== base);
    if (token.known) {
      file(base, [key]);
      const baseReading = token.base === token.surface ? token.reading : readingOf(token.base);
      for (const [written, reading] of inflectedForms(token.base, baseReading, token.conjugation)) {
        file(lookupForm(written), [key], true, 3, lookupForm(written) !== base);
        file(lookupForm(reading), [key], false, 3, reading !== baseReading);
      }
      file(lookupForm(token.reading), [key], false, 3, inflecting && token.reading !== baseReading);
    }
  }
  for (const parts of partsOf.values()) {
    for (const part of parts.map(lookupForm)) if (indexed(part)) file(part, [keyOf(part)]);
  }
  for (const set of sets) {
    for (const text of set.same) {
      const form = lookupForm(text);
      if (form === '' || !indexed(form)) continue;
      file(form, [keyOf(form)]);
      file(lookupForm(readingOf(text)), [keyOf(form)], false);
    }
  }
  // Noun compounds, whole (個人情報 → 個人, 情報), written and read.
  for (const { tokens } of analysed.values()) {
    for (let i = 0; i < tokens.length; i += 1) {
      if (!tokens[i]!.content || tokens[i]!.pos[0] !== '名詞') continue;
      let form = tokens[i]!.form;
      let reading = tokens[i]!.reading;
      const keys = [keyOf(tokens[i]!.form)];
      for (let j = i + 1; j < Math.min(tokens.length, i + COMPOUND_WORDS); j += 1) {
        const next = tokens[j]!;
        // A compound may hold a suffix (暗号化, 消費材, 組合員名簿), which adds no key; not one
        // that only lists or places it (法令等, サイト上): nobody searches for those as such.
        const suffix = !next.content && next.pos[0] === '名詞' && next.pos[1] === '接尾';
        if ((!next.content && !suffix) || next.pos[0] !== '名詞' || next.form === '') break;
        if (suffix && (next.pos[2] === '副詞可能' || LISTING_SUFFIXES.has(next.base))) break;
        form += next.form;
        reading = reading && next.reading ? reading + next.reading : '';
        if (!suffix) keys.push(keyOf(next.form));
        const unique = [...new Set(keys)];
        if (!forms.has(form)) file(form, unique);
        if (reading) file(lookupForm(reading), unique, false);
      }
    }
  }
  // Function words and the corpus's other non-content words: known, but no key.
  for (const token of allTokens) {
    if (token.form !== '' && !forms.has(token.form)) forms.set(token.form, []);
  }

  // Related words: forms of words the policies do not use, each with the terms it may stand
  // for. Every form a verb or adjective takes is filed (渡す, 渡し, 渡さ …), so that the query
  // reads it as one word whatever its ending.
  const related = new Map<string, number[][]>();
  // The synonym dictionary's related words that are no everyday word of the co-op's: a guess
  // at what a member means, which another word of the query needs to bear out (query.ts).
  const guesses = new Map<string, number[][]>();
  const expansions = new Map<string, number[][]>();
  const termNames = new Map<string, string>();
  const addTo = (map: Map<string, number[][]>, form: string, alternative: number[]) => {
    const list = map.get(form) ?? [];
    if (!list.some((keys) => keys.join(',') === alternative.join(','))) map.set(form, [...list, alternative]);
  };
  /** The lookup forms of a word or phrase as a query may type it: written, and every form of its last word when that is a verb or adjective. */
  const formsOfWord = (text: string): string[] => {
    const found = new Set([lookupForm(text)]);
    const tokens = options.analyse(foldUnits(text).text).filter((token) => token.surface.trim() !== '');
    const last = tokens.at(-1);
    // A phrase is also typed without the particles a casual question drops (鍵かけてる, 仕事頼む).
    const prefixes = [tokens.slice(0, -1), tokens.slice(0, -1).filter((token, i) => i === 0 || !(token.pos[0] === '助詞' && DROPPED_PARTICLES.has(token.surface)))]
      .map((list) => list.map((token) => token.surface).join(''));
    if (prefixes[1] !== prefixes[0]) found.add(lookupForm(prefixes[1]! + (last?.surface ?? '')));
    if (last && inflects(last)) {
      const baseReading = last.base === last.surface ? last.reading : readingOf(last.base);
      for (const prefix of new Set(prefixes)) {
        for (const [written] of inflectedForms(last.base, baseReading, last.conjugation)) found.add(lookupForm(prefix + written));
      }
    }
    // Spoken Japanese drops the い of ている (働いてる人, 委託してる会社, 住んでた地域).
    for (const form of [...found]) found.add(form.replace(/([テデ])イ(?=[ルタナマ])/gu, '$1'));
    // A stem of two kana is too short to be read as a word (query.ts), and one of one
    // character (見 of 見る) too short to be filed: each is filed with the endings a question
    // puts after it (やめて, やめた, やめない; 見た, 見られる).
    for (const form of [...found]) {
      if (/^\p{Script=Katakana}{2}$/u.test(form)) for (const ending of ['テ', 'タ', 'ナイ', 'タイ']) found.add(form + ending);
      if (form.length === 1 && last?.conjugation.startsWith('一段')) for (const ending of ['テ', 'タ', 'ナイ', 'タイ', 'ラレ', 'レル', 'ヨウ', 'マス', 'マシ', 'ズ']) found.add(form + ending);
    }
    return [...found].filter((form) => form !== '');
  };
  /** The reading of the dictionary form of the first verb or adjective of `tokens`, if any (取られる: トル). */
  const verbReading = (tokens: readonly Token[]) => {
    const verb = tokens.find(inflects);
    return verb ? readingOf(verb.base) : undefined;
  };
  /**
   * The readings of a word (3 kana or more each) for a query typed in kana before conversion:
   * every form of its last word when that is a verb or adjective (けして, もれたら, とられる),
   * each only if the analyser reads it back as the same verb: おくれます is 遅れる, not 送る;
   * うらない is 占い, not 売る. A phrase (鍵をかける) has none: its particles would read the kana
   * of a sentence as it; nor has a word the query reads as grammar (教えて).
   */
  const readingFormsOf = (text: string): string[] => {
    const tokens = options.analyse(foldUnits(text).text).filter((token) => token.surface.trim() !== '');
    if (tokens.length === 0 || isQueryFunctionWord(lookupForm(text)) || tokens.some((token) => token.pos[0] === '助詞' || (!token.known && !/^[\p{Script=Katakana}ー]+$/u.test(token.surface)))) return [];
    const last = tokens.at(-1)!;
    const prefix = tokens.slice(0, -1).map((token) => token.reading || token.surface).join('');
    const lastReading = last.base === last.surface ? last.reading : readingOf(last.base);
    // A noun of several words (社内システム) is typed in kana too rarely to be worth its bytes,
    // unless each is a word of the policies (住所変更), which its kana would otherwise read as.
    const theirs = tokens.every((token) => (forms.get(lookupForm(token.surface))?.length ?? 0) > 0);
    if (!inflects(last)) return tokens.length > 1 && !theirs ? [] : [lookupForm(prefix + (lastReading || last.surface))].filter((form) => form.length >= 3);
    const spelled = inflectedForms(last.base, lastReading, last.conjugation).map(([, reading]) => lookupForm(prefix + reading));
    // A stem too short to be read (もれ) is filed with the endings a question puts after it
    // (もれて, もれたら), where they go on it: the stem of an ichidan verb, or the し of a
    // verb in す (けして, けしたい; not けすた, nor きかた of 聞く).
    const stem = last.conjugation.startsWith('一段') ? lastReading.slice(0, -1) : last.conjugation.startsWith('五段・サ行') ? `${lastReading.slice(0, -1)}シ` : '';
    const endings = ['テ', 'タ', 'タラ', 'テル', 'タイ', 'マス', ...(last.conjugation.startsWith('一段') ? ['ナイ'] : [])];
    const short = stem !== '' && lookupForm(prefix + stem).length < 3 ? endings.map((ending) => lookupForm(prefix + stem + ending)) : [];
    const meant = verbReading(tokens);
    // Read back as typed: a stem alone is often a noun (ことわり), so also with an ending after it.
    const readsBack = (form: string) => ['', 'ます', 'ない'].some((ending) => verbReading(options.analyse(toHiragana(form) + ending)) === meant);
    return [...new Set([...spelled, ...short])].filter((form) => form.length >= 3 && readsBack(form));
  };

  // The co-op's everyday words, one way: a member's word reaches the term, never the reverse.
  const termKeys = (term: string): number[] => {
    const whole = forms.get(lookupForm(term));
    if (whole && whole.length > 0) return whole;
    const { folded, tokens } = analyseText(term, options.analyse);
    const keys = keysOf(folded, tokens);
    return [...new Set(tokens.flatMap((token, i) => (token.content ? keys[i]!.slice(0, 1) : [])))];
  };
  let everydaySets = 0;
  // An everyday word comes with the spellings the synonym dictionary gives it (ハッキング: hacking).
  const sameWord = options.everyday && options.everyday.length > 0 ? spellingsIndex(options.synonyms, lookupForm) : () => [];
  for (const set of options.everyday ?? []) {
    const keys = termKeys(set.term);
    if (keys.length === 0) continue;
    everydaySets += 1;
    if (keys.length > 1) termNames.set(keys.join(','), set.term.replace(/\s+/gu, ''));
    for (const word of new Set(set.words.flatMap((one) => [one, ...sameWord(one)]))) {
      // Its readings, where they spell no word of the policies (a written form wins over a reading).
      const readings = readingFormsOf(word).filter((reading) => !forms.has(reading));
      for (const form of new Set([...formsOfWord(word), ...readings])) {
        // A stem of one character (見 of 見る) would be part of too many other words; a form
        // the query reads as grammar (しまう) is never met.
        if (form.length < 2 || isQueryFunctionWord(form)) continue;
        const own = forms.get(form);
        // A word the policies use stays itself, and is also searched as the term (使う: 使い or 利用).
        if (own && own.length > 0) {
          if (own.join(',') !== keys.join(',')) addTo(expansions, form, keys);
        } else {
          addTo(related, form, keys);
        }
      }
    }
  }
  // An expansion holds for the word however it is typed: its readings and other spellings
  // (かいじ, kaiji for 開示), which are its keys too.
  const formsOfKeys = new Map<string, string[]>();
  for (const [form, keys] of forms) if (keys.length > 0) formsOfKeys.set(keys.join(','), [...(formsOfKeys.get(keys.join(',')) ?? []), form]);
  for (const [form, alternatives] of [...expansions]) {
    for (const other of formsOfKeys.get(forms.get(form)!.join(',')) ?? []) for (const keys of alternatives) addTo(expansions, other, keys);
  }
  // The related words of the synonym dictionary, of two characters or more on both sides
  // (English ones of four letters or more: synonymsFor()).
  for (const [from, to] of fromDictionary.related) {
    const form = lookupForm(from);
    if (form.length < 2 || lookupForm(to).length < 2 || forms.has(form) || !indexed(lookupForm(to))) continue;
    const key = keyOf(lookupForm(to));
    // Its other forms only when they are long enough not to be part of another word (越し of
    // 引っ越し), and written with kanji (a kana verb's endings are too many other words' kana).
    for (const each of formsOfWord(from)) {
      // (No English guess: the dictionary's English for a word of a group, 社会: society, 円滑:
      // smooth, is too far from what an English question about the policies means. An English
      // word the everyday words give does take the dictionary's terms for it too: phone, 電話.)
      if (!forms.has(each) && (each === form || (each.length >= 3 && /\p{Script=Han}/u.test(each))) && (related.has(each) || !/^[a-z]/u.test(each))) addTo(related.has(each) ? related : guesses, each, [key]);
    }
  }

  // The policies' topics: the nouns their headings name.
  const topics = new Set<number>();
  for (const [text, { tokens }] of analysed) {
    if (!options.headings?.has(text)) continue;
    const keys = keysByText.get(text)!;
    tokens.forEach((token, i) => {
      if (token.content && token.pos[0] !== '動詞' && token.pos[0] !== '形容詞') for (const key of keys[i]!) topics.add(key);
    });
  }

  // The blocks each key occurs in (each distinct text of the corpus is a block: a paragraph, a heading, a list item).
  const blocks = Array.from({ length: keyOfRoot.size }, (): number[] => []);
  [...keysByText.values()].forEach((keys, block) => {
    for (const key of new Set(keys.flat())) if (blocks[key]!.at(-1) !== block) blocks[key]!.push(block);
  });

  const keys = spellings.map((counts, key) => {
    const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1))[0];
    return best?.[0] ?? [...keyOfRoot].find(([, k]) => k === key)![0];
  });
  const byName = (a: [string, unknown], b: [string, unknown]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const sorted = [...forms].sort(byName);
  const formsByKey = keys.map((): string[] => []);
  const inflectionsByKey = keys.map((): string[] => []);
  for (const [form, list] of sorted) {
    if (list.length === 1) (inflection.has(form) && !plain.has(form) ? inflectionsByKey : formsByKey)[list[0]!]!.push(form);
  }
  // The kanji words a member may mistype as another that sounds the same: the keys' spellings.
  const keyWords = keys.map((spelling, key): [string, number[]] => [spelling, [key]]);
  const slips = () => {
    // A word of the synonym dictionary is a word, though the analyser's may lack it (京急): no slip.
    const synonymWords = new Set(options.synonyms.flatMap((group) => group.items.map((item) => lookupForm(item.midashi))));
    return options.kanji ? soundSlipsOf(options.analyse, keyWords, (form) => forms.has(form) || synonymWords.has(form), options.kanji) : new Map<string, number[][]>();
  };
  const lexicon: LexiconData = {
    version: LEXICON_VERSION,
    keyWidth: keyWidthFor(keys.length),
    keys,
    forms: formsByKey.map((list) => list.join(' ')),
    // The query knows its own words of grammar (の, について): the file lists the others.
    functionWords: sorted.filter(([form, list]) => list.length === 0 && !isQueryFunctionWord(form)).map(([form]) => form).join(' '),
    expansions: writeAlternativeGroups(expansions),
    inflections: formGroups(inflectionsByKey.flatMap((list, key) => list.map((form): [string, number[]] => [form, [key]]))),
    compounds: formGroups(sorted.filter(([, list]) => list.length > 1)),
    related: writeAlternativeGroups(related),
    guesses: writeAlternativeGroups(guesses),
    // A term's name, where it is not its words' spellings run together (第三者への開示, not 利用目的).
    termNames: [...termNames].filter(([list, name]) => list.split(',').map((key) => keys[Number(key)]).join('') !== name).map(([list, name]) => `${list}=${name}`).join(' '),
    // Each key's blocks as the gaps between them: small numbers, which compress well.
    blocks: blocks.map((list) => list.map((block, i) => (block - (list[i - 1] ?? 0)).toString(36)).join(',')).join(' '),
    topics: [...topics].sort((a, b) => a - b).map((key) => key.toString(36)).join(' '),
    predicates: inflectionsByKey.flatMap((list, key) => (list.length > 0 ? [key.toString(36)] : [])).join(' '),
    homophones: writeAlternativeGroups(homophonesOf(options.analyse, keyWords, (form) => forms.has(form), options.kanji)),
    slips: writeAlternativeGroups(slips()),
    ownWords: writeAlternativeGroups(new Map([...(options.kanji ? wordsOfTheirOwn(options.analyse, keyWords, (form) => forms.has(form), options.kanji) : [])].map((form) => [form, []]))),
  };
  return {
    lexicon,
    tokensOf(text) {
      const entry = analysed.get(text) ?? analyseText(text, options.analyse);
      return { ...entry, keys: keysByText.get(text) ?? keysOf(entry.folded, entry.tokens) };
    },
    stats: {
      texts: analysed.size, tokens: allTokens.length, keys: keys.length, forms: forms.size,
      synonymSets: fromDictionary.sets.filter((set) => set.same.some(inCorpus)).length,
      aliasSets: options.aliases.filter((set) => set.same.some(inCorpus)).length,
      everydaySets,
      related: related.size + guesses.size,
    },
  };
}
