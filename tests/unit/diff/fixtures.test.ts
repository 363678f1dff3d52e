/**
 * Fixture cases: tests/fixtures/diff/<case>/old.mdx and new.mdx, with expected.txt holding
 * the counts, the changed sections and the plain terminal rendering. A new case is a new
 * folder; `UPDATE_DIFF_FIXTURES=1` writes expected.txt for cases that lack or differ from it
 * (review the result before committing).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../support/documents.ts';
import { renderInline } from '../../../src/lib/diff/render-inline.ts';
import { renderTable } from '../../../src/lib/diff/render-table.ts';
import { renderTerminal } from '../../../src/lib/diff/render-terminal.ts';
import { fixturesRoot } from '../../support/paths.ts';
import { squash, textContent } from './html-text.ts';
import { blocksOf as parseBlocks } from '../../support/documents.ts';

const casesRoot = path.join(fixturesRoot, 'diff');
const cases = readdirSync(casesRoot).filter((name) => existsSync(path.join(casesRoot, name, 'old.mdx')));

function describeDiff(oldBody: string, newBody: string): string {
  const diff = diffDocuments(oldBody, newBody);
  const sections = diff.changedSections.map((s) => `${s.text || '（前文）'} #${s.anchor}`).join('\n');
  return `+${diff.insertedChars} -${diff.deletedChars}\n${sections}\n\n${renderTerminal(diff, { color: false })}`;
}

describe.each(cases)('fixture %s', (name) => {
  const dir = path.join(casesRoot, name);
  const oldBody = readFileSync(path.join(dir, 'old.mdx'), 'utf8');
  const newBody = readFileSync(path.join(dir, 'new.mdx'), 'utf8');

  it('matches expected.txt', () => {
    const actual = describeDiff(oldBody, newBody);
    const expectedPath = path.join(dir, 'expected.txt');
    if (process.env.UPDATE_DIFF_FIXTURES === '1' && (!existsSync(expectedPath) || readFileSync(expectedPath, 'utf8') !== actual)) {
      writeFileSync(expectedPath, actual);
    }
    expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
  });

  it('renders inline HTML that spells both documents', () => {
    const html = renderInline(diffDocuments(oldBody, newBody));
    const texts = (body: string) => squash(parseBlocks(body).map((b) => b.text).join(''));
    expect(squash(textContent(html, 'del'))).toBe(texts(newBody));
    expect(squash(textContent(html, 'ins'))).toBe(texts(oldBody));
  });

  it('renders a 新旧対照表', () => {
    expect(renderTable(diffDocuments(oldBody, newBody))).toMatch(/^<table class="shinkyu">.*<\/table>$/s);
  });
});
