/** Folding the unchanged sections of the redline, and the short excerpt a feed item carries. */
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../support/documents.ts';
import { parseFragment } from '../../support/html.ts';
import { excerptBlocks, openBlocks } from '../../../src/lib/diff/fold.ts';
import { renderExcerpt, renderInline } from '../../../src/lib/diff/render-inline.ts';
import { squash, textContent } from './html-text.ts';

const before = [
  '前文です。',
  '## 1.目的', 'この方針は、個人情報の扱いを定めます。', '目的の二段落目です。',
  '## 2.範囲', '### (1)対象', '組合員の情報を対象とします。', '- 組合員の住所', '- 組合員と家族の氏名', '### (2)除外', '除外はありません。',
  '## 3.遵守', '第一段落です。', '関係する法例を守ります。', '第三段落です。', '第四段落です。',
].join('\n\n');
const after = before.replace('法例', '法令').replace('家族の氏名', '家族の氏名と電話番号');
const diff = diffDocuments(before, after);
const texts = diff.blocks.map((block) => (block.new ?? block.old)!.text);
const shownTexts = (shown: boolean[]) => texts.filter((_, i) => shown[i]);

describe('openBlocks', () => {
  it('opens every block of a section with a change, and the headings it sits under', () => {
    expect(shownTexts(openBlocks(diff.blocks))).toEqual([
      '2.範囲', '(1)対象', '組合員の情報を対象とします。', '組合員の住所', '組合員と家族の氏名と電話番号',
      '3.遵守', '第一段落です。', '関係する法令を守ります。', '第三段落です。', '第四段落です。',
    ]);
  });

  it('opens nothing when nothing changed', () => {
    expect(openBlocks(diffDocuments(before, before).blocks).every((open) => !open)).toBe(true);
  });
});

describe('excerptBlocks', () => {
  it('keeps each change with one block either side in its section, and the headings above', () => {
    expect(shownTexts(excerptBlocks(diff.blocks))).toEqual([
      '2.範囲', '(1)対象', '組合員の住所', '組合員と家族の氏名と電話番号',
      '3.遵守', '第一段落です。', '関係する法令を守ります。', '第三段落です。',
    ]);
  });
});

describe('renderInline folds', () => {
  const html = renderInline(diff);
  const region = parseFragment(html);

  it('folds each run of unchanged sections into one closed <details>, labelled by its aria-label', () => {
    const folds = [...region.querySelectorAll('details.diff-fold')];
    expect(folds.map((fold) => fold.hasAttribute('open'))).toEqual([false, false]);
    expect(folds.map((fold) => fold.querySelector('summary')!.getAttribute('aria-label'))).toEqual([
      '変更のない部分（「1.目的」）', '変更のない部分（「(2)除外」）',
    ]);
    expect(folds.map((fold) => fold.querySelector('summary')!.textContent)).toEqual(['', '']);
  });

  it('keeps the whole text of both documents (the folds add no text)', () => {
    expect(squash(textContent(html, 'del'))).toBe(squash(diffDocuments(after, after).blocks.map((b) => b.new!.text).join('')));
    expect(squash(textContent(html, 'ins'))).toBe(squash(diffDocuments(before, before).blocks.map((b) => b.new!.text).join('')));
  });

  it('leaves the changes outside the folds, and lists whole inside them', () => {
    for (const mark of region.querySelectorAll('ins, del')) expect(mark.closest('details')).toBeNull();
    const list = region.querySelector('ul')!;
    expect([...list.querySelectorAll('li')].map((li) => textContent(li.innerHTML, 'del'))).toEqual(['組合員の住所', '組合員と家族の氏名と電話番号']);
  });

  it('puts <wbr> between the phrases of headings when asked, which adds no text', () => {
    const phrased = renderInline(diff, { phrases: (text) => (text === '3.遵守' ? ['3.', '遵守'] : [text]) });
    expect(phrased).toContain('3.<wbr>遵守');
    expect(textContent(phrased)).toBe(textContent(html));
  });
});

describe('renderExcerpt', () => {
  const excerpt = parseFragment(renderExcerpt(diff));

  it('is no data-diff region and carries no ids', () => {
    expect(excerpt.querySelector('[data-diff]')).toBeNull();
    expect(excerpt.querySelector('[id]')).toBeNull();
  });

  it('marks what it leaves out as （略）, the way the 新旧対照表 does', () => {
    expect([...excerpt.querySelectorAll('.diff-omitted')].map((p) => p.textContent)).toEqual(['（略）', '（略）', '（略）', '（略）']);
    expect([...excerpt.querySelectorAll('ins')].map((ins) => ins.textContent)).toEqual(['と電話番号', '法令']);
  });
});
