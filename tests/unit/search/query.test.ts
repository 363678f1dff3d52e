import { beforeAll, describe, expect, it } from 'vitest';
import { isSearchable, planQuery, type Lexicon, type QueryPlan } from '../../../src/lib/search/query.ts';
import { testCorpus } from './corpus.ts';

let lexicon: Lexicon;
beforeAll(async () => ({ lexicon } = await testCorpus()));

/** The plan's words as `typed:kind[keys as spelled]`. */
const read = (plan: QueryPlan) => plan.words.map((word) => `${word.typed}:${word.kind}${word.keys.length > 0 ? `[${word.keys.map((key) => lexicon.keys[key]).join('+')}]` : ''}`);
const plan = (typed: string) => planQuery(lexicon, typed);

describe('planQuery', () => {
  it.each([
    ['クッキーを拒否したい', ['クッキー:found[クッキー]', '拒否:found[拒否]']],
    ['Ｃｏｏｋｉｅ', ['cookie:found[クッキー]']],
    ['問合わせ　窓口', ['問合わせ:found[問合せ]', '窓口:found[窓口]']],
    ['マイナンバーの提供を求められた', ['マイナンバー:found[マイ+ナンバー]', '提供:found[提供]', '求め:found[求める]']],
    ['個人情報について知りたい', ['個人情報:found[個人+情報]']],
  ])('reads %s as the policies\' words', (typed, words) => {
    expect(read(plan(typed))).toEqual(words);
  });

  it('meets other okurigana of a word the policies write', () => {
    expect(plan('受取りを拒否').terms).toEqual(plan('受け取りを拒否').terms);
    expect(plan('受け取りを拒否').words[0]!.typed).toBe('受け取り');
    expect(plan('生協から').words.map((word) => word.typed)).toEqual(['生協']);
  });

  it('meets hiragana, katakana and half-width through readings', () => {
    expect(read(plan('くっきー'))).toEqual(['くっきー:found[クッキー]']);
    expect(read(plan('ｸｯｷｰ'))).toEqual(['クッキー:found[クッキー]']);
    expect(read(plan('こじんじょうほう'))).toEqual(['こじんじょうほう:found[個人+情報]']);
    expect(plan('だいさんしゃへのていきょう').terms).toEqual(plan('第三者への提供').terms);
  });

  it('never reads katakana as typed as the reading of a kanji word', () => {
    expect(plan('ジョウホウ').words.map((word) => word.kind)).toEqual(['missing']);
  });

  it('corrects a word one edit from a word of the policies, and says what it searched', () => {
    const corrected = plan('まいなんばあ');
    expect(corrected.words[0]).toMatchObject({ typed: 'まいなんばあ', kind: 'corrected' });
    expect(corrected.searchedAs).toBe('マイナンバー');
    expect(plan('個人情方').searchedAs).toBe('個人情報');
    expect(plan('クッキ').words[0]!.kind).toBe('found');
    expect(plan('くっちー').searchedAs).toBe('クッキー');
  });

  it('does not correct short words, where one edit is another word', () => {
    // 時間 is one kanji from 期間, which the corpus has: a suggestion at most, never a search.
    const missing = plan('時間');
    expect(missing.words[0]).toMatchObject({ kind: 'missing' });
    expect(missing.words[0]!.suggestions).toContain('期間');
    expect(isSearchable(missing, lexicon)).toBe(false);
  });

  it('offers a related word of the synonym dictionary as such', () => {
    const related = plan('配送');
    expect(related.words[0]).toMatchObject({ kind: 'related', searchedAs: '配達' });
    expect(isSearchable(related, lexicon)).toBe(true);
  });

  it('sets aside a verb the policies do not use, and searches the rest', () => {
    const question = plan('マイナンバーを電話で聞かれたら');
    expect(question.words.find((word) => word.kind === 'set-aside')?.typed).toBe('聞かれたら');
    expect(isSearchable(question, lexicon)).toBe(true);
  });

  it('finds nothing for a thing the policies do not mention, however many other words match', () => {
    for (const typed of ['退会の手続き', '配達時間を変えたい', 'スマホのクッキー']) expect(isSearchable(plan(typed), lexicon), typed).toBe(false);
    // 退会 is not 退 and the 会 of another word; 注文 not 注 and 文.
    expect(read(plan('退会'))).toEqual(['退会:missing']);
  });

  it('searches nothing for a query of particles only, or nothing at all', () => {
    expect(plan('について').terms).toEqual([]);
    expect(plan('　、。').terms).toEqual([]);
  });
});
