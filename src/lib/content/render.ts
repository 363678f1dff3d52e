/**
 * A revision's body as HTML, rendered from the tree the rules and the diff already read
 * (never parsed again). Headings carry their anchors (anchors.ts); links to other sites
 * carry rel="noopener noreferrer", so no Referer leaves the portal, and open in the same
 * tab (an unannounced new window disorients screen-reader and phone readers); footnotes,
 * if a text has any, are labelled in Japanese. Headings wrap only between phrases: a <wbr>
 * between each (src/lib/text), which adds no text. A body's # heading is an h2, under the title.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { phrases } from '../text/index.ts';

const EXTERNAL = /^https?:\/\//i;
const HEADING = /^h[1-6]$/;

/** The text of a heading with a <wbr> between its phrases. */
function phrased(children: ElementContent[]): ElementContent[] {
  return children.flatMap((child): ElementContent[] => {
    if (child.type !== 'text') return [child];
    return phrases(child.value).flatMap((part, i): ElementContent[] => [
      ...(i > 0 ? [{ type: 'element', tagName: 'wbr', properties: {}, children: [] } satisfies Element] : []),
      { type: 'text', value: part },
    ]);
  });
}

export function renderBody(tree: Root): string {
  const hast = toHast(tree, {
    footnoteLabel: '注',
    footnoteLabelProperties: { className: ['footnotes-label'] },
    footnoteBackLabel: (index) => `本文の注${index + 1}に戻る`,
  }) as HastRoot;
  visit(hast, 'element', (element: Element) => {
    const href = element.properties['href'];
    if (element.tagName === 'a' && typeof href === 'string' && EXTERNAL.test(href)) element.properties['rel'] = ['noopener', 'noreferrer'];
    // The page's title is its one h1; the redline shows a body's # as h2 too (src/lib/diff).
    if (element.tagName === 'h1') element.tagName = 'h2';
    if (HEADING.test(element.tagName)) element.children = phrased(element.children);
  });
  return toHtml(hast);
}
