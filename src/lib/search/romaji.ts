/**
 * Romaji as hiragana, for a query typed in the alphabet (kojin jouhou, mainanbaa): the
 * spellings of Hepburn, Kunrei and kana input (shi/si, tsu/tu, ja/zya, fu/hu, n', tch),
 * read the way WanaKana and the input methods read them (the unit tests hold it to WanaKana). A
 * table of 1 KB gzip rather than WanaKana itself (4.7 KB), which a query in romaji would
 * carry past the first query's budget. Loaded by the search page only for a query with a
 * Latin word the lexicon does not know (adapter.ts).
 */
import type { RomajiReader } from './query.ts';

const ROWS: Record<string, string[]> = {
  '': ['あ', 'い', 'う', 'え', 'お'], k: ['か', 'き', 'く', 'け', 'こ'], g: ['が', 'ぎ', 'ぐ', 'げ', 'ご'],
  s: ['さ', 'し', 'す', 'せ', 'そ'], z: ['ざ', 'じ', 'ず', 'ぜ', 'ぞ'], t: ['た', 'ち', 'つ', 'て', 'と'],
  d: ['だ', 'ぢ', 'づ', 'で', 'ど'], n: ['な', 'に', 'ぬ', 'ね', 'の'], h: ['は', 'ひ', 'ふ', 'へ', 'ほ'],
  b: ['ば', 'び', 'ぶ', 'べ', 'ぼ'], p: ['ぱ', 'ぴ', 'ぷ', 'ぺ', 'ぽ'], m: ['ま', 'み', 'む', 'め', 'も'],
  y: ['や', 'い', 'ゆ', 'いぇ', 'よ'], r: ['ら', 'り', 'る', 'れ', 'ろ'], w: ['わ', 'うぃ', 'う', 'うぇ', 'を'],
  f: ['ふぁ', 'ふぃ', 'ふ', 'ふぇ', 'ふぉ'], j: ['じゃ', 'じ', 'じゅ', 'じぇ', 'じょ'],
  sh: ['しゃ', 'し', 'しゅ', 'しぇ', 'しょ'], ch: ['ちゃ', 'ち', 'ちゅ', 'ちぇ', 'ちょ'], ts: ['つぁ', 'つぃ', 'つ', 'つぇ', 'つぉ'],
  th: ['てゃ', 'てぃ', 'てゅ', 'てぇ', 'てょ'], dh: ['でゃ', 'でぃ', 'でゅ', 'でぇ', 'でょ'], wh: ['うぁ', 'うぃ', 'う', 'うぇ', 'うぉ'],
  tw: ['とぁ', 'とぃ', 'とぅ', 'とぇ', 'とぉ'], dw: ['どぁ', 'どぃ', 'どぅ', 'どぇ', 'どぉ'], kw: ['くぁ', 'くぃ', 'くぅ', 'くぇ', 'くぉ'],
  gw: ['ぐぁ', 'ぐぃ', 'ぐぅ', 'ぐぇ', 'ぐぉ'],
};
const SMALL_Y = ['ゃ', 'ぃ', 'ゅ', 'ぇ', 'ょ'];
/** Consonants + y that take a small ya, yu, yo: kya, sya, tya; jya, zya. */
const YOON: Record<string, string> = { k: 'き', g: 'ぎ', s: 'し', z: 'じ', t: 'ち', d: 'ぢ', n: 'に', h: 'ひ', b: 'び', p: 'ぴ', m: 'み', r: 'り', j: 'じ', f: 'ふ' };

export const readRomaji = (latin: string): string | undefined => {
  const text = latin.toLowerCase();
  // l, q, v, x and c but in ch or cch are the spelling of English (delete, privacy, cookie),
  // not of a kana word: input methods use them only for small kana and loanwords.
  if (/[lqvx]|c(?![hc])/u.test(text)) return undefined;
  let kana = '';
  for (let at = 0; at < text.length; ) {
    const rest = text.slice(at);
    const [char, next] = [rest[0]!, rest[1]];
    // A doubled consonant is a small tsu (kitte, matcha); n is ん before anything but a vowel or y (kanji, n').
    if (char !== 'n' && /[a-z]/u.test(char) && !'aiueo'.includes(char) && (next === char || (char === 't' && next === 'c') || (char === 'c' && next === 'c'))) {
      kana += 'っ';
      at += 1;
      continue;
    }
    if (char === 'n' && (next === undefined || !/[aiueoy]/u.test(next))) {
      kana += 'ん';
      at += next === "'" ? 2 : 1;
      continue;
    }
    const match = /^(sh|ch|ts|th|dh|wh|tw|dw|kw|gw|[kgsztdnhbpmyrwfj]?)(y?)([aiueo])/u.exec(rest);
    if (!match) return undefined;
    const [whole, consonant = '', y, vowel = ''] = match;
    const column = 'aiueo'.indexOf(vowel);
    if (y) {
      const first = YOON[consonant];
      if (first === undefined) return undefined;
      kana += first + SMALL_Y[column];
    } else {
      kana += ROWS[consonant]![column];
    }
    at += whole.length;
  }
  return kana;
};

/** A romaji word as the hiragana it spells, with the long vowels it left out put back (the search page's reader). */
export const romajiReader: RomajiReader = (latin, known) => {
  // (readRomaji() spells hiragana only.)
  const kana = readRomaji(latin);
  return kana === undefined ? undefined : withLongVowels(kana, known);
};

/** Kana of the お and う rows after which romaji often leaves a long vowel out (kyodo for kyoudou, joho for jouhou). */
const LONG_VOWEL_BEFORE = /[おこごそぞとどのほぼぽもよょろをうくぐすずつづぬふぶぷむゆゅる]/u;
/** A romaji word with more places a long vowel may be missing from is left as it reads (2^6 spellings at most). */
const MAX_LONG_VOWELS = 6;

/**
 * Romaji that leaves long vowels out (kyodo riyo, joho) spells kana the policies' words do
 * not: when the word is none of theirs as read, the fewest う put back after お- and う-row
 * kana that make one (きょど → きょうどう, りよ → りよう).
 */
function withLongVowels(kana: string, known: (form: string) => boolean): string {
  if (known(kana)) return kana;
  const chars = Array.from(kana);
  const open = chars.flatMap((char, i) => (LONG_VOWEL_BEFORE.test(char) && chars[i + 1] !== 'う' && !/[ゃゅょ]/u.test(chars[i + 1] ?? '') ? [i] : []));
  if (open.length === 0 || open.length > MAX_LONG_VOWELS) return kana;
  // One う put back, then two, …: the first count that makes a word wins, the earliest places first.
  const spell = (places: readonly number[]) => chars.map((char, i) => (places.includes(i) ? `${char}う` : char)).join('');
  const choose = (count: number, from: number): number[][] => (count === 0 ? [[]] : open.slice(from).flatMap((place, k) => choose(count - 1, from + k + 1).map((rest) => [place, ...rest])));
  for (let count = 1; count <= open.length; count += 1) {
    const found = choose(count, 0).map(spell).find((spelled) => known(spelled));
    if (found !== undefined) return found;
  }
  return kana;
}
