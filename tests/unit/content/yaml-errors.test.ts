import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/lib/content/frontmatter.ts';

/** YAML a tired editor writes: each is refused with the line and a cause in Japanese, never the library's English. */
const BROKEN: [string, string, number][] = [
  ['委託: [任せる, 外注\n業務: [仕事]', '「]」', 2],
  ['title: "個人情報\ndate: 2026-01-01', '引用符', 2],
  ['- slug: a\n  title: b\n x', '「- 」', 3],
  ['a:\n\t- b', 'タブ', 2],
  ['a: @x', '記号', 1],
  ['a: {b: 1', '「}」', 1],
  ['委託 任せる\n業務: [仕事]', '「: 」', 1],
  ['summary: 改定: 2026年', '「: 」が2つ', 1],
  ['a: "\\q"', '「\\」', 1],
  ['a: b\n- c', '', 2],
];

describe('parseYaml', () => {
  it.each(BROKEN)('refuses %j in Japanese', (text, cause, line) => {
    const parsed = parseYaml(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.line).toBe(line);
    expect(parsed.detail).toContain(cause);
    // No English sentence of the library's (an ASCII word of four letters or more).
    expect(parsed.detail).not.toMatch(/[A-Za-z]{4,}/u);
  });
});
