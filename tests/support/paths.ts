import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Every build a test makes goes under here (git-ignored). */
export const outputRoot = path.join(projectRoot, 'tests/.output');
export const fixturesRoot = path.join(projectRoot, 'tests/fixtures');

/** Where the shared builds made by tests/global-setup.ts land. */
export const builtSites = {
  /** The real content, built as of a fixed date. */
  real: path.join(outputRoot, 'real'),
  /** tests/fixtures/sites/basic, built as of 2025-06-01. */
  basic: path.join(outputRoot, 'basic'),
  /** tests/fixtures/sites/awkward: valid content that looks hostile (emoji, odd headings, every allowed link form). */
  awkward: path.join(outputRoot, 'awkward'),
};
