/**
 * Where a policy may send a reader: `https:` and `http:` addresses, `mailto:` and `tel:`,
 * and the site's own pages by their absolute path (`/policies/…/`, or `#` for a place on
 * the page). Anything else is refused before the Content-Security-Policy would have to
 * stop it: `javascript:`, `data:` and other schemes, protocol-relative `//host` (and `/\host`,
 * which browsers read the same), and relative paths, which would lead elsewhere from the
 * current address than from the dated one. Images may only come from the site itself.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

const BASE = 'https://site.invalid/policies/slug/2000-01-01/';
const LINK_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:']);

export type UnsafeReason = 'scheme' | 'relative' | 'image-origin' | 'text-mismatch' | 'space' | 'deceptive';

export interface UnsafeTarget {
  kind: 'link' | 'image';
  url: string;
  reason: UnsafeReason;
  /** For a mismatch: the address the link's text shows. */
  text?: string;
  /** Line in the body (1-based). */
  line: number | undefined;
}

/**
 * An address as a browser reads it: C0 controls and spaces gone from the ends, tabs and newlines
 * from inside. String.prototype.trim would also drop U+00A0, U+3000 and U+FEFF, which a browser
 * keeps; a loop, not a regular expression, so a long run of spaces costs its length only.
 */
function asBrowserReads(url: string): string {
  let start = 0;
  let end = url.length;
  while (start < end && url.charCodeAt(start) <= 0x20) start += 1;
  while (end > start && url.charCodeAt(end - 1) <= 0x20) end -= 1;
  return url.slice(start, end).replace(/[\t\n\r]/g, '');
}

/** Why a link or image address is refused, or undefined when a reader can safely go there. */
export function unsafeReason(kind: 'link' | 'image', url: string): UnsafeReason | undefined {
  let parsed: URL;
  try {
    // Parsed as a browser would, relative to a page of the site: control characters and spaces are stripped first.
    parsed = new URL(url, BASE);
  } catch {
    return 'scheme';
  }
  const own = parsed.origin === new URL(BASE).origin;
  const written = asBrowserReads(url);
  // A full-width or no-break space at an end turns an address into a path of this site.
  if (/^[\s\uFEFF]|[\s\uFEFF]$/u.test(written)) return 'space';
  // A backslash is read as / here but percent-encoded by the renderer, so the page would lead
  // elsewhere than what was checked; a name before @ (https://site@other/) hides the real host.
  if (written.includes('\\') || parsed.username !== '' || parsed.password !== '') return 'deceptive';
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(written);
  if (kind === 'image') return own && !hasScheme && written.startsWith('/') && !/^[/\\]{2}|^\/\\/.test(written) ? undefined : 'image-origin';
  // (https:host and https:/host are a path of this page's to a browser on an https page, and
  // elsewhere from an http one: an address of the web is written with its //.)
  if (hasScheme) return LINK_SCHEMES.has(parsed.protocol) && (!/^https?:/i.test(written) || /^https?:\/\//i.test(written)) ? undefined : 'scheme';
  // No scheme: only the site's own absolute paths and fragments.
  if (written.startsWith('#')) return undefined;
  if (!own || /^[/\\]{2}|^\/\\/.test(written)) return 'scheme';
  return written.startsWith('/') ? undefined : 'relative';
}

/** An address as a problem quotes it: a long one (a data: URL can be kilobytes) shortened. */
export const shownUrl = (url: string) => (url.length > 80 ? `${url.slice(0, 77)}…` : url);

/** Longer link text is a sentence, not an address (and the patterns below stay cheap). */
const ADDRESS_LENGTH = 200;
const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/u;
// A phone number starts as one is dialled (0…, +81…); 「2015-12-01」 or 「2015 12 01」 is a date.
const PHONE = /^(?:\+\d|\(?0)[\d\-\s()]{5,}$/;
// A scheme, www. or a known top-level domain marks an address; 「別紙.pdf」 or 「1.目的」 is not one.
const ADDRESS = /^(?:https?:\/\/|www\.)(?:[\p{L}\p{N}-]+\.)*[\p{L}\p{N}-]+\.?(?::\d+)?(?:[/?#]\S*)?$/iu;
const DOMAIN = /^(?:[a-z0-9-]+\.)+(?:coop|jp|com|net|org|info|biz|co|io)\.?(?:[/?#]\S*)?$/i;
const WRAPPERS = /^[\s(（「『【<［"'“]+|[\s)）」』】>］"'”]+$/gu;

/** Whether a path reads as another site's address written without https:// (「example.coop/privacy/」). */
export function looksLikeHost(url: string): boolean {
  return /^www\./i.test(url) || DOMAIN.test(url);
}

/** The address a link's text shows, when it shows one: as read (full-width folded, brackets and quotes gone). */
function shownAddress(text: string): { kind: 'mail' | 'phone' | 'web'; value: string } | undefined {
  if (text.length > ADDRESS_LENGTH) return undefined;
  const shown = text.normalize('NFKC').replace(WRAPPERS, '').replace(/^(?:mailto|tel):/i, '');
  if (EMAIL.test(shown) && !shown.includes('/')) return { kind: 'mail', value: shown.toLowerCase() };
  if (PHONE.test(shown) && /\d{2}/.test(shown)) return { kind: 'phone', value: shown.replace(/\D/g, '') };
  if (ADDRESS.test(shown) || DOMAIN.test(shown)) return { kind: 'web', value: shown };
  return undefined;
}

/**
 * Whether a link's text reads as an address (「https://example.coop/」, 「www.example.coop」,
 * 「example.coop」, 「info@example.coop」, 「03-0000-0000」) and the link leads elsewhere:
 * another host, another mailbox (or more of them), another number.
 */
export function misleadingText(text: string, url: string): boolean {
  const shown = shownAddress(text);
  if (!shown) return false;
  let target: URL;
  try {
    target = new URL(asBrowserReads(url), BASE);
  } catch {
    return false;
  }
  if (shown.kind === 'mail') {
    const more = ['to', 'cc', 'bcc'].some((field) => target.searchParams.has(field));
    return target.protocol !== 'mailto:' || more || decodeURIComponent(target.pathname).toLowerCase() !== shown.value;
  }
  if (shown.kind === 'phone') return target.protocol !== 'tel:' || decodeURIComponent(target.pathname).replace(/\D/g, '') !== shown.value;
  let host: string;
  try {
    host = new URL(/^https?:\/\//i.test(shown.value) ? shown.value : `https://${shown.value}`).hostname;
  } catch {
    return false;
  }
  return !['https:', 'http:'].includes(target.protocol) || target.hostname.replace(/\.$/, '') !== host.replace(/\.$/, '');
}

/** Every link, image and definition whose address a reader should not be sent to. */
export function unsafeTargets(tree: Root): UnsafeTarget[] {
  const found: UnsafeTarget[] = [];
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (definition) => {
    if (!definitions.has(definition.identifier)) definitions.set(definition.identifier, definition.url);
  });
  // A definition is judged as what uses it: an image's, or a link's (also when nothing uses it yet).
  const forImages = new Set<string>();
  const forLinks = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'imageReference') forImages.add(node.identifier);
    if (node.type === 'linkReference') forLinks.add(node.identifier);
  });
  visit(tree, (node) => {
    const line = node.position?.start.line;
    let kind: 'link' | 'image' | undefined;
    let url: string | undefined;
    if (node.type === 'link' || node.type === 'image') [kind, url] = [node.type, node.url];
    else if (node.type === 'imageReference') [kind, url] = ['image', definitions.get(node.identifier)];
    else if (node.type === 'definition' && (forLinks.has(node.identifier) || !forImages.has(node.identifier))) [kind, url] = ['link', node.url];
    if (!kind || url === undefined) return;
    const reason = unsafeReason(kind, url);
    if (reason) found.push({ kind, url, reason, line });
    else if (node.type === 'link' && misleadingText(toString(node), url)) found.push({ kind, url, reason: 'text-mismatch', text: toString(node).trim(), line });
  });
  // A reference link ([text][id], [text][], [text]) shows its text and leads to its definition's address.
  visit(tree, 'linkReference', (node) => {
    const url = definitions.get(node.identifier);
    if (url !== undefined && unsafeReason('link', url) === undefined && misleadingText(toString(node), url)) {
      found.push({ kind: 'link', url, reason: 'text-mismatch', text: toString(node).trim(), line: node.position?.start.line });
    }
  });
  return found;
}
