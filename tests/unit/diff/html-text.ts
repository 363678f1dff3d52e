/**
 * Reads rendered diff HTML the way the inline contract talks about it: the text content of
 * an element, optionally without the <del> or <ins> elements (and what they contain).
 * The renderers escape all text, so every `<` in their output starts a tag.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#') && name !== '#39') return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

/** Text content of the HTML, skipping every element named `without` together with its content. */
export function textContent(html: string, without?: 'ins' | 'del'): string {
  let out = '';
  let skipping = 0;
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>/g;
  let last = 0;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    if (skipping === 0) out += html.slice(last, match.index);
    last = tag.lastIndex;
    if (match[2]!.toLowerCase() !== without) continue;
    skipping += match[1] === '/' ? -1 : 1;
  }
  if (skipping === 0) out += html.slice(last);
  return decode(out);
}

/** Removes all whitespace: the contract compares texts with whitespace aside. */
export function squash(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** Opening tags of elements, e.g. all `<ins …>` tags. */
export function openingTags(html: string, name: string): string[] {
  return html.match(new RegExp(`<${name}(?:\\s[^>]*)?>`, 'g')) ?? [];
}
