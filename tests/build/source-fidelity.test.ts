/**
 * The real site carries the source over verbatim: every sentence of each document is on
 * its page, and every block of the page's text is in the source (nothing invented).
 */
import { describe, expect, it } from 'vitest';
import { builtSites } from '../support/paths.ts';
import { flat, loadPage, one, textOf } from '../support/html.ts';
import { readSourceDocuments, sentencesOf } from '../support/source-documents.ts';

/** The revision whose text is the source's (the website policy's correction came later). */
const SOURCE_REVISIONS = {
  'basic-policy': '2026-11-25', 'usage-purposes': '2026-11-25', 'website-policy': '2015-12-01',
  'my-number': '2015-12-01', 'federation-notice': '2013-08-20',
} as const;

const documents = readSourceDocuments();

describe.each(Object.entries(SOURCE_REVISIONS))('%s', (slug, date) => {
  const source = documents[slug as keyof typeof documents];

  it('shows every sentence of the source', async () => {
    const page = flat(textOf(one(await loadPage(builtSites.real, `/policies/${slug}/${date}/`), 'main')));
    const sentences = sentencesOf(source);
    expect(sentences.length).toBeGreaterThan(1);
    expect(sentences.filter((sentence) => !page.includes(flat(sentence)))).toEqual([]);
  });

  it('invents nothing: each block of the body is source text', async () => {
    const body = one(await loadPage(builtSites.real, `/policies/${slug}/${date}/`), '.policy-body');
    const blocks = [...body.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, td, th')].map((element) => flat(textOf(element)));
    const haystack = flat(source.join(''));
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks.filter((block) => block !== '' && !haystack.includes(block))).toEqual([]);
  });

  it('keeps single tildes as text and numbers as text', async () => {
    const body = one(await loadPage(builtSites.real, `/policies/${slug}/${date}/`), '.policy-body');
    expect(body.querySelector('del, s, ol')).toBeNull();
  });
});
