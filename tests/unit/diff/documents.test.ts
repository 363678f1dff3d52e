import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PREAMBLE_ANCHOR, type DocumentDiff } from '../../../src/lib/diff/index.ts';
import { diffDocuments } from '../../support/documents.ts';
import { projectRoot } from '../../support/paths.ts';

const changed = (diff: DocumentDiff) => diff.blocks.filter((b) => b.status !== 'unchanged');
const usage = readFileSync(path.join(projectRoot, 'tests/fixtures/diff/real/usage-purposes.mdx'), 'utf8');
const basic = readFileSync(path.join(projectRoot, 'tests/fixtures/diff/real/basic-policy.mdx'), 'utf8');

describe('diffDocuments', () => {
  it('finds nothing in identical documents', () => {
    for (const doc of [usage, basic]) {
      const diff = diffDocuments(doc, doc);
      expect(changed(diff)).toEqual([]);
      expect(diff).toMatchObject({ insertedChars: 0, deletedChars: 0, changedSections: [] });
    }
  });

  it('marks the correction 法例→法令 as one modified block in its section, two characters each way', () => {
    const before = '## 8.関係法令及びその他の規範の遵守について\n\n生協は、利用者より開示された個人情報に関して適用される法例、およびその他の規範を遵守します。\n';
    const diff = diffDocuments(before, before.replace('法例', '法令'));
    expect(changed(diff)).toHaveLength(1);
    expect(changed(diff)[0]?.status).toBe('modified');
    expect(changed(diff)[0]?.segments.filter((s) => s.type !== 'equal')).toEqual([
      { type: 'delete', text: '法例' },
      { type: 'insert', text: '法令' },
    ]);
    expect(diff).toMatchObject({ insertedChars: 2, deletedChars: 2 });
    expect(diff.changedSections).toEqual([{ text: '8.関係法令及びその他の規範の遵守について', anchor: '8関係法令及びその他の規範の遵守について' }]);
  });

  it('pairs an edited paragraph with its old self', () => {
    const after = usage.replace('1.出資金や組合員名簿の管理', '1.出資金および組合員名簿の管理');
    const diff = diffDocuments(usage, after);
    expect(changed(diff).map((b) => b.status)).toEqual(['modified']);
    expect(diff).toMatchObject({ insertedChars: 3, deletedChars: 1 });
  });

  it('marks an inserted paragraph and a deleted paragraph where they stand', () => {
    const after = usage
      .replace('5.事業システム改善のためのアンケート送付・回収。\n\n', '')
      .replace('\n\n7.共済', '\n\n6の2.組合員の声を聞くための懇談会の開催。\n\n7.共済');
    const diff = diffDocuments(usage, after);
    const rows = changed(diff).map((b) => [b.status, (b.new ?? b.old)!.text.slice(0, 5)]);
    expect(rows).toEqual([['deleted', '5.事業シ'], ['inserted', '6の2.組']]);
    const texts = diff.blocks.map((b) => (b.new ?? b.old)!.text.slice(0, 2));
    expect(texts.indexOf('5.')).toBe(texts.indexOf('4.') + 1);
    expect(texts.indexOf('6の')).toBe(texts.indexOf('6.') + 1);
    expect(diff.insertedChars).toBe([...'6の2.組合員の声を聞くための懇談会の開催。'].length);
    expect(diff.deletedChars).toBe([...'5.事業システム改善のためのアンケート送付・回収。'].length);
  });

  it('recognises a moved paragraph as a move, both halves sharing an id', () => {
    const paragraph = '生活クラブグループ組織が共同利用する場合は、共同利用の組織範囲、利用する情報の種類・目的などを、あらかじめ本人に通知し、または、ホームページ等に掲載し、本人が容易に知り得る状態に置くものとします。';
    const after = basic.replace(`${paragraph}\n\n`, '').replace('## 5.個人情報の取扱いに関する問合せ相談\n\n', `## 5.個人情報の取扱いに関する問合せ相談\n\n${paragraph}\n\n`);
    const diff = diffDocuments(basic, after);
    const moves = changed(diff);
    expect(moves.map((b) => b.status)).toEqual(['moved-out', 'moved-in']);
    expect(moves[0]?.moveId).toBe(1);
    expect(moves[1]?.moveId).toBe(1);
    expect(diff).toMatchObject({ insertedChars: 0, deletedChars: 0 });
    expect(diff.changedSections.map((s) => s.text)).toEqual(['1.個人情報の適正な収集・取得と利用目的の明示について', '5.個人情報の取扱いに関する問合せ相談']);
  });

  it('recognises a paragraph moved with a small edit, and counts only the edit', () => {
    const paragraph = '全職員対象に、個人情報保護に関する教育研修を実施します。特に当該職員の情報保護に関する権限と責任を明確にし、教育・研修を強化します。';
    const edited = paragraph.replace('実施します', '毎年実施します');
    const after = basic.replace(`${paragraph}\n\n`, '').replace('## 3.評価', `${edited}\n\n## 3.評価`);
    const diff = diffDocuments(basic, after);
    const moveIn = diff.blocks.find((b) => b.status === 'moved-in');
    expect(moveIn?.moveSegments?.filter((s) => s.type !== 'equal')).toEqual([{ type: 'insert', text: '毎年' }]);
    expect(diff).toMatchObject({ insertedChars: 2, deletedChars: 0 });
  });

  it('does not count whitespace-only changes', () => {
    const after = usage.replace('組合員の個人情報は、以下の目的', '組合員の個人情報は、\n以下の 目的');
    const diff = diffDocuments(usage, after);
    expect(changed(diff)).toEqual([]);
    expect(diff).toMatchObject({ insertedChars: 0, deletedChars: 0, changedSections: [] });
  });

  it('counts a changed link address, inline or reference-style, as a change of content, never format only', () => {
    const inline = diffDocuments('[窓口](https://a.example/)へ', '[窓口](https://b.example/)へ');
    expect(inline.blocks.map((b) => b.status)).toEqual(['modified']);
    expect(inline.blocks[0]!.targets).toEqual({ removed: [{ kind: 'link', value: 'https://a.example/' }], added: [{ kind: 'link', value: 'https://b.example/' }] });
    expect([inline.insertedChars, inline.deletedChars, inline.changedTargets]).toEqual([18, 18, 1]);
    const reference = diffDocuments('[窓口][w]へ\n\n[w]: https://a.example/', '[窓口][w]へ\n\n[w]: https://b.example/');
    expect(reference.blocks.map((b) => b.status)).toEqual(['modified']);
    expect(reference.changedTargets).toBe(1);
    const image = diffDocuments('![地図](/images/a.png)', '![地図](/images/b.png)');
    expect(image.blocks[0]?.targets?.added).toEqual([{ kind: 'image', value: '/images/b.png', label: '地図' }]);
    expect(diffDocuments('[窓口](https://a.example/)へ', '[窓口](https://a.example/)へ').changedTargets).toBe(0);
  });

  it('calls added emphasis a format-only change', () => {
    const diff = diffDocuments('個人情報を適切に管理します。', '個人情報を**適切に**管理します。');
    expect(diff.blocks.map((b) => b.status)).toEqual(['format-only']);
    expect(diff.blocks[0]?.segments).toEqual([{ type: 'equal', text: '個人情報を適切に管理します。' }]);
    expect(diff).toMatchObject({ insertedChars: 0, deletedChars: 0, changedSections: [{ text: '', anchor: PREAMBLE_ANCHOR }] });
  });

  it('keeps 上記1~7 as text, never as strikethrough', () => {
    const after = usage.replaceAll('上記1~7', '上記1~8');
    const diff = diffDocuments(usage, after);
    const block = changed(diff)[0]!;
    expect(block.old?.text).toContain('上記1~7');
    expect(block.old?.format).not.toContain('delete');
    expect(block.segments.filter((s) => s.type !== 'equal')).toEqual([
      { type: 'delete', text: '7' }, { type: 'insert', text: '8' }, { type: 'delete', text: '7' }, { type: 'insert', text: '8' },
    ]);
  });

  it('lists a removed section under its old anchor', () => {
    const after = basic.replace(/## 4\.保有[^\n]*\n\n[^\n]*\n\n/, '');
    const diff = diffDocuments(basic, after);
    expect(changed(diff).map((b) => b.status)).toEqual(['deleted', 'deleted']);
    expect(diff.changedSections).toEqual([{ text: '4.保有個人データに関する開示・変更・利用停止等の求めへの対応について', anchor: '4保有個人データに関する開示変更利用停止等の求めへの対応について' }]);
  });

  it('places blocks of a renamed section under the new heading', () => {
    const after = basic.replace('### (6)委託先の監督', '### (6)委託先の管理と監督').replace('業務委託契約を締結する際には', '業務委託の契約を締結する際には');
    const diff = diffDocuments(basic, after);
    expect(diff.changedSections).toEqual([{ text: '(6)委託先の管理と監督', anchor: '6委託先の管理と監督' }]);
  });

  it('aligns a wholesale rewrite of many blocks by greedy pairing beyond the DP size, still pairing edits', () => {
    const paragraphs = (prefix: string) => Array.from({ length: 250 }, (_, i) => `${prefix}第${i}項の規定により個人情報を${i % 7}回${prefix}します。`);
    const diff = diffDocuments(paragraphs('旧').join('\n\n'), paragraphs('新').join('\n\n'));
    expect(diff.blocks.filter((b) => b.new)).toHaveLength(250);
    expect(diff.blocks.filter((b) => b.old)).toHaveLength(250);
    expect(diff.blocks.some((b) => b.status === 'modified')).toBe(true);
  });
});
