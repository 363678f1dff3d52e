/**
 * Each malformed-content case stops the real build before anything renders, with the
 * same `file:line: message` the CLI prints.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { astroBuild } from '../support/build.ts';
import { contentRuleCases } from '../support/content-rule-cases.ts';
import { outputRoot, projectRoot } from '../support/paths.ts';
import { treeHash } from '../support/tree-hash.ts';

describe('the build refuses malformed content', () => {
  it.each(contentRuleCases())('$name', async ({ name, contentDir, expected }) => {
    const before = await treeHash(path.join(projectRoot, contentDir));
    const result = await astroBuild({ contentDir, outDir: path.join(outputRoot, 'bad', name) });
    expect(await treeHash(path.join(projectRoot, contentDir))).toBe(before);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('コンテンツに');
    for (const line of expected.split('\n').filter((text) => !text.startsWith('  →'))) {
      expect(result.output).toContain(`${path.dirname(contentDir)}/${line}`);
    }
  }, 60_000);
});
