/**
 * Just enough HTML reading for link checks: the tags of a page (outside comments, scripts
 * and styles) with their attributes decoded, and the ids a #fragment can point at.
 */
import { decodeEntities } from './html.ts';

export interface Tag {
  name: string;
  attributes: Map<string, string>;
}

const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Every start tag, in document order. Script and style bodies and comments are skipped. */
export function tagsOf(html: string): Tag[] {
  const markup = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<(script|style)\b[^>]*>)[\s\S]*?<\/\2\s*>/gi, '$1');
  const tags: Tag[] = [];
  // Quote-aware, so a ">" inside an attribute value does not end the tag.
  for (const match of markup.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g)) {
    const attributes = new Map<string, string>();
    for (const attribute of (match[2] ?? '').matchAll(ATTRIBUTE)) {
      const name = attribute[1]!.toLowerCase();
      if (!attributes.has(name)) attributes.set(name, decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? ''));
    }
    tags.push({ name: match[1]!.toLowerCase(), attributes });
  }
  return tags;
}

export interface Reference {
  tag: string;
  attribute: string;
  url: string;
}

/** Every URL a page links to or loads: href, src, srcset, action, poster, data. */
export function referencesOf(html: string): Reference[] {
  const references: Reference[] = [];
  for (const tag of tagsOf(html)) {
    for (const [attribute, value] of tag.attributes) {
      if (['href', 'src', 'action', 'poster', 'data'].includes(attribute)) references.push({ tag: tag.name, attribute, url: value.trim() });
      if (attribute === 'srcset') {
        for (const candidate of value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) references.push({ tag: tag.name, attribute, url });
        }
      }
    }
  }
  return references;
}

/** Targets for #fragments: every id, and the legacy <a name>. */
export function idsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const tag of tagsOf(html)) {
    const id = tag.attributes.get('id');
    if (id) ids.add(id);
    const name = tag.name === 'a' ? tag.attributes.get('name') : undefined;
    if (name) ids.add(name);
  }
  return ids;
}
