/**
 * The fixture site (tests/fixtures/sites/basic), built once as of 2025-06-01 by the
 * global setup, read through an HTML parser the way Astro's own tests read theirs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { builtSites } from '../support/paths.ts';
import { flat, loadPage, one, readPage, textOf } from '../support/html.ts';

const site = builtSites.basic;
const load = (urlPath: string) => loadPage(site, urlPath);
const bodyOf = (document: Document) => one(document, '.policy-body');
/** The rows of a page's details list, as label → text. */
const details = (document: Document) => new Map([...document.querySelectorAll('.policy-meta dt')].map((dt) => [textOf(dt), textOf(dt.nextElementSibling)]));
const notices = (document: Document) => [...document.querySelectorAll('.notice')];

describe('routes', () => {
  it.each([
    '/', '/policies/alpha/', '/policies/alpha/2020-04-01/', '/policies/alpha/2024-10-01/', '/policies/alpha/history/',
    '/policies/beta/', '/policies/beta/2025-01-15/', '/policies/gamma/2027-01-01/', '/search/',
  ])('%s exists, in Japanese, with a canonical URL', async (urlPath) => {
    const document = await load(urlPath);
    expect(document.documentElement.getAttribute('lang')).toBe('ja');
    expect(one(document, 'link[rel="canonical"]').getAttribute('href')).toBe(`https://privacy.kitatokyo.seikatsuclub.coop${urlPath}`);
  });

  it('has a 404 page and a sitemap listing every revision', async () => {
    expect(existsSync(path.join(site, '404.html'))).toBe(true);
    const sitemap = await readPage(site, '/sitemap-0.xml');
    expect(sitemap).toContain('/policies/alpha/2020-04-01/</loc>');
    expect(sitemap).toContain('/policies/gamma/2027-01-01/</loc>');
  });
});

describe('the portal', () => {
  let cards: Element[];
  beforeAll(async () => (cards = [...(await load('/')).querySelectorAll('.card-list > li')]));
  const card = (slug: string) => cards.find((li) => li.querySelector(`h2 a[href="/policies/${slug}/"]`))!;

  it('lists the policies in registry order with issuer, current date and latest summary', () => {
    expect(cards.map((li) => one(li, 'h2 a').getAttribute('href'))).toEqual(['/policies/alpha/', '/policies/beta/', '/policies/gamma/']);
    expect(textOf(card('alpha'))).toContain('改定日: 2024年10月1日');
    expect(textOf(card('alpha'))).toContain('1.目的の誤字「法例」を「法令」に訂正しました。');
    expect(textOf(card('gamma'))).toContain('テスト連合会');
  });

  it('shows the current revision, and announces the scheduled one with a link to what will change', () => {
    const gamma = card('gamma');
    expect(textOf(gamma)).toContain('改定日: 2025年1月1日');
    expect(textOf(gamma)).not.toContain('第2項を加えます。');
    expect(textOf(gamma)).toContain('2027年1月1日から新しい版が適用されます。');
    expect(gamma.querySelector('a[href="/policies/gamma/changes/2027-01-01/"]')).not.toBeNull();
    expect(textOf(card('alpha'))).not.toContain('新しい版が適用されます');
  });
});

describe('a current policy page', () => {
  let document: Document;
  beforeAll(async () => (document = await load('/policies/alpha/')));

  it('shows the title, issuer and date in Japanese with a machine-readable date', () => {
    expect(textOf(one(document, 'h1'))).toBe('アルファ方針');
    expect(details(document).get('発行')).toBe('テスト生活協同組合');
    const revised = [...document.querySelectorAll('.policy-meta time')].find((time) => time.getAttribute('datetime') === '2024-10-01');
    expect(textOf(revised)).toBe('2024年10月1日');
  });

  it('has no notice and links to its permanent address and history', () => {
    expect(notices(document)).toEqual([]);
    const links = [...document.querySelectorAll('.policy-links a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['/policies/alpha/2024-10-01/', '/policies/alpha/history/']));
  });

  it('has a table of contents whose links reach its heading anchors', () => {
    const ids = [...bodyOf(document).querySelectorAll('h2[id], h3[id]')].map((heading) => heading.id);
    expect(ids).toEqual(['1目的', '2範囲', '1対象']);
    const toc = [...one(document, 'nav.toc').querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(toc).toEqual(ids.map((id) => `#${id}`));
  });

  it('needs no JavaScript to be read: the text is in the HTML, and scripts are only external enhancements', () => {
    expect(textOf(bodyOf(document))).toContain('関係する法令を守ります。');
    const scripts = [...document.querySelectorAll('script')];
    expect(scripts.every((script) => script.getAttribute('type') === 'module' && script.getAttribute('src')?.startsWith('/_astro/'))).toBe(true);
  });
});

describe('a past revision', () => {
  let document: Document;
  beforeAll(async () => (document = await load('/policies/alpha/2020-04-01/')));

  it('says so above its title, with its period of validity and a link to the current one', () => {
    const [notice] = notices(document);
    expect(textOf(notice)).toContain('これは過去の版です。');
    expect(textOf(notice)).toContain('適用期間: 2020年4月1日から2024年9月30日まで');
    expect(notice!.compareDocumentPosition(one(document, 'h1')) & 4).toBeTruthy();
    expect(textOf(one(notice!, 'a[href="/policies/alpha/"]'))).toBe('現在の版（2024年10月1日）を読む');
  });

  it('keeps its own text and the source wording of its date', () => {
    expect(textOf(bodyOf(document))).toContain('関係する法例を守ります。');
    expect(details(document).get('原文の日付表記')).toBe('2020年4月1日制定');
  });
});

describe('a scheduled revision', () => {
  let document: Document;
  beforeAll(async () => (document = await load('/policies/gamma/2027-01-01/')));

  it('is published at its address, says when it takes effect and is never called in force', () => {
    expect(textOf(notices(document)[0])).toContain('この版は2027年1月1日から適用される予定です。');
    expect(details(document).get('適用期間')).toBe('2027年1月1日から適用予定');
    expect(details(document).get('適用予定日')).toBe('2027年1月1日');
    expect(details(document).has('最終改定')).toBe(false);
    expect(textOf(one(document, '.policy-meta'))).not.toContain('適用中');
  });

  it('is not shown at the policy’s own address before its date', async () => {
    expect(textOf(bodyOf(await load('/policies/gamma/')))).not.toContain('第2項');
  });

  it('has a changes page worded for a change still to come', async () => {
    const changes = await load('/policies/gamma/changes/2027-01-01/');
    expect(textOf(one(changes, 'h1'))).toBe('2027年1月1日の改定で変わるところ');
  });

  it('is announced on the current page, whose period now has its end', async () => {
    const current = await load('/policies/gamma/');
    const [notice] = notices(current);
    expect(textOf(notice)).toContain('2027年1月1日から新しい版が適用されます');
    expect(notice!.querySelector('a[href="/policies/gamma/changes/2027-01-01/"]')).not.toBeNull();
    expect(details(current).get('適用期間')).toBe('2025年1月1日から2026年12月31日まで（現在適用中）');
  });
});

describe('a revision whose source gives no date', () => {
  it('is labelled 収録日 with the reason, never 改定日', async () => {
    const document = await load('/policies/beta/');
    expect(details(document).get('収録日')).toBe('2025年1月15日（原文に日付の記載がないため、このポータルに収録した日を示しています。）');
    expect(textOf(document.body)).not.toContain('改定日');
  });
});

describe('what renders from the Markdown', () => {
  let body: Element;
  beforeAll(async () => (body = bodyOf(await load('/policies/beta/'))));

  it('keeps single tildes as text, not strikethrough', () => {
    expect(textOf(body)).toContain('注)上記1~7の利用目的に従って、共同利用します。なお、上記1~7の範囲とします。');
    expect(body.querySelector('del, s')).toBeNull();
  });

  it('keeps clause numbers as text', () => {
    expect([...body.querySelectorAll('p')].map(textOf)).toContain('1. 定款に定められた事業の利用。');
    // The only list with numbers is the footnotes' (注1, 注2, …), which the renderer makes.
    expect([...body.querySelectorAll('ol')].filter((ol) => !ol.closest('.footnotes'))).toEqual([]);
    expect([...body.querySelectorAll('li')].map(textOf)).toContain('a) 組合員の生活に必要な物資');
  });
});

describe('history', () => {
  let document: Document;
  beforeAll(async () => (document = await load('/policies/alpha/history/')));
  const items = () => [...document.querySelectorAll('.history > li')];

  it('lists every revision newest first, then the dated entry without text', () => {
    expect(items().map((li) => one(li, 'time').getAttribute('datetime'))).toEqual(['2024-10-01', '2020-04-01', '2019-01']);
    expect(flat(textOf(items()[2]))).toContain('2019年1月掲載本文なし');
    expect(items()[2]!.querySelector('a')).toBeNull();
  });

  it('gives each revision its summary, state, period and link', () => {
    const [current, past] = items();
    expect(textOf(one(current!, '.badge'))).toBe('現在の版');
    expect(textOf(past)).toContain('適用期間: 2020年4月1日から2024年9月30日まで');
    expect(textOf(past)).toContain('最初の版を収録しました。');
    expect(one(past!, 'h2 a').getAttribute('href')).toBe('/policies/alpha/2020-04-01/');
  });

  it('marks scheduled revisions with the same name as everywhere else', async () => {
    const gamma = await load('/policies/gamma/history/');
    const scheduled = one(gamma, '#rev-2027-01-01');
    expect(textOf(one(scheduled, '.badge'))).toBe('適用予定');
    expect(textOf(scheduled)).toContain('適用期間: 2027年1月1日から適用予定');
    const changeLog = [...(await load('/changes/')).querySelectorAll('.change-log > li[data-state="scheduled"]')];
    expect(changeLog.map((li) => textOf(one(li, '.badge')))).toEqual(['適用予定']);
  });
});

describe('dates Japanese readers expect, and provenance', () => {
  it('shows 制定 and 最終改定 where the source states them', async () => {
    const rows = details(await load('/policies/alpha/'));
    expect(rows.get('制定')).toBe('2019年1月');
    expect(rows.get('最終改定')).toBe('2024年10月1日');
  });

  it('says 原文に記載がありません rather than inventing them', async () => {
    const rows = details(await load('/policies/beta/'));
    expect(rows.get('制定')).toBe('原文に記載がありません');
    expect(rows.get('最終改定')).toBe('原文に記載がありません');
  });

  it('names the source file, and links nowhere when no repository is configured', async () => {
    const document = await load('/policies/alpha/2020-04-01/');
    const source = one(document, '.policy-meta code');
    expect(textOf(source)).toBe('tests/fixtures/sites/basic/content/policies/alpha/2020-04-01.mdx');
    expect(source.closest('a')).toBeNull();
    expect([...document.querySelectorAll('a')].filter((a) => a.getAttribute('href')?.includes('github.com'))).toEqual([]);
  });

  it('links the source file and its history where a repository is configured', async () => {
    const document = await loadPage(builtSites.real, '/policies/website-policy/2015-12-01/');
    const links = [...document.querySelectorAll('.policy-meta a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('https://github.com/kitatokyo-seikatsuclub/privacy-policy-portal/blob/main/content/policies/website-policy/2015-12-01.mdx');
    expect(links).toContain('https://github.com/kitatokyo-seikatsuclub/privacy-policy-portal/commits/main/content/policies/website-policy/2015-12-01.mdx');
  });
});

describe('drafts', () => {
  it('are absent from a production build', async () => {
    expect(existsSync(path.join(site, 'policies/beta/2025-03-01'))).toBe(false);
    expect(flat(textOf((await load('/policies/beta/history/')).body))).not.toContain('2025年3月1日');
    expect(await readPage(site, '/sitemap-0.xml')).not.toContain('2025-03-01');
  });
});
