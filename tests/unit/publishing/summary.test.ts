/** The pull request's job summary: content cannot forge its structure. */
import { describe, expect, it } from 'vitest';
import { addedRevisionsSummary, markdownText } from '../../../src/lib/publishing/summary.ts';
import type { Policy, Revision } from '../../../src/lib/content/index.ts';
import { blocksOf } from '../../support/documents.ts';

const revision = (date: string, summary: string, body: string): Revision => ({
  file: `content/policies/a/${date}.mdx`, slug: 'a', date, data: { title: 't', summary, dateBasis: 'effective', status: 'published' }, fieldLines: new Map(),
  bytes: new Uint8Array(), sha256: '', body, bodyStartLine: 5, tree: { type: 'root', children: [] }, blocks: blocksOf(body),
});

describe('markdownText', () => {
  it('escapes everything that could start Markdown or HTML structure, and keeps it on one line', () => {
    const escaped = markdownText('![x](https://e/p.png)\n```\n<img src=x onerror=alert(1)>\n### 本文に違いはありません');
    expect(escaped).not.toContain('\n');
    expect(escaped).not.toMatch(/(^|[^\\])[![\]()`#<>]/);
    expect(escaped).toContain('&lt;img');
  });
});

describe('addedRevisionsSummary', () => {
  it('keeps a forged summary and a body full of backticks inside their places', () => {
    const forged = '要約\n\n````\n\n### 偽の見出し\n\n（本文に違いはありません）';
    const policy: Policy = {
      entry: { slug: 'a', title: 'タイトル <b>太字</b>', issuer: 'i', textlessEvents: [], requiredItems: [] },
      revisions: [revision('2020-01-01', '最初', '本文です。'), revision('2021-01-01', forged, '本文です。`````')],
    };
    const markdown = addedRevisionsSummary([policy], new Set(['content/policies/a/2020-01-01.mdx']), 'main');
    const headings = markdown.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual(['## main から追加された版', '### タイトル &lt;b&gt;太字&lt;/b&gt; — 2021-01-01']);
    // The fence is longer than the body's five backticks, so the body cannot close it.
    const fences = markdown.split('\n').filter((line) => /^`{3,}/.test(line));
    expect(fences).toEqual(['``````text', '``````']);
  });

  it('warns when an added revision is dated before one already there', () => {
    const policy: Policy = {
      entry: { slug: 'a', title: 't', issuer: 'i', textlessEvents: [], requiredItems: [] },
      revisions: [revision('2020-01-01', '最初', '本文です。'), revision('2021-01-01', '挟む', '本文を改めます。'), revision('2026-01-01', '最新', '本文です。')],
    };
    const markdown = addedRevisionsSummary([policy], new Set(['content/policies/a/2020-01-01.mdx', 'content/policies/a/2026-01-01.mdx']), 'main');
    expect(markdown).toContain('すでにある 2026-01-01 の版より前の日付です');
    const appended = addedRevisionsSummary([policy], new Set(['content/policies/a/2020-01-01.mdx', 'content/policies/a/2021-01-01.mdx']), 'main');
    expect(appended).not.toContain('より前の日付です');
  });
});
