/**
 * Reads rendered diff HTML the way the inline contract talks about it, through the HTML
 * parser: the text of an element, optionally without the <del> or <ins> elements (and
 * what they contain). Target annotations ([data-diff-target]) are never document text.
 */
import { parseFragment } from '../../support/html.ts';

/** Text content of the HTML, without target annotations and without every element named `without`. */
export function textContent(html: string, without?: 'ins' | 'del'): string {
  const root = parseFragment(html);
  for (const element of root.querySelectorAll(without ? `[data-diff-target], ${without}` : '[data-diff-target]')) element.remove();
  return root.textContent ?? '';
}

/** Removes all whitespace: the contract compares texts with whitespace aside. */
export function squash(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** Opening tags of elements, e.g. all `<ins …>` elements, as their attributes. */
export function openingTags(html: string, name: string): Element[] {
  return [...parseFragment(html).querySelectorAll(name)];
}
