/** Wraps the searched words in <mark> inside the policy's title and body (DOM nodes only, no innerHTML). */
import { highlightRanges } from '../lib/search/index.ts';

const SCOPES = '.policy > header h1, .policy-body';

function textNodes(root: Element): Text[] {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

export function markSearchWords(document: Document, words: readonly string[]): number {
  let marked = 0;
  for (const scope of document.querySelectorAll(SCOPES)) {
    for (const node of textNodes(scope)) {
      // Right to left, so that earlier offsets stay valid while the node is split.
      for (const range of highlightRanges(node.data, words).reverse()) {
        const hit = node.splitText(range.start);
        hit.splitText(range.end - range.start);
        const mark = document.createElement('mark');
        mark.className = 'search-hit';
        hit.replaceWith(mark);
        mark.append(hit);
        marked += 1;
      }
    }
  }
  // Without a #section to land on, bring the first match into view.
  if (marked > 0 && location.hash === '') document.querySelector('mark.search-hit')?.scrollIntoView({ block: 'center' });
  return marked;
}
