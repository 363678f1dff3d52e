/**
 * Built pages read through an HTML parser (linkedom), as a browser would build them, so
 * assertions name elements and their text, never patterns over markup.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseHTML } from 'linkedom';

/** The HTML of a built page by its URL path (`/policies/a/` → `policies/a/index.html`). */
export async function readPage(siteDir: string, urlPath: string): Promise<string> {
  const relative = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return readFile(path.join(siteDir, relative), 'utf8');
}

export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A built page as a document. */
export async function loadPage(siteDir: string, urlPath: string): Promise<Document> {
  return parseDocument(await readPage(siteDir, urlPath));
}

/** An HTML fragment as an element (a <div> holding it). */
export function parseFragment(html: string): Element {
  const document = parseDocument(`<!doctype html><html><body><div id="fragment-root">${html}</div></body></html>`);
  return document.getElementById('fragment-root')!;
}

/** Visible text of a node, whitespace folded; script and style bodies left out. */
export function textOf(node: Node | null | undefined): string {
  if (!node) return '';
  const copy = node.cloneNode(true) as Element;
  if ('querySelectorAll' in copy) for (const hidden of copy.querySelectorAll('script, style, template')) hidden.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Text with every white space removed, for comparing Japanese text across markup boundaries. */
export function flat(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The element matching a selector, or a failure naming it (so a test says what it missed). */
export function one(root: ParentNode, selector: string): Element {
  const found = root.querySelector(selector);
  if (!found) throw new Error(`no element matches ${selector}`);
  return found;
}
