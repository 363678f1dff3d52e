/**
 * What a member reads around the policy text, on the built sites: phrase-wrapped headings,
 * the plain provenance line with its technical record folded away, the print line, the
 * visible feed links, footnotes in Japanese, the guide, and every script inside <body>.
 */
import { describe, expect, it } from 'vitest';
import { builtSites } from '../support/paths.ts';
import { builtPages } from '../support/site-files.ts';
import { loadPage, one, textOf } from '../support/html.ts';

const basic = (urlPath: string) => loadPage(builtSites.basic, urlPath);

/** The runs of text between an element's <wbr> children: where it may wrap. */
function phrasesOf(element: Element): string[] {
  const parts = [''];
  for (const node of element.childNodes) {
    if (node.nodeName.toLowerCase() === 'wbr') parts.push('');
    else parts[parts.length - 1] += node.textContent ?? '';
  }
  return parts;
}
const real = (urlPath: string) => loadPage(builtSites.real, urlPath);

describe('headings and short labels', () => {
  it('wrap between phrases: a <wbr> between each, never inside a word', async () => {
    const document = await real('/policies/website-policy/');
    const heading = [...one(document, '.policy-body').querySelectorAll('h2')].find((h2) => textOf(h2) === '8.関係法令及びその他の規範の遵守について')!;
    expect(phrasesOf(heading)).toEqual(['8.関係法令及び', 'その他の', '規範の', '遵守について']);
    expect(one(document, 'h1').querySelectorAll('wbr').length).toBeGreaterThan(0);
  });

  it('keep each date whole in a revision’s details', async () => {
    const document = await real('/policies/website-policy/2015-12-01/');
    const period = [...document.querySelectorAll('.policy-meta dt')].find((dt) => textOf(dt) === '適用期間')!.nextElementSibling!;
    expect(phrasesOf(period)).toEqual(['2015年12月1日から', '2026年11月24日まで']);
  });
});

describe('provenance', () => {
  it('is a plain line for members, the file and commit one step away in a <details> that does not print', async () => {
    const document = await real('/policies/website-policy/');
    const meta = one(document, '.policy-meta');
    expect(textOf(one(meta, '.provenance-line'))).toContain('原文のとおりに収録');
    const record = one(meta, 'details.provenance');
    expect(record.hasAttribute('open')).toBe(false);
    expect(record.classList.contains('no-print')).toBe(true);
    expect(textOf(one(record, 'summary'))).toBe('原本ファイルと登録の記録');
    // Nothing technical outside it: no file name, no commit hash.
    const outside = meta.cloneNode(true) as Element;
    outside.querySelector('details')!.remove();
    expect(textOf(outside)).not.toMatch(/\.mdx|[0-9a-f]{10}/);
    expect(textOf(record)).toContain('content/policies/website-policy/2026-11-25.mdx');
    expect(textOf(record)).toContain('文書そのものの日付ではありません');
  });
});

describe('printing', () => {
  it('a revision page carries its permanent URL and its revision, on paper only, with room for the print date', async () => {
    const document = await real('/policies/website-policy/');
    const line = one(document, '.print-only');
    expect(textOf(line)).toContain('https://privacy.kitatokyo.seikatsuclub.coop/policies/website-policy/2026-11-25/');
    expect(textOf(line)).toContain('2026年11月25日の版（現在の版）');
    expect(line.querySelector('#print-stamp')).not.toBeNull();
  });
});

describe('subscribing', () => {
  it.each(['/policies/alpha/', '/policies/alpha/2020-04-01/', '/policies/alpha/history/'])('%s shows a link to the policy’s feed', async (urlPath) => {
    const link = one(one(await basic(urlPath), 'main'), 'a.feed-link');
    expect(link.getAttribute('href')).toBe('/policies/alpha/feed.xml');
    expect(textOf(link)).toContain('RSS');
  });
});

describe('footnotes', () => {
  it('read in Japanese: 注 for the heading and the back links, no English', async () => {
    const body = one(await basic('/policies/beta/'), '.policy-body');
    const notes = one(body, 'section.footnotes');
    expect(textOf(one(notes, 'h2'))).toBe('注');
    expect(one(notes, '[data-footnote-backref]').getAttribute('aria-label')).toBe('本文の注1に戻る');
    expect(textOf(one(notes, 'li'))).toContain('連合会の定款に定めるとおりです。');
    expect(one(body, 'sup a[data-footnote-ref]').getAttribute('href')).toBe(`#${one(notes, 'li').id}`);
    expect(textOf(body)).not.toMatch(/Footnotes|Back to/);
  });
});

describe('the guide 「このサイトの使い方」', () => {
  it('is linked from the portal and from every page’s footer', async () => {
    expect(one(await real('/'), 'main a[href="/guide/"]')).toBeTruthy();
    for (const urlPath of ['/', '/policies/website-policy/', '/search/']) {
      expect(one(await real(urlPath), 'footer a[href="/guide/"]')).toBeTruthy();
    }
  });

  it('is written in MDX with the site’s own examples: a labelled redline and a 新旧対照表 row', async () => {
    const guide = await real('/guide/');
    expect(textOf(one(guide, 'h1'))).toBe('このサイトの使い方');
    const redline = one(guide, 'figure.example .diff-sample');
    expect([textOf(one(redline, 'del')), textOf(one(redline, 'ins'))]).toEqual(['法例', '法令']);
    expect(textOf(one(guide, '.sample-key'))).toContain('削除された文字');
    expect([...one(guide, 'table.shinkyu').querySelectorAll('th')].map(textOf)).toEqual(['改正後', '改正前']);
    // An example is no diff of any document.
    expect(guide.querySelector('[data-diff]')).toBeNull();
    for (const topic of ['版とは', '適用期間', '新旧対照表', '2つの版を比べる', '検索する', 'RSS', '印刷する']) {
      expect([...guide.querySelectorAll('h2')].map(textOf).join('／'), topic).toContain(topic);
    }
  });
});

describe('scripts', () => {
  it.each(Object.entries(builtSites))('%s: every page ends at </html>, with its scripts inside <body>', async (_name, dir) => {
    const outside: string[] = [];
    for (const page of await builtPages(dir)) {
      if (!page.html.trimEnd().endsWith('</html>')) outside.push(page.urlPath);
    }
    expect(outside).toEqual([]);
  });
});
