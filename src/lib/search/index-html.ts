/**
 * The copy of a built page that Pagefind indexes (the page on disk is never changed):
 * every text node of the body rewritten by encodeForIndex(), and every heading with an id
 * given its original text as data-pagefind-title, so that sub-results are titled with the
 * heading as written rather than with the index words.
 *
 * Astro writes well-formed HTML, so a tag-level scan is enough: tags are copied as they
 * are, text between them is decoded, rewritten and escaped again, and the bodies of
 * script, style, template and textarea elements are left alone.
 */

const TAG = /<!--[\s\S]*?-->|<!doctype[^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gi;
const RAW_TEXT = new Set(['script', 'style', 'template', 'textarea']);
const HEADING = /^h[1-6]$/;
const WBR = /<wbr\s*\/?>/gi;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

export function decodeHtmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED[name.toLowerCase()] ?? entity;
  });
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

interface OpenHeading {
  name: string;
  /** Index of its start tag in the output. */
  at: number;
  text: string;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/**
 * `encode` is encodeForIndex with the corpus, or a memo of it when many pages repeat the
 * same text; it is told the level of the heading the text is in (1 for the page's title, 0
 * for none). Only the text Pagefind indexes (inside elements with data-pagefind-body) is
 * encoded; the rest of the page is copied as it is. A <wbr> (headings wrap between phrases)
 * is dropped first, so that a heading is one run of text.
 */
export function htmlForIndex(page: string, encode: (text: string, where: { heading: number }) => string): string {
  const html = page.replace(WBR, '');
  const bodyAt = html.search(/<body[\s>]/i);
  if (bodyAt === -1) return html;
  const out: string[] = [html.slice(0, bodyAt)];
  const heading: { open?: OpenHeading | undefined } = {};
  let last = bodyAt;
  // Open elements, and how many of them carry data-pagefind-body.
  const open: { name: string; body: boolean }[] = [];
  let inBody = 0;

  const text = (raw: string) => {
    if (raw === '') return;
    const decoded = decodeHtmlText(raw);
    if (heading.open) heading.open.text += decoded;
    const level = Number(open.findLast((element) => HEADING.test(element.name))?.name.slice(1) ?? 0);
    out.push(inBody > 0 && /\S/u.test(decoded) ? escapeText(encode(decoded, { heading: level })) : raw);
  };

  TAG.lastIndex = bodyAt;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    text(html.slice(last, match.index));
    const [whole, closing, rawName = '', attributes = ''] = match;
    const name = rawName.toLowerCase();
    out.push(whole);
    last = match.index + whole.length;
    if (name !== '' && !VOID.has(name) && !whole.endsWith('/>')) {
      if (!closing) {
        const body = /\sdata-pagefind-body(?=[\s=>/])/i.test(attributes + '>');
        open.push({ name, body });
        if (body) inBody += 1;
      } else {
        const at = open.map((element) => element.name).lastIndexOf(name);
        if (at !== -1) for (const element of open.splice(at)) if (element.body) inBody -= 1;
      }
    }

    if (!closing && RAW_TEXT.has(name)) {
      // Copy the element's body verbatim up to its end tag.
      const end = html.slice(last).search(new RegExp(`</${name}\\s*>`, 'i'));
      const bodyEnd = end === -1 ? html.length : last + end;
      out.push(html.slice(last, bodyEnd));
      last = bodyEnd;
      TAG.lastIndex = bodyEnd;
      continue;
    }
    if (HEADING.test(name)) {
      if (!closing && /\sid\s*=/i.test(attributes) && !/\sdata-pagefind-title\s*=/i.test(attributes)) {
        heading.open = { name, at: out.length - 1, text: '' };
      } else if (closing && heading.open?.name === name) {
        const { at, text: title } = heading.open;
        const start = out[at]!;
        const titled = title.replace(/\s+/gu, ' ').trim();
        out[at] = start.replace(/\s*\/?>$/, (end) => ` data-pagefind-title="${escapeAttribute(titled)}"${end}`);
        heading.open = undefined;
      }
    }
  }
  text(html.slice(last));
  return out.join('');
}
