import { beforeAll, describe, expect, it } from 'vitest';
import { isSearchable, planQuery, type Lexicon, type QueryPlan } from '../../../src/lib/search/query.ts';
import { romajiReader } from '../../../src/lib/search/romaji.ts';
import { testCorpus } from './corpus.ts';

let lexicon: Lexicon;
beforeAll(async () => ({ lexicon } = await testCorpus()));

/** The plan's words as `typed:kind[keys as spelled]`. */
const read = (plan: QueryPlan) => plan.words.map((word) => `${word.typed}:${word.kind}${word.keys.length > 0 ? `[${word.keys.map((key) => lexicon.keys[key]).join('+')}]` : ''}`);
const plan = (typed: string) => planQuery(lexicon, typed);
/** `typed` is a word the policies lack, offered `suggestion` as もしかして, and not searched. */
function expectOnlySuggested(typed: string, suggestion: string): void {
  const read = plan(typed);
  expect(read.words[0]).toMatchObject({ kind: 'missing' });
  expect(read.words[0]!.suggestions).toContain(suggestion);
  expect(isSearchable(read, lexicon)).toBe(false);
}

describe('planQuery', () => {
  it.each([
    ['クッキーを拒否したい', ['クッキー:found[クッキー]', '拒否:found[拒否]']],
    ['Ｃｏｏｋｉｅ', ['cookie:found[クッキー]']],
    ['問合わせ　窓口', ['問合わせ:found[問合せ]', '窓口:found[窓口]']],
    ['マイナンバーの提供を求められた', ['マイナンバー:found[マイ+ナンバー]', '提供:found[提供]', '求め:found[求める]']],
    ['個人情報について知りたい', ['個人情報:found[個人+情報]']],
    // The reason a thing is done asks why; what was not asked for is the frame of the question.
    ['クッキーを拒否する理由', ['クッキー:found[クッキー]', '拒否:found[拒否]']],
    ['頼んでないのにマイナンバーの提供を求められた', ['マイナンバー:found[マイ+ナンバー]', '提供:found[提供]', '求め:found[求める]']],
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

  it('reads katakana typed as a word the policies lack as kanji words when their readings cover it all', () => {
    expect(read(plan('ジョウホウ'))).toEqual(['ジョウホウ:found[情報]']);
    expect(read(plan('ｺｼﾞﾝｼﾞｮｳﾎｳ'))).toEqual(['コジンジョウホウ:found[個人+情報]']);
    expect(plan('ダイサンシャ テイキョウ').terms).toEqual(plan('第三者 提供').terms);
    // A loanword of the policies stays one (クッキー is never 句 and 機).
    expect(read(plan('クッキー タイサク'))).toEqual(['クッキー:found[クッキー]', 'タイサク:found[対策]']);
    // Kana left over as grammar, or readings inside a longer katakana word, are no reading of it.
    expect(plan('ジョウホウカ').words.map((word) => word.kind)).toEqual(['missing']);
    expect(plan('ホケンジョウホウ').words.map((word) => word.kind)).not.toContain('found');
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
    expectOnlySuggested('時間', '期間');
  });

  it('offers a related word of the synonym dictionary as such', () => {
    const related = plan('配送');
    expect(related.words[0]).toMatchObject({ kind: 'related', searchedAs: '配達' });
    expect(isSearchable(related, lexicon)).toBe(true);
  });

  it('keeps 理由 after a noun or な (正当な理由) as the word typed, not as asking why', () => {
    expect(read(plan('正当な理由'))).toContain('理由:missing');
    expect(read(plan('クッキーの理由'))).toContain('理由:missing');
  });

  it('sets aside a verb the policies do not use, and searches the rest', () => {
    const question = plan('マイナンバーを電話で聞かれたら');
    expect(question.words.find((word) => word.kind === 'set-aside')?.typed).toBe('聞かれたら');
    expect(isSearchable(question, lexicon)).toBe(true);
  });

  it('finds nothing for a thing the policies do not mention, however many other words match', () => {
    for (const typed of ['退会の手続き', '配達時間を変えたい', 'スマホのクッキー', '宅配ボックスの設置']) expect(isSearchable(plan(typed), lexicon), typed).toBe(false);
    // 退会 is not 退 and the 会 of another word; 注文 not 注 and 文.
    expect(read(plan('退会'))).toEqual(['退会:missing']);
  });

  it('reads a member\'s everyday word as the terms it stands for, in any of its forms, and says so', () => {
    expect(read(plan('クッキーを断りたい'))).toEqual(['クッキー:found[クッキー]', '断りたい:related[拒否]']);
    expect(plan('情報を渡して').words[1]).toMatchObject({ kind: 'related', searchedAs: '提供' });
    // Shown with its endings, not with what the question asks after it.
    expect(plan('情報を渡したらだめ').words[1]).toMatchObject({ kind: 'related', typed: '渡したら' });
    expect(plan('情報を渡しちゃった').words[1]).toMatchObject({ kind: 'related', typed: '渡しちゃった' });
    // A phrase of the file is read whole: 不正ログイン, not 不正 and an unknown ログイン.
    expect(read(plan('不正ログイン'))).toEqual(['不正ログイン:related[不正+アクセス]']);
    // Its name is the term as the file writes it.
    expect(plan('売る').words[0]).toMatchObject({ kind: 'related', searchedAs: '第三者への提供' });
    // A phrase of the file is read with its particle or without, as a casual question drops it.
    for (const typed of ['鍵を壊された', '鍵壊された']) expect(plan(typed).words[0], typed).toMatchObject({ kind: 'related', searchedAs: '不正アクセス' });
  });

  it('reads an everyday verb typed in kana before conversion in any of its forms, and never the grammar it spells', () => {
    expect(read(plan('クッキーをことわりたい'))).toEqual(['クッキー:found[クッキー]', 'ことわりたい:related[拒否]']);
    expect(read(plan('こじんじょうほうをのこしてる？'))).toEqual(['こじんじょうほう:found[個人+情報]', 'のこしてる:related[保管]']);
    // Kana the analyser reads as another word are not the verb: うらない is 占い, not 売らない;
    // わたし is the pronoun, not 渡し.
    expect(plan('こじんじょうほうのうらない').words.map((word) => word.kind)).not.toContain('related');
    expect(read(plan('わたしのこじんじょうほう'))).toEqual(['こじんじょうほう:found[個人+情報]']);
  });

  it('searches a word of the policies that the everyday-words file gives for a term as either', () => {
    // 確認 is written in the policies, and given in the file for 対応.
    const word = plan('確認').words[0]!;
    expect(word.kind).toBe('found');
    expect(word.alternatives.map((keys) => keys.map((key) => lexicon.keys[key]).join('+'))).toEqual(['確認', '対応']);
    expect(word.alsoAs).toBe('対応');
  });

  it('searches a word of several ways as one unit, and the words typed side by side as a phrase', () => {
    const related = plan('チェック');
    expect(related.units).toHaveLength(1);
    expect(related.units[0]).toHaveLength(2);
    const phrase = plan('問い合わせ窓口');
    expect(phrase.phrases).toHaveLength(1);
    expect(phrase.phrases[0]!.words).toHaveLength(2);
    expect(plan('問い合わせの窓口').phrases).toEqual([]);
    // A space is how a phone keyboard or romaji separates the words of one phrase.
    expect(plan('問い合わせ 窓口').phrases).toEqual(phrase.phrases);
  });

  it('reads a suffix typed after a word as part of the phrase: 利用者 is 利用 followed by 者', () => {
    expect(plan('利用者').phrases).toEqual([{ words: plan('利用').terms, suffix: '者' }]);
  });

  it('sets aside a noun made a verb, and searches a word of the policies asked of only when they are about it', () => {
    const question = plan('クッキーを整理したい');
    expect(question.words.find((word) => word.kind === 'set-aside')).toMatchObject({ predicate: true });
    // クッキー names a heading of the policies; 出資 no heading does.
    expect(isSearchable(question, lexicon)).toBe(true);
    expect(isSearchable(plan('窓口を返してほしい'), lexicon)).toBe(false);
    // Two things asked of one word: not what the policies answer.
    expect(isSearchable(plan('脱退したら消費材は戻る'), lexicon)).toBe(false);
  });

  it('corrects one kanji of a two-kanji word only when the query\'s other words are written with the right one', () => {
    expect(plan('個人情報の破環').searchedAs).toBe('個人情報 破壊');
    // Held to the terms the query's everyday words stand for as well (よその人: 第三者, 渡す: 提供).
    expect(plan('よその人に渡す承若').words.at(-1)).toMatchObject({ typed: '承若', kind: 'corrected', searchedAs: '承諾' });
    // A word in common use of its own (求人, not 個人) is offered the policies' word first, and searched not at all.
    const own = plan('個人情報の求人');
    expect(own.words).toMatchObject([{ kind: 'found' }, { typed: '求人', kind: 'missing' }]);
    expect(own.words[1]!.suggestions![0]).toBe('個人');
    expect(isSearchable(own, lexicon)).toBe(false);
    // Alone, or inside a compound the policies do not write, it is a suggestion at most.
    expect(plan('破環').words[0]!.kind).toBe('missing');
    expect(plan('配達時間').words.map((word) => word.kind)).toEqual(['found', 'missing']);
    // Never one of the query's own words: 商品の返品 is not 商品の商品.
    expect(plan('商品の返品').words.map((word) => word.kind)).toEqual(['found', 'missing']);
  });

  it('corrects one kanji for another of the same sound typed onto words of the policies, or beside the rest of the question', () => {
    // 懐 and 壊 are both カイ, 共 and 供 both キョウ, 作 and 策 both サク, 方 and 報 both ホウ.
    expect(read(plan('個人情方'))).toEqual(['個人:found[個人]', '情方:corrected[情報]']);
    expect(plan('個人情方').searchedAs).toBe('個人情報');
    expect(read(plan('第三者への提共'))).toEqual(['第三者:found[第三者]', '提共:corrected[提供]']);
    expect(read(plan('個人情報の破懐'))).toEqual(['個人情報:found[個人+情報]', '破懐:corrected[破壊]']);
    expect(read(plan('ウイルス対作'))).toEqual(['ウイルス:found[コンピュータウイルス]', '対作:corrected[対策]']);
    // A slip of two words (連楽: 連合, 連絡) is never taken for either without the rest of the query.
    expect(plan('個人情報連楽').words.map((word) => word.kind)).not.toContain('corrected');
    // Each word once in the query as searched.
    expect(plan('個人情報の個人情方').searchedAs).toBe('個人情報');
    // Two kanji alone may be a word or a name of their own the dictionaries lack: offered only.
    expect(plan('破懐').words).toMatchObject([{ kind: 'missing', suggestions: ['破壊'] }]);
    // Never beside kanji that are no word of the policies (遺伝子情報 is not 遺 and 電子情報),
    // nor before okurigana, where the kanji are a verb's stem (共働き is not 共同).
    expect(plan('木提共').words.map((word) => word.kind)).not.toContain('corrected');
    expect(plan('第三者提共く').words.map((word) => word.kind)).not.toContain('corrected');
    // A word of the dictionary of the same sound is a word of its own (補完 is not 保管), and
    // a kanji of another sound may be another word: neither is corrected alone.
    expect(plan('補完').words[0]!.kind).toBe('missing');
    expect(plan('破環').words[0]!.kind).toBe('missing');
  });

  it('corrects a word of the same sound typed onto a word of the policies, never alone', () => {
    // 理容 and 利用 are both りよう: the input method's choice of the whole word.
    expect(read(plan('共同理容'))).toEqual(['共同:found[共同]', '理容:corrected[利用]']);
    expect(plan('共同理容').searchedAs).toBe('共同利用');
    expect(plan('理容').words[0]!.kind).toBe('missing');
  });

  it('corrects a katakana word with a small kana left out, however short, but no other slip of a short one', () => {
    expect(plan('クキー').searchedAs).toBe('クッキー');
    expect(read(plan('クキーを拒否'))).toEqual(['クキー:corrected[クッキー]', '拒否:found[拒否]']);
    expect(plan('クッカ').words[0]!.kind).not.toBe('corrected');
  });

  it('takes a phrase of the everyday words that begins with its term\'s own word as that word, wherever the rest of the query is written', () => {
    // (Kana after a loanword's long vowel spell nothing with it: マイナンバーが is no other word.)
    expect(read(plan('なぜマイナンバーが届くの'))).toEqual(['マイナンバーが届く:related[マイ+ナンバー]']);
    expect(read(plan('マイナンバーが届いたら廃棄'))).toEqual(['マイナンバーが届いたら:related[マイ+ナンバー]', '廃棄:found[廃棄]']);
  });

  it('reads a word written half in kana, the kana before the kanji, as the word those kana start the reading of', () => {
    expect(read(plan('はい棄'))).toEqual(['はい棄:corrected[廃棄]']);
    expect(read(plan('個人情報のろう洩'))).toEqual(['個人情報:found[個人+情報]', 'ろう洩:corrected[漏洩]']);
    // Kana that start no reading of a word ending with the kanji are no such word.
    expect(plan('かい棄').words[0]!.kind).not.toBe('corrected');
  });

  it('takes a kanji missing inside a compound, or typed twice, for a slip, never one more at a word\'s edge: that makes another word', () => {
    const extra = plan('消費材証');
    expect(extra.words).toMatchObject([{ typed: '消費材証', kind: 'missing' }]);
    expect(extra.searchedAs).toBeUndefined();
    expect(read(plan('個人報の漏洩'))).toEqual(['個人報:corrected[個人+情報]', '漏洩:found[漏洩]']);
    expect(read(plan('第三者者への提供'))).toEqual(['第三者者:corrected[第三者]', '提供:found[提供]']);
    expect(plan('個人情報報').searchedAs).toBe('個人情報');
    // But not a kanji that only says where or how many of it.
    expect(read(plan('消費材等'))).toEqual(['消費材:found[消費材]']);
  });

  it('corrects a kanji at the edge of a word beside a word of the policies only when the rest of the query allows it', () => {
    // 消費財: 消費 is a word of the policies, and 財 one kanji from 材.
    expect(plan('消費財').searchedAs).toBe('消費材');
    expect(plan('消費財の配達').searchedAs).toBe('消費材 配達');
    expect(plan('消費財の窓口').words.map((word) => word.kind)).toEqual(['missing', 'found']);
  });

  it('reaches a word through the alphabet spelling the synonym dictionary deletes (firewall)', () => {
    expect(read(plan('firewall'))).toEqual(['firewall:found[ファイアウォール]']);
  });

  it('reads an everyday or related word only as a whole word as typed, never inside a longer katakana word', () => {
    // ブロック (拒否) in ブロックチェーン leaves チェーン, no word of the policies.
    expect(read(plan('ブロックチェーン'))).toEqual(['ブロックチェーン:missing']);
    expect(isSearchable(plan('ブロックチェーン'), lexicon)).toBe(false);
    // Beside a word of the policies it is whole: クッキー + ブロック.
    expect(plan('クッキーブロック').words.map((word) => word.kind)).toEqual(['found', 'related']);
  });

  it('reads a katakana word typed as one as a word the policies lack when its parts are never written together', () => {
    expect(plan('クッキーファイアウォール').words.map((word) => word.kind)).toEqual(['missing']);
    expect(plan('コンピュータウイルス').words.every((word) => word.kind === 'found')).toBe(true);
  });

  it('counts a related word only when the policies write its term near another word of the query', () => {
    // 拒否 (断る) is never written near 請求者: the question is not one the policies answer.
    // What it asks (a verb) is set aside; a thing (他の会社) would be missing.
    const far = plan('請求者を断る');
    expect(far.words.map((word) => `${word.typed}:${word.kind}`)).toEqual(['請求者:found', '断る:set-aside']);
    expect(isSearchable(far, lexicon)).toBe(false);
    // 提供 (渡す) is written beside 個人情報 and マイナンバー.
    for (const typed of ['個人情報を渡す', 'マイナンバーを渡す']) {
      expect(plan(typed).words.map((word) => word.kind), typed).toEqual(['found', 'related']);
      expect(isSearchable(plan(typed), lexicon), typed).toBe(true);
    }
    // Alone, a related word is searched as before.
    expect(plan('渡す').words[0]).toMatchObject({ kind: 'related' });
  });

  it('reads an everyday phrase of asking the policies do not write near the rest as grammar, not as a verb against it', () => {
    // 第三者 (どんな人) is written far from 請求者: the question is about 請求者 all the same.
    const asking = plan('請求者はどんな人');
    expect(asking.words.map((word) => `${word.typed}:${word.kind}${word.predicate ? ':predicate' : ''}`)).toEqual(['請求者:found', 'どんな人:set-aside']);
    expect(isSearchable(asking, lexicon)).toBe(true);
    // Beside 個人情報 it stands for 第三者.
    expect(plan('個人情報はどんな人').words[1]).toMatchObject({ kind: 'related' });
  });

  it('counts a related word written near another related word: the question in other words meets one stretch', () => {
    // 不正アクセス (ハッキング) is written near 請求者, and 拒否 (断る) near 不正アクセス.
    const chained = plan('請求者へのハッキングを断る');
    expect(chained.words.map((word) => `${word.typed}:${word.kind}`)).toEqual(['請求者:found', 'ハッキング:related', '断る:related']);
    // The synonym dictionary's related word (照会: 問合せ) is a guess: it counts beside 請求者, but lends 断る nothing.
    expect(plan('請求者に照会して断る').words.map((word) => `${word.typed}:${word.kind}${word.guess ? ':guess' : ''}`)).toEqual(['請求者:found', '照会:related:guess', '断る:set-aside']);
    // Two words for one term are one word twice: neither counts for the other.
    expect(plan('請求者を断る、ブロック').words.map((word) => word.kind)).toEqual(['found', 'set-aside', 'missing']);
    expect(plan('請求者を断る、ことわりたい').words.map((word) => word.kind)).toEqual(['found', 'set-aside', 'set-aside']);
  });

  it('counts related words for other terms written near one another, more of them than the words of the policies far from them', () => {
    // 第三者 (よその人) and 第三者への提供 (売る) are written together, far from 請求者: the question is theirs.
    expect(plan('請求者をよその人に売る').words.map((word) => `${word.typed}:${word.kind}`)).toEqual(['請求者:found', 'よその人:related', '売る:related']);
    // One term against one word of the policies is not more.
    expect(plan('請求者をよその人に').words.map((word) => word.kind)).toEqual(['found', 'missing']);
  });

  it('never starts an everyday phrase inside a run of kanji: its first word is the end of another', () => {
    // 者に渡す (an everyday phrase here) would read 請求者に渡す as 請求 and 承諾.
    expect(read(plan('請求者に渡す'))).toEqual(['請求者:found[請求]', '渡す:related[提供]']);
    expect(read(plan('者に渡す'))).toEqual(['者に渡す:related[承諾]']);
  });

  it('reads one kanji of where, when or whose after a word as grammar, never as a word the policies lack', () => {
    expect(read(plan('担当者側からマイナンバーを求められた')).map((word) => word.split(':')[1]!.replace(/\[.*$/, ''))).toEqual(['found', 'found', 'found']);
    expect(plan('クッキーの受け取りを拒否した後は').words.map((word) => word.kind)).toEqual(['found', 'found', 'found']);
    // The first kanji of a compound is not: 時間 is a word the policies lack.
    expect(read(plan('配達時間'))).toEqual(['配達:found[配達]', '時間:missing']);
  });

  it('reads the verbs that only carry a question, in every form, and its endings of speech as grammar', () => {
    // 言う, 思う, もらう, 分かる: what the question says around its subject, never a verb set aside.
    for (const typed of ['クッキーを拒否したいと言われた', 'クッキーを拒否してもらえると思う', 'クッキーの拒否だけ分かっちゃう', 'クッキーみたいなものを拒否するなら']) {
      expect(plan(typed).words.map((word) => word.kind), typed).toEqual(['found', 'found']);
    }
    // 断れる is 断れ, a form of 断る (拒否), and る.
    expect(read(plan('クッキーを断れる'))).toEqual(['クッキー:found[クッキー]', '断れる:related[拒否]']);
  });

  it('reads kana typed apart as a word, not as particles', () => {
    expect(read(plan('クッキー きょひ'))).toEqual(['クッキー:found[クッキー]', 'きょひ:found[拒否]']);
    expect(plan('個人情報 きょひ').terms).toEqual(plan('個人情報 拒否').terms);
  });

  it('shows a verb set aside with its kana once, never its kana again as a word of their own', () => {
    expect(read(plan('個人情報が古いままにならないか'))).toEqual(['個人情報:found[個人+情報]', '古いまま:set-aside']);
    expect(read(plan('個人情報を新しくしてほしい'))).toEqual(['個人情報:found[個人+情報]', '新しくして:set-aside']);
  });

  it('reads kana after a particle as a word rather than as a second particle and grammar', () => {
    // の, は and 行き (いき) would be all grammar; の and 廃棄 is the question.
    expect(read(plan('こじんじょうほうのはいき'))).toEqual(['こじんじょうほう:found[個人+情報]', 'はいき:found[廃棄]']);
    expect(read(plan('こじんじょうほうをはいき'))).toEqual(['こじんじょうほう:found[個人+情報]', 'はいき:found[廃棄]']);
    // A particle after a word is still one: 保管はいつ is 保管 and grammar.
    expect(read(plan('保管はいつ'))).toEqual(['保管:found[保管]']);
  });

  it('reads a noun half in kana as a noun, not a verb, and a katakana word with a part the policies lack as one word they lack', () => {
    // 石けん is not 石 and the kana of a verb: a stem ends in ん only before で or だ.
    expect(plan('石けんの利用').words[0]).toMatchObject({ typed: '石けん', kind: 'missing' });
    expect(plan('石けんの利用').words[0]!.predicate).toBeUndefined();
    // バックナンバー is not ナンバー (of マイナンバー): one word the policies lack.
    expect(read(plan('バックナンバー'))).toEqual(['バックナンバー:missing']);
  });

  it('reads kanji the policies lack before their words as one word they lack, however many words follow', () => {
    expect(read(plan('犬猫情報窓口'))).toEqual(['犬猫情報窓口:missing']);
    // So does a loanword they lack (リコール情報 is not 情報); one of theirs stays a word of its own.
    expect(read(plan('リコール情報'))).toEqual(['リコール情報:missing']);
    expect(plan('クッキー情報').words.map((word) => word.kind)).toEqual(['found', 'found']);
    // Kana of grammar after a kanji are no okurigana: 窓口証 is one word, not 窓口 and a verb.
    expect(read(plan('窓口証なくした'))).toEqual(['窓口証:missing']);
    // A katakana word that starts with one of theirs keeps it (マイナンバーカード: マイナンバー).
    expect(plan('マイナンバーカード').words.map((word) => word.kind)).toEqual(['found', 'missing']);
    // A noun half in kana is read up to a break only.
    expect(plan('石けん ほしい').words.map((word) => `${word.typed}:${word.kind}`)).toEqual(['石けん:missing']);
  });

  it('reads a kanji the policies write only before other words, typed before a word of one kanji, as one word they lack', () => {
    // 入 of 入退室 is no word of theirs; 入会 is not 会 (この会), which alone would answer for it.
    expect(read(plan('入会'))).toEqual(['入会:missing']);
    expect(isSearchable(plan('入会'), lexicon)).toBe(false);
    expect(read(plan('入会の個人情報'))[0]).toBe('入会:missing');
    // The word of one kanji on its own, and the prefix before a word of two, are read as before.
    expect(read(plan('会'))).toEqual(['会:found[会]']);
    expect(read(plan('入退室'))).toEqual(['退室:found[退室]']);
  });

  it('reads romaji as kana with a romaji reader, and asks for one without it', () => {
    expect(plan('kukkii kyohi').wantsRomaji).toBe(true);
    const read = planQuery(lexicon, 'kukkii kyohi', romajiReader);
    expect(read.wantsRomaji).toBe(false);
    expect(read.terms).toEqual(plan('くっきー きょひ').terms);
    // The page says how it read it.
    expect(read.asKana).toBe('くっきい きょひ');
    expect(plan('クッキー').asKana).toBeUndefined();
    // A Latin word of the lexicon, or English, stays as it is.
    expect(planQuery(lexicon, 'cookie', romajiReader).terms).toEqual(plan('クッキー').terms);
    expect(planQuery(lexicon, 'the cookie', romajiReader).asKana).toBeUndefined();
    expect(plan('cookies').wantsRomaji).toBe(false);
  });

  it('reads an English phrase of the everyday words whole, not as romaji, and English endings', () => {
    const joint = planQuery(lexicon, 'joint use', romajiReader);
    expect(read(joint)).toEqual(['jointuse:related[共同+利用]']);
    expect(joint.asKana).toBeUndefined();
    expect(read(planQuery(lexicon, 'third party', romajiReader))).toEqual(['thirdparty:related[第三者]']);
    // English endings on a word of the lexicon: plurals, past and -ing forms.
    expect(read(planQuery(lexicon, 'third parties', romajiReader))).toEqual(['thirdparties:related[第三者]']);
    expect(read(planQuery(lexicon, 'blocked cookies', romajiReader))).toEqual(['blocked:related[拒否]', 'cookies:found[クッキー]']);
    // A verb typed in romaji is still a verb set aside (cookie wo kesu), as typed in kana.
    expect(isSearchable(planQuery(lexicon, 'cookie wo kesu', romajiReader), lexicon)).toBe(isSearchable(plan('クッキーをけす'), lexicon));
    expect(read(planQuery(lexicon, 'blocking cookies', romajiReader))).toEqual(['blocking:related[拒否]', 'cookies:found[クッキー]']);
  });

  it('reads an everyday phrase in ている also as spoken, without the い', () => {
    expect(read(plan('預かってる情報'))).toEqual(['預かってる情報:related[保管]']);
  });

  it('reads 人 alone as someone, grammar, whoever the words around it say it is', () => {
    expect(plan('人').words).toEqual([]);
    expect(read(plan('よその人に渡す'))).toEqual(['よその人:related[第三者]', '渡す:related[提供]']);
    expect(read(plan('本人じゃない人'))).toEqual(['本人:found[本人]']);
  });

  it('holds a thing the everyday words name as one term as telling as the term, beside a verb the policies lack', () => {
    expect(isSearchable(plan('閲覧の記録を消したい'), lexicon)).toBe(true);
    // One of two terms (チェック: 確認 or 対応) counts half, and does not outweigh the verb.
    expect(isSearchable(plan('チェックを頼みたい'), lexicon)).toBe(false);
  });

  it('searches a corrected word, and a word typed in kana, as the word itself is searched, with what it also stands for', () => {
    // 確認 is an everyday word of 対応 the policies use: 確認 or 対応.
    const as = plan('確認').words[0]!.alternatives;
    expect(as).toHaveLength(2);
    expect(plan('かくにん').words[0]!.alternatives).toEqual(as);
    expect(plan('本人の核認').words[1]).toMatchObject({ kind: 'corrected', alternatives: as });
    // The query as searched names the word, not what it also stands for.
    expect(plan('確認と不正アクセスの大策').searchedAs).toBe('確認 不正アクセス 対策');
  });

  it('reads 教える as what the query is about (telling others), and 教えて as asking', () => {
    expect(read(plan('個人情報をよその人に教えたりする？'))).toEqual(['個人情報:found[個人+情報]', 'よその人:related[第三者]', '教えたりする:related[提供]']);
    expect(read(plan('個人情報の保管について教えてください'))).toEqual(['個人情報:found[個人+情報]', '保管:found[保管]']);
    expect(read(plan('保管についておしえて'))).toEqual(['保管:found[保管]']);
    // Shown with its endings: 「教えたりしない」, not 「教えたりし」.
    expect(plan('個人情報をよその人に教えたりしない').words.at(-1)!.typed).toBe('教えたりしない');
  });

  it('puts back the long vowels romaji leaves out, where that makes a word of the policies', () => {
    const short = planQuery(lexicon, 'kojin joho kakunin', romajiReader);
    expect(short.terms).toEqual(plan('こじんじょうほう かくにん').terms);
    expect(short.asKana).toBe('こじん じょうほう かくにん');
    expect(planQuery(lexicon, 'kyodo riyo', romajiReader).terms).toEqual(plan('共同利用').terms);
    // A macron or circumflex is a long vowel typed out (mainanbā, mainanbâ: mainanbaa).
    expect(planQuery(lexicon, 'mainanbā', romajiReader).terms).toEqual(plan('マイナンバー').terms);
    expect(planQuery(lexicon, 'MAINANBÂ', romajiReader).asKana).toBe('まいなんばあ');
    // Romaji that spells no word of theirs either way is left as it reads.
    expect(planQuery(lexicon, 'tomodachi', romajiReader).asKana).toBe('ともだち');
  });

  it('corrects a kanji word that reads as one of the policies\' beside the rest of the question, and only suggests it alone', () => {
    // 補完 is ほかん, as 保管 is: an IME's slip when the rest of the query is about the policies.
    const slip = plan('個人情報の補完');
    expect(read(slip)).toEqual(['個人情報:found[個人+情報]', '補完:corrected[保管]']);
    expect(slip.searchedAs).toBe('個人情報 保管');
    expect(isSearchable(slip, lexicon)).toBe(true);
    // On its own it is a word of its own: a suggestion, never a search.
    expectOnlySuggested('補完', '保管');
  });

  it('reads a kanji typed onto a verb\'s stem as a noun the policies lack, not the verb and a kanji', () => {
    // お届け日, 送り先: a date, an address; 使い方 is still how one uses.
    const date = plan('お届け日 確認');
    expect(date.words.map((word) => word.kind)).toEqual(['missing', 'found']);
    expect(date.words[0]!.typed).toMatch(/届け日$/u);
    expect(isSearchable(plan('お届け日 確認'), lexicon)).toBe(false);
    // Their own noun of a verb with a kanji is theirs (問い合せ先: 問合せ).
    expect(plan('問い合せ先').words.map((word) => word.kind)).not.toContain('missing');
    expect(plan('クッキーの使い方').words.map((word) => word.kind)).toEqual(['found', 'related']);
  });

  it('reads a compound of theirs cut where the policies cut it, when the cover left a kanji over at its end', () => {
    // 情報保護担当者 is 情報保護 and 担当者 (the cover first took 情報保護担当 and 者, a kanji that makes a compound they lack).
    const staff = plan('情報保護担当者');
    expect(read(staff)).toEqual(['情報保護:found[情報+保護]', '担当者:found[担当]']);
    expect(isSearchable(staff, lexicon)).toBe(true);
    // A kanji that ends no word of theirs still makes a compound they lack.
    expect(plan('組合員証').words.map((word) => word.kind)).toEqual(['missing']);
    expect(isSearchable(plan('配達日 個人情報'), lexicon)).toBe(false);
  });

  it('corrects a slip inside a compound longer than the lexicon files whole, where a block of the policies writes all of it', () => {
    for (const typed of ['人的安全管理装置', '人的安全菅理措置', '人的安全管理措値']) {
      const read = plan(typed);
      expect(read.words.map((word) => word.kind), typed).toContain('corrected');
      expect(read.words.map((word) => word.kind), typed).not.toContain('missing');
      expect(read.words.flatMap((word) => word.keys.map((key) => lexicon.keys[key])).sort(), typed).toEqual(['人的', '安全', '管理', '措置'].sort());
      expect(isSearchable(read, lexicon), typed).toBe(true);
    }
    // A kanji that makes no word of theirs, beside a word of theirs, is no slip of theirs.
    expect(plan('遺伝子情報').words.map((word) => word.kind)).toEqual(['missing']);
  });

  it('never corrects a katakana word of three characters, where one edit is another word', () => {
    // クレーム is one edit from クレカ once its long vowel is folded away.
    expect(plan('クレカ').words.map((word) => word.kind)).toEqual(['missing']);
    expect(plan('クッッキー').searchedAs).toBe('クッキー');
  });

  it('sets aside the words of an English question', () => {
    expect(plan('how to block the cookie').terms).toEqual(plan('block cookie').terms);
    expect(plan('the cookie').words.map((word) => word.kind)).toEqual(['found']);
  });

  it('searches words the policies write in one paragraph beside one word they lack, and not words written apart', () => {
    // 期間 and 保管 (保存) are in one paragraph; 窓口 is in another.
    const together = plan('期間の保存と温泉');
    expect(together.words.map((word) => word.kind)).toEqual(['found', 'related', 'missing']);
    expect(isSearchable(together, lexicon)).toBe(true);
    const apart = plan('窓口の保存と温泉');
    expect(apart.words.map((word) => word.kind)).toEqual(['found', 'related', 'missing']);
    expect(isSearchable(apart, lexicon)).toBe(false);
  });

  it('searches two words beside one the policies lack only where the policies write the two near each other', () => {
    // 提供 and 共同利用 are in neighbouring sentences; 窓口 and 廃棄 are far apart (職員募集 採用情報).
    const near = plan('提供 共同利用 温泉');
    expect(near.words.map((word) => word.kind)).toEqual(['found', 'found', 'missing']);
    expect(isSearchable(near, lexicon)).toBe(true);
    const far = plan('窓口 廃棄 温泉');
    expect(far.words.map((word) => word.kind)).toEqual(['found', 'found', 'missing']);
    expect(isSearchable(far, lexicon)).toBe(false);
    // With nothing lacking, words written apart are still searched.
    expect(isSearchable(plan('窓口 廃棄'), lexicon)).toBe(true);
  });

  it('reads a verb typed before a word of the query as saying which thing, not as asked of it', () => {
    // 忘れてないマイナンバー: which マイナンバー; 忘れてないのにマイナンバー asks something the policies do not word.
    const which = plan('忘れてないマイナンバー');
    expect(which.words).toMatchObject([{ typed: '忘れてない', kind: 'set-aside' }, { kind: 'found' }]);
    expect(which.words[0]!.predicate).toBeUndefined();
    expect(isSearchable(which, lexicon)).toBe(true);
    // A noun typed in kana after it, and the plain form, too; a polite ending is no such form.
    expect(plan('忘れてないくっきー').words[0]).toMatchObject({ typed: '忘れてない', kind: 'set-aside' });
    expect(plan('忘れてないくっきー').words[0]!.predicate).toBeUndefined();
    expect(plan('忘れるマイナンバー').words[0]!.predicate).toBeUndefined();
    expect(plan('忘れましたマイナンバー').words[0]).toMatchObject({ kind: 'set-aside', predicate: true });
    const asked = plan('忘れてないのにマイナンバー');
    expect(asked.words[0]).toMatchObject({ kind: 'set-aside', predicate: true });
    expect(isSearchable(asked, lexicon)).toBe(false);
    // Not asked for is no verb asked of the thing but the frame of the question: what came unasked.
    expect(read(plan('頼んでないのにマイナンバー'))).toEqual(['マイナンバー:found[マイ+ナンバー]']);
  });

  it('searches nothing for a query of particles only, or nothing at all', () => {
    expect(plan('について').terms).toEqual([]);
    expect(plan('　、。').terms).toEqual([]);
  });
});
