/**
 * The built style sheets: the Digital Agency's tokens, as the package publishes them, and
 * only those the site uses; every custom property a sheet reads is defined; no web fonts.
 */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { builtFiles } from '../support/site-files.ts';
import { builtSites, projectRoot } from '../support/paths.ts';

const site = builtSites.real;
const sheets = await Promise.all((await builtFiles(path.join(site, '_astro'), '.css')).map((file) => readFile(path.join(site, '_astro', file), 'utf8')));
const all = sheets.join('\n');
/** Custom properties a style sheet defines, with their values. */
const defined = (css: string) => new Map([...css.matchAll(/(--[\w-]+)\s*:\s*([^;}]+)/g)].map((match) => [match[1]!, match[2]!.trim()]));
const read = (css: string) => new Set([...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1]!));
const packageTokens = defined(await readFile(path.join(projectRoot, 'node_modules/@digital-go-jp/design-tokens/dist/tokens.css'), 'utf8'));

describe('built style sheets', () => {
  it('define every custom property they read', () => {
    const definitions = defined(all);
    expect([...read(all)].filter((name) => !definitions.has(name))).toEqual([]);
  });

  it('carry the design tokens with the package’s values, and only tokens something reads', () => {
    const tokens = [...defined(all)].filter(([name]) => packageTokens.has(name));
    expect(tokens.length).toBeGreaterThan(20);
    const normalise = (value: string) => value.toLowerCase().replace(/^0\./, '.').replace(/#([0-9a-f])\1([0-9a-f])\2([0-9a-f])\3$/, '#$1$2$3');
    for (const [name, value] of tokens) expect(normalise(value), name).toBe(normalise(packageTokens.get(name)!));
    const readSomewhere = read(all);
    expect(tokens.map(([name]) => name).filter((name) => !readSomewhere.has(name))).toEqual([]);
  });

  it('load no fonts', () => {
    expect(all).not.toContain('@font-face');
  });
});
