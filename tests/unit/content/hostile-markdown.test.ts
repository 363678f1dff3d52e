/**
 * Generated Markdown, hostile by construction (runs of emphasis markers, brackets, quotes,
 * list markers, tables, escapes, MDX braces), fed to the content check and, where it
 * passes, to the diff engine and its three renderers: nothing throws, and each input is
 * judged and diffed within a bound far above its real cost (tens of milliseconds), so a
 * shape that makes the parser or the diff grow out of control fails here.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkRevisionFile } from '../../../src/lib/content/revision.ts';
import { sha256Of, type Problem } from '../../../src/lib/content/index.ts';
import { diffBlockLists, renderInline, renderTable, renderTerminal } from '../../../src/lib/diff/index.ts';

/** Milliseconds one input may take to be checked, or to be diffed and rendered. */
const BOUND_MS = 3_000;

const FRAGMENTS = [
  '*', '**', '_', '__', '~~', '[', ']', '(', ')', '![', '](', '> ', '- ', '* ', '1. ', '1\\. ', '# ', '## ', '`', '```',
  '\\', '\n', '\n\n', '  ', '    ', '\t', '|', '|-|', '<', '>', '{', '}', '&amp;', '[x]: /a', 'https://example.org/',
  '個人情報', 'を適切に', '取り扱います。', '第三者', '、', '。', 'a', '1', ' ',
];

/** Mostly Markdown that parses (so the parser and the diff do their whole work), sometimes MDX that does not. */
const MDX_BREAKING = new Set(['<', '>', '{', '}']);
const markdown = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS.filter((part) => !MDX_BREAKING.has(part))), { maxLength: 4000, size: 'max' }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 4000, size: 'max' }) },
).map((parts) => parts.join(''));

function check(body: string) {
  const text = `---\ntitle: "アルファ方針"\nsummary: "生成した版です。"\n---\n${body}`;
  const bytes = new TextEncoder().encode(text);
  const problems: Problem[] = [];
  const started = performance.now();
  const revision = checkRevisionFile({ file: 'content/policies/alpha/2020-04-01.mdx', bytes, sha256: sha256Of(bytes), slug: 'alpha', name: '2020-04-01.mdx' }, problems);
  return { revision, problems, ms: performance.now() - started };
}

describe('hostile Markdown', () => {
  it('is judged within the bound, never crashing, every refusal a problem of the catalogue', () => {
    let accepted = 0;
    fc.assert(fc.property(markdown, (body) => {
      const { revision, problems, ms } = check(body);
      expect(ms).toBeLessThan(BOUND_MS);
      expect(revision !== undefined || problems.length > 0).toBe(true);
      for (const problem of problems) expect(problem.message).not.toMatch(/Maximum call stack|RangeError|undefined/);
      accepted += revision ? 1 : 0;
    }), { numRuns: 150 });
    // The generator must reach the parser's whole work, not only quick refusals.
    expect(accepted).toBeGreaterThan(20);
  }, 120_000);

  it('that passes is diffed and rendered within the bound against any other that passes', () => {
    fc.assert(fc.property(markdown, markdown, (a, b) => {
      const [old, now] = [check(a).revision, check(b).revision];
      fc.pre(old !== undefined && now !== undefined);
      const started = performance.now();
      const diff = diffBlockLists(old!.blocks, now!.blocks);
      renderInline(diff);
      renderTable(diff);
      renderTerminal(diff, { color: false });
      expect(performance.now() - started).toBeLessThan(BOUND_MS);
    }), { numRuns: 80 });
  }, 120_000);
});
