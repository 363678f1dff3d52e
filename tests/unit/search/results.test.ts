import { beforeAll, describe, expect, it } from 'vitest';
import { decodeIndexWord, encodeForIndex } from '../../../src/lib/search/index-words.ts';
import type { SearchCorpus } from '../../../src/lib/search/lexicon.ts';
import { planQuery, type Lexicon } from '../../../src/lib/search/query.ts';
import { bestClause, resultView, withHighlight, type ClauseQuery, type PagefindResultData } from '../../../src/lib/search/results.ts';
import { testCorpus } from './corpus.ts';

let corpus: SearchCorpus;
let lexicon: Lexicon;
beforeAll(async () => ({ corpus, lexicon } = await testCorpus()));

interface Section { id?: string; heading?: string; body: string }

const termsOf = (query: string) => planQuery(lexicon, query).terms;
/** What the adapter ranks a query's results by, before it leaves out words every result holds. */
const clausesOf = (query: string): ClauseQuery => {
  const plan = planQuery(lexicon, query);
  return { terms: plan.terms, units: plan.units, phrases: plan.phrases };
};

/**
 * A result as Pagefind returns it for `query`: the page's blocks encoded as the index
 * build encodes them (a "." glued to each block's last word), and every word matched the
 * way Pagefind matches a key (the alias word is the key).
 */
function pagefindResult(url: string, title: string, sections: Section[], query: string, filters = { status: ['current'] }, meta: Record<string, string> = {}): PagefindResultData {
  const words: string[] = [];
  const weights: number[] = [];
  const anchors: PagefindResultData['anchors'] = [];
  const block = (text: string, weight: number) => {
    const encoded = encodeForIndex(text, corpus).split(' ');
    encoded[encoded.length - 1] += '.';
    for (const word of encoded) { words.push(word); weights.push(weight); }
  };
  block(title, 7);
  for (const section of sections) {
    if (section.id && section.heading) {
      anchors.push({ id: section.id, element: 'h2', location: words.length, text: encodeForIndex(section.heading, corpus), title: section.heading });
      block(section.heading, 6);
    }
    block(section.body, 1);
  }
  const terms = new Set(termsOf(query));
  const weighted_locations = words.flatMap((word, location) => {
    const decoded = decodeIndexWord(word);
    return decoded.kind === 'alias' && terms.has(decoded.form) ? [{ weight: weights[location]!, balanced_score: weights[location]! ** 2, location }] : [];
  });
  return { url, content: words.join(' '), meta: { title, ...meta }, filters, anchors, weighted_locations };
}

const websitePolicy = (query: string, url = '/policies/website-policy/', status = 'current', meta: Record<string, string> = {}) => pagefindResult(url, 'このウェブサイトでの個人情報保護について', [
  { body: '個人情報とは、氏名、電話番号、メールアドレス、住所等の情報を指します。' },
  { id: '4管理', heading: '4.利用者の個人情報について適切な管理を行ないます', body: 'ファイアウォール設置・コンピュータウイルス対策、その他合理的なセキュリティ対策を講じます。' },
  { id: '7cookie', heading: '7.クッキー(Cookie)の利用について', body: 'クッキーは、ウェブサーバーがアクセスを要求したコンピュータのウェブブラウザに送信する小規模の情報です。利用者は、クッキーの受け取りを拒否できます。' },
], query, { status: [status] }, meta);

const text = (pieces: { text: string }[]) => pieces.map((piece) => piece.text).join('');
const marks = (pieces: { text: string; marked: boolean }[]) => pieces.filter((piece) => piece.marked).map((piece) => piece.text);

describe('resultView', () => {
  it('lands on the clause that holds the query, with the heading as written and the excerpt in the policy\'s words', () => {
    const view = resultView(websitePolicy('クッキーを拒否したい'), clausesOf('クッキーを拒否したい'));
    expect(view.title).toBe('このウェブサイトでの個人情報保護について');
    expect(view.sections[0]).toMatchObject({ title: '7.クッキー(Cookie)の利用について', isPageTop: false });
    // The link marks the words as the page writes them.
    const url = new URL(view.sections[0]!.url, 'http://x');
    expect(url.hash).toBe('#7cookie');
    expect(url.searchParams.getAll('highlight')).toEqual(expect.arrayContaining(['クッキー', '拒否']));
    // The policy title links to the same clause, not to the top of the page.
    expect(view.url).toBe(view.sections[0]!.url);
    const excerpt = view.sections[0]!.excerpt;
    expect(text(excerpt)).toContain('クッキーは、ウェブサーバーがアクセスを要求した');
    expect(text(excerpt)).not.toContain('^');
    expect(marks(excerpt)).toEqual(['クッキー', 'クッキー', '拒否']);
  });

  it('marks part of a term of several words only beside the rest of it', () => {
    // ハッキング stands for 不正アクセス: the 不正 of 不正な立入り is not it.
    const page = pagefindResult('/policies/a/', 'A', [{ body: '不正な立入りを防ぎます。また、不正アクセスを防ぎます。' }], 'ハッキング');
    expect(marks(resultView(page, clausesOf('ハッキング')).sections[0]!.excerpt)).toEqual(['不正アクセス']);
  });

  it('marks the word as written when the query wrote it another way', () => {
    const view = resultView(websitePolicy('cookie'), clausesOf('cookie'));
    expect(marks(view.sections[0]!.excerpt)).toContain('クッキー');
  });

  it('ranks the section holding every term above one with more matches of a single term', () => {
    const view = resultView(websitePolicy('コンピュータ 対策'), clausesOf('コンピュータ 対策'));
    expect(view.sections.map((section) => section.title)[0]).toBe('4.利用者の個人情報について適切な管理を行ないます');
  });

  it('lands on the top of the page for a match before the first heading', () => {
    const intro = resultView(websitePolicy('電話番号'), clausesOf('電話番号'));
    expect(intro.sections[0]).toMatchObject({ isPageTop: true });
    expect(text(intro.sections[0]!.excerpt)).toContain('個人情報とは');
    expect(text(intro.sections[0]!.excerpt)).not.toContain('このウェブサイト');
  });

  it('says when a revision is a past one, and when not', () => {
    // The label is the page's own, in Pagefind's metadata (revision-page.ts).
    const past = resultView(websitePolicy('クッキー', '/policies/website-policy/2015-12-01/', 'past', { revision: '2015年12月1日の版（過去の版）' }), clausesOf('クッキー'));
    expect(past.pastRevision).toEqual({ label: '2015年12月1日の版（過去の版）' });
    expect(resultView(websitePolicy('クッキー'), clausesOf('クッキー')).pastRevision).toBeUndefined();
  });

  it('keeps excerpts short, with … where text was left out', () => {
    const long = pagefindResult('/policies/a/', 'A', [{ body: `${'前置きの文です。'.repeat(20)}ここにクッキーがあります。${'後ろの文です。'.repeat(20)}` }], 'クッキー');
    const excerpt = text(resultView(long, clausesOf('クッキー')).sections[0]!.excerpt);
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt).toContain('ここにクッキーがあります');
    expect(excerpt.length).toBeLessThan(130);
  });

  it('shows the text as written, with a space between Latin words only where the policy has one', () => {
    const view = resultView(pagefindResult('/policies/a/', 'A', [{ body: '暗号化技術であるSSL(secure sockets layer)による' }], '暗号'), clausesOf('暗号'));
    expect(text(view.sections[0]!.excerpt)).toBe('暗号化技術であるSSL(secure sockets layer)による');
  });
});

describe('bestClause', () => {
  it('counts the words the best single section holds', () => {
    expect(bestClause(websitePolicy('クッキー 拒否'), clausesOf('クッキー 拒否')).coverage).toBe(2);
    expect(bestClause(websitePolicy('クッキー 対策'), clausesOf('クッキー 対策')).coverage).toBe(1);
  });

  it('counts a word met in any one of its ways once', () => {
    // 断る is a related word of 拒否 (the synonym dictionary): the clause that writes 拒否 answers it.
    const clauses = clausesOf('クッキーを断る');
    expect(clauses.units).toHaveLength(2);
    expect(bestClause(pagefindResult('/policies/a/', 'A', [{ body: '利用者は、クッキーの受け取りを拒否できます。' }], 'クッキーを断る'), clauses).coverage).toBe(2);
  });
});

describe('ranking sections', () => {
  const page = (query: string) => pagefindResult('/policies/a/', 'A', [
    { id: 'apart', heading: '1.受付', body: '問い合わせは窓口で受けます。長い説明が続きます。さらに長い説明が続きます。その後で、必要な場合は連絡します。' },
    { id: 'together', heading: '2.受付', body: '窓口への問い合わせや連絡は、いつでも受けます。' },
  ], query);

  it('puts the section whose words are closer together first', () => {
    expect(resultView(page('問い合わせ 連絡'), clausesOf('問い合わせ 連絡')).sections[0]!.url).toContain('#together');
  });

  it('puts the section that writes the words as typed, side by side, first', () => {
    const typed = pagefindResult('/policies/a/', 'A', [
      { id: 'apart', heading: '1.窓口', body: '窓口では、個人情報の問い合わせを受けます。' },
      { id: 'phrase', heading: '2.問合せ', body: '問合せ窓口は、下記のとおりです。' },
    ], '問い合わせ窓口');
    const clauses = clausesOf('問い合わせ窓口');
    expect(clauses.phrases).toHaveLength(1);
    expect(resultView(typed, clauses).sections[0]!.url).toContain('#phrase');
  });
});

describe('withHighlight', () => {
  it('adds the words before the fragment', () => {
    expect(withHighlight('/policies/a/#h', ['x', 'y'])).toBe('/policies/a/?highlight=x&highlight=y#h');
    expect(withHighlight('/policies/a/', [])).toBe('/policies/a/');
  });
});
