import { describe, expect, it } from 'vitest';
import { immutabilityProblems, isDraftFile, publishedFile, type PublishedFile } from '../../src/lib/publishing/index.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const published = (file: string, body: string) => publishedFile(file, bytes(`---\ntitle: "t"\nsummary: "s"\n---\n${body}\n`));
const draft = (file: string, body: string) => publishedFile(file, bytes(`---\ntitle: "t"\nsummary: "s"\nstatus: draft\n---\n${body}\n`));

const A = 'content/policies/a/2020-01-01.mdx';
const B = 'content/policies/a/2021-01-01.mdx';
const rules = (before: PublishedFile[], now: PublishedFile[]) => immutabilityProblems(before, now).map((p) => `${p.file} ${p.rule}`);

describe('immutabilityProblems', () => {
  it('accepts unchanged and added files', () => {
    expect(rules([published(A, '本文')], [published(A, '本文'), published(B, '新しい本文')])).toEqual([]);
  });

  it('reports a modified file', () => {
    expect(rules([published(A, '本文')], [published(A, '本文。')])).toEqual([`${A} revision-immutable-modified`]);
  });

  it('reports a renamed file (same bytes at a new path) and names the new path', () => {
    const problems = immutabilityProblems([published(A, '本文')], [published(B, '本文')]);
    expect(problems.map((p) => p.rule)).toEqual(['revision-immutable-renamed']);
    expect(problems[0]!.message).toContain(B);
  });

  it('reports a deleted file, and a rename with edits as a deletion', () => {
    expect(rules([published(A, '本文')], [])).toEqual([`${A} revision-immutable-deleted`]);
    expect(rules([published(A, '本文')], [published(B, '別の本文')])).toEqual([`${A} revision-immutable-deleted`]);
  });

  it('does not take an identical file that already existed for a rename target', () => {
    // Two revisions with identical bytes; one is deleted: that is a deletion, not a move onto the other.
    expect(rules([published(A, '本文'), published(B, '本文')], [published(B, '本文')])).toEqual([`${A} revision-immutable-deleted`]);
  });

  it('exempts files that were drafts at the ref, but not published files turned into drafts', () => {
    expect(rules([draft(A, '本文')], [published(A, '直した本文')])).toEqual([]);
    expect(rules([draft(A, '本文')], [])).toEqual([]);
    expect(rules([published(A, '本文')], [draft(A, '本文')])).toEqual([`${A} revision-immutable-modified`]);
  });

  it('every problem says, in Japanese, that corrections are new revisions', () => {
    for (const problem of immutabilityProblems([published(A, 'x'), published(B, 'y')], [published(A, 'z')])) {
      expect(problem.hint).toContain('新しい日付の版');
    }
  });
});

describe('isDraftFile', () => {
  it('reads status: draft from the frontmatter only', () => {
    expect(isDraftFile(bytes('---\ntitle: t\nstatus: draft\n---\n'))).toBe(true);
    expect(isDraftFile(bytes('---\r\ntitle: t\r\nstatus: "draft"\r\n---\r\n'))).toBe(true);
    expect(isDraftFile(bytes('---\ntitle: t\nstatus: published\n---\nstatus: draft\n'))).toBe(false);
    expect(isDraftFile(bytes('status: draft\n'))).toBe(false);
    expect(isDraftFile(bytes('---\n: : :\n---\n'))).toBe(false);
  });
});
