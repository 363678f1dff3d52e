import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** The HTML of a built page by its URL path (`/policies/a/` → `policies/a/index.html`). */
export async function readPage(siteDir: string, urlPath: string): Promise<string> {
  const relative = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return readFile(path.join(siteDir, relative), 'utf8');
}

/** Visible text of an HTML fragment: tags removed, entities decoded, whitespace folded. */
export function textOf(html: string): string {
  return decodeEntities(html.replace(/<(script|style)[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

export function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** The inner HTML of the first element matching a simple `<tag ... attr="value"` opener, balanced by tag name. */
export function elementHtml(html: string, opener: RegExp): string | undefined {
  const match = opener.exec(html);
  if (!match) return undefined;
  const tag = /^<([a-z0-9]+)/i.exec(match[0])![1]!;
  const pattern = new RegExp(`<${tag}\\b|</${tag}>`, 'gi');
  pattern.lastIndex = match.index + match[0].length;
  let depth = 1;
  for (let found = pattern.exec(html); found; found = pattern.exec(html)) {
    depth += found[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return html.slice(match.index, found.index + found[0].length);
  }
  return undefined;
}

/** Text with every white space removed, for comparing Japanese text across markup boundaries. */
export function flat(text: string): string {
  return text.replace(/\s+/g, '');
}
