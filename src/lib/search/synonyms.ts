/**
 * Spelling variants and synonyms from the Sudachi synonym dictionary
 * (`sudachi-synonyms-dictionary`, WorksApplications' synonyms.txt as JSON), reduced to what
 * search may safely treat as one word, and to what it may only suggest.
 *
 * Within a group, entries with the same vocabulary number are one word written another way:
 * a spelling variant (問い合わせ / 問合せ / 問いあわせ), a kana or kanji spelling, an
 * alphabet spelling or translation (クッキー / cookie), an abbreviation (パーソナルコンピュータ
 * / パソコン / PC). Those are `same`. Entries with another vocabulary number are related words
 * (配達 / 配送 / 宅配): never folded together, only offered (`related`), and only where the
 * dictionary allows the word to start an expansion (展開制御フラグ 0). Deleted entries
 * (展開制御フラグ 2), other names and former names (別称, 旧称) are left out, except the
 * alphabet spelling of a word (firewall for ファイアウォール): the dictionary deletes some of
 * those from expansion, but a reader who types one means that word, so it reaches the word
 * from the query (it is one word with it; no policy writes it, so nothing else changes).
 */

/** One entry of the dictionary's JSON, as the package ships it (fields this module reads). */
export interface SudachiSynonymItem {
  expandControl: number;
  vocabularyNumber?: number | undefined;
  gokeiSyubetsu: string;
  /** 略語・略称: 代表語形, 略語・略称, 略語・略称/アルファベット. */
  ryakusyou?: string | undefined;
  /** 表記揺れ: 代表表記, アルファベット表記, 異表記・表記ゆれ, … */
  hyoukiYure?: string | undefined;
  midashi: string;
}

export interface SudachiSynonymGroup {
  id: string;
  items: readonly SudachiSynonymItem[];
}

export interface SynonymSet {
  /** Where it comes from: `sudachi:<group>` or the alias file's line. */
  source: string;
  /** Forms that are one word. */
  same: string[];
}

export interface SynonymData {
  sets: SynonymSet[];
  /** Related words of another vocabulary: [from, to] where `from` may start an expansion. */
  related: [string, string][];
}

const SAFE_KINDS = new Set(['代表語', '対訳', '間違い', '未定義']);

/**
 * The safe sets and the related pairs of the groups that mention at least one of `known`
 * (the corpus's words, as `normalise` writes them): the rest of the dictionary cannot
 * reach this corpus.
 */
export function synonymsFor(groups: readonly SudachiSynonymGroup[], known: (form: string) => boolean): SynonymData {
  const sets: SynonymSet[] = [];
  const related: [string, string][] = [];
  for (const group of groups) {
    const usable = (item: SudachiSynonymItem) => SAFE_KINDS.has(item.gokeiSyubetsu) && item.midashi.trim() !== '';
    const items = group.items.filter((item) => item.expandControl !== 2 && usable(item));
    // A group is the corpus's only through a word that is no abbreviation in the alphabet in it:
    // JP and TEL abbreviate too many things (日本郵政, 東京エレクトロン).
    if (!items.some((item) => known(item.midashi) && !(item.ryakusyou ?? '').includes('アルファベット'))) continue;
    // A deleted alphabet spelling still spells its word, for a reader who types it; it never starts a related word.
    const spelled = group.items.filter((item) => item.expandControl === 2 && item.hyoukiYure === 'アルファベット表記' && usable(item) && !known(item.midashi));
    const byVocabulary = Map.groupBy([...items, ...spelled], (item) => item.vocabularyNumber ?? 0);
    for (const [vocabulary, same] of byVocabulary) {
      if (same.length > 1) sets.push({ source: `sudachi:${group.id}/${vocabulary}`, same: same.map((item) => item.midashi) });
    }
    for (const from of items) {
      // An English word of the group is a translation (setting for 設定, delete for 削除) a
      // reader may type: it may stand for the group's words even where the dictionary keeps it
      // from starting an expansion of Japanese text.
      const english = from.hyoukiYure === 'アルファベット表記' && /^[a-z]{4,}$/iu.test(from.midashi);
      if (from.expandControl !== 0 && !english) continue;
      for (const to of items) {
        if (to.vocabularyNumber !== from.vocabularyNumber && known(to.midashi)) related.push([from.midashi, to.midashi]);
      }
    }
  }
  return { sets, related };
}

/**
 * The other spellings the dictionary gives a word (ハッキング: hacking; スマホ: スマートホン,
 * smartphone) — its alphabet spellings and its variant spellings, not other words of its
 * vocabulary — for the co-op's everyday words, which need not be words of the policies, so
 * synonymsFor() does not reach them. A word in the alphabet gets none (HP would bring the
 * company's name). `normalise` makes forms comparable.
 */
export function spellingsIndex(groups: readonly SudachiSynonymGroup[], normalise: (text: string) => string): (word: string) => string[] {
  const spelling = (item: SudachiSynonymItem) => item.hyoukiYure === 'アルファベット表記' || item.hyoukiYure === '異表記・表記ゆれ';
  const byForm = new Map<string, Set<string>>();
  for (const group of groups) {
    const items = group.items.filter((item) => SAFE_KINDS.has(item.gokeiSyubetsu) && item.midashi.trim() !== ''
      && (item.expandControl !== 2 || item.hyoukiYure === 'アルファベット表記'));
    for (const same of Map.groupBy(items, (item) => item.vocabularyNumber ?? 0).values()) {
      for (const item of same) {
        if (/[A-Za-z]/u.test(item.midashi)) continue;
        const form = normalise(item.midashi);
        const set = byForm.get(form) ?? new Set<string>();
        for (const other of same) if (other !== item && spelling(other)) set.add(other.midashi);
        if (set.size > 0) byForm.set(form, set);
      }
    }
  }
  return (word) => [...(byForm.get(normalise(word)) ?? [])];
}
