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
 * (展開制御フラグ 2), other names and former names (別称, 旧称) are left out.
 */

/** One entry of the dictionary's JSON, as the package ships it (fields this module reads). */
export interface SudachiSynonymItem {
  expandControl: number;
  vocabularyNumber?: number | undefined;
  gokeiSyubetsu: string;
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
    const items = group.items.filter((item) => item.expandControl !== 2 && SAFE_KINDS.has(item.gokeiSyubetsu) && item.midashi.trim() !== '');
    if (!items.some((item) => known(item.midashi))) continue;
    const byVocabulary = Map.groupBy(items, (item) => item.vocabularyNumber ?? 0);
    for (const [vocabulary, same] of byVocabulary) {
      if (same.length > 1) sets.push({ source: `sudachi:${group.id}/${vocabulary}`, same: same.map((item) => item.midashi) });
    }
    for (const from of items) {
      if (from.expandControl !== 0) continue;
      for (const to of items) {
        if (to.vocabularyNumber !== from.vocabularyNumber && known(to.midashi)) related.push([from.midashi, to.midashi]);
      }
    }
  }
  return { sets, related };
}
