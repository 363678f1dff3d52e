/**
 * A search corpus for the unit tests, built the way the indexer builds the real one: the
 * real analyser (Lindera with IPADIC), the real Sudachi synonym dictionary and KANJIDIC's readings, over a few
 * sentences in the manner of the policies, with a couple of aliases of the co-op's own and
 * a few everyday words, and one of the sentences a heading.
 */
import { kanjiDictionary, linderaAnalyser, sudachiSynonyms } from '../../../scripts/search-index.ts';
import { buildSearchCorpus, type EverydaySet, type SearchCorpus, type SynonymSet } from '../../../src/lib/search/index.ts';
import { loadLexicon, type Lexicon } from '../../../src/lib/search/query.ts';

export const TEXTS = [
  'このウェブサイトでの個人情報保護について',
  '個人情報の第三者への提供は、あらかじめ承諾を得ている場合に限ります。',
  '生活クラブ共済事業連合生活協同組合連合会(以下「生活クラブ共済連」といいます)で共同利用します。',
  '7.クッキー(Cookie)の利用について',
  '利用者は、クッキーの受け取りを拒否できます。問い合わせや連絡先は、ホームページなどで公表します。',
  '問合せ窓口 TEL:03(5426)5200',
  '不正アクセスやウィルスによる個人情報の破壊・漏洩を避けるため、コンピュータウイルス対策を講じます。',
  '担当者がマイナンバーの提供を求めることはございません。',
  '消費材の配達等の個人情報のデータ化が進み、機関運営を円滑に進めるため、必要な期間保管します。',
  '請求者がご本人であることを確認した上で対応します。',
  'ファイアウォール設置・コンピュータウイルス対策を講じます。',
  '利用者の個人情報の安全確保に努めています。',
  '不要となった個人情報は廃棄します。',
  'この会では、入退室を管理します。',
  '人的安全管理措置として、職員を教育します。',
];

export const ALIASES: SynonymSet[] = [
  { source: 'test:1', same: ['生活クラブ共済連', '共済連', '生活クラブ共済事業連合生活協同組合連合会'] },
  { source: 'test:2', same: ['消費材', '商品'] },
];

export const EVERYDAY: EverydaySet[] = [
  { source: 'test:e1', term: '拒否', words: ['断る', '無効', 'ブロック'] },
  { source: 'test:e2', term: '提供', words: ['渡す', '教える'] },
  { source: 'test:e3', term: '第三者への提供', words: ['売る'] },
  { source: 'test:e4', term: '利用', words: ['使う'] },
  { source: 'test:e5', term: '不正アクセス', words: ['ハッキング', '不正ログイン'] },
  { source: 'test:e6', term: '保管', words: ['保存', '残す'] },
  { source: 'test:e7', term: '確認', words: ['チェック'] },
  { source: 'test:e8', term: '対応', words: ['チェック', '確認'] },
  { source: 'test:e9', term: '不正アクセス', words: ['鍵を壊す'] },
  { source: 'test:e10', term: '第三者', words: ['よその人', 'third party'] },
  { source: 'test:e11', term: '共同利用', words: ['joint use'] },
  { source: 'test:e12', term: '保管', words: ['預かっている情報'] },
  { source: 'test:e13', term: 'クッキー', words: ['閲覧の記録'] },
  { source: 'test:e14', term: '第三者', words: ['どんな人'] },
  { source: 'test:e15', term: '承諾', words: ['者に渡す'] },
  { source: 'test:e16', term: 'マイナンバー', words: ['マイナンバーが届く'] },
];

/** The headings among the texts: their nouns are the topics. */
export const HEADINGS = new Set(['7.クッキー(Cookie)の利用について', 'このウェブサイトでの個人情報保護について']);

let built: Promise<{ corpus: SearchCorpus; lexicon: Lexicon }> | undefined;

export function testCorpus(): Promise<{ corpus: SearchCorpus; lexicon: Lexicon }> {
  built ??= sudachiSynonyms().then((synonyms) => {
    const corpus = buildSearchCorpus(TEXTS, { analyse: linderaAnalyser(), synonyms, kanji: kanjiDictionary(), aliases: ALIASES, everyday: EVERYDAY, headings: HEADINGS });
    // Through JSON, as the page gets it.
    return { corpus, lexicon: loadLexicon(JSON.parse(JSON.stringify(corpus.lexicon))) };
  });
  return built;
}
