/**
 * The Content-Security-Policy of every page. The published site allows nothing inline and
 * nothing from another origin ('wasm-unsafe-eval' and data: images are for Pagefind's
 * search); public/_headers sends the same (tests/build/security.test.ts holds them equal).
 * The preview (`astro dev`) also needs what its dev server injects: inline styles (each
 * stylesheet arrives as a <style> element) and its reload connection; nothing else changes,
 * so the preview is styled like the site without loosening the site.
 */
const directives = (styleSrc: string, connectSrc: string) =>
  `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src ${styleSrc}; img-src 'self' data:; font-src 'self'; connect-src ${connectSrc}; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'`;

export const CONTENT_SECURITY_POLICY = directives("'self'", "'self'");

export const PREVIEW_CONTENT_SECURITY_POLICY = directives("'self' 'unsafe-inline'", "'self' ws://127.0.0.1:* ws://localhost:*");
