/**
 * What link checks need of a page: every URL it links to or loads, and the ids a
 * #fragment can point at, read through the HTML parser.
 */
import { parseDocument } from './html.ts';

export interface Reference {
  tag: string;
  attribute: string;
  url: string;
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'data'];

/** Every URL a page links to or loads: href, src, srcset, action, poster, data. */
export function referencesOf(html: string): Reference[] {
  const references: Reference[] = [];
  for (const element of parseDocument(html).querySelectorAll('*')) {
    const tag = element.localName;
    for (const attribute of URL_ATTRIBUTES) {
      const value = element.getAttribute(attribute);
      if (value !== null) references.push({ tag, attribute, url: value.trim() });
    }
    for (const candidate of element.getAttribute('srcset')?.split(',') ?? []) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) references.push({ tag, attribute: 'srcset', url });
    }
  }
  return references;
}

/** Targets for #fragments: every id, and the legacy <a name>. */
export function idsOf(html: string): Set<string> {
  const document = parseDocument(html);
  const ids = new Set<string>();
  for (const element of document.querySelectorAll('[id]')) ids.add(element.id);
  for (const anchor of document.querySelectorAll('a[name]')) ids.add(anchor.getAttribute('name')!);
  return ids;
}
