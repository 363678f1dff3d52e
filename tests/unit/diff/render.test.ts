import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksOf as parseBlocks } from '../../support/documents.ts';
import { diffDocuments } from '../../support/documents.ts';
import { renderInline } from '../../../src/lib/diff/render-inline.ts';
import { ideographicWidth, renderTable } from '../../../src/lib/diff/render-table.ts';
import { renderTerminal } from '../../../src/lib/diff/render-terminal.ts';
import { projectRoot } from '../../support/paths.ts';
import { openingTags, squash, textContent } from './html-text.ts';

const basic = readFileSync(path.join(projectRoot, 'tests/fixtures/diff/real/basic-policy.mdx'), 'utf8');
const federation = readFileSync(path.join(projectRoot, 'tests/fixtures/diff/real/federation-notice.mdx'), 'utf8');
const joined = (body: string) => squash(parseBlocks(body).map((b) => b.text).join(''));

/** The inline contract: without <del> the new document, without <ins> the old one. */
function expectContract(before: string, after: string): string {
  const html = renderInline(diffDocuments(before, after));
  expect(html.startsWith('<div')).toBe(true);
  expect(openingTags(html, 'div')).toHaveLength(1);
  expect(openingTags(html, 'div')[0]!.hasAttribute('data-diff')).toBe(true);
  expect(squash(textContent(html, 'del'))).toBe(joined(after));
  expect(squash(textContent(html, 'ins'))).toBe(joined(before));
  return html;
}

describe('renderInline', () => {
  it('holds the whole document, with heading anchors and escaped text', () => {
    const body = '## 第1条 \\<規程> & "方針"\n\n本文 \\<script>';
    const html = expectContract(body, body.replace('本文', '本文の'));
    expect(html).toContain('<h2 id="第1条-規程--方針"');
    expect(html).toContain('&lt;規程&gt; &amp; &quot;方針&quot;');
    expect(html).not.toContain('<script>');
  });

  it('marks the correction with ins and del only, no text labels', () => {
    const before = '生協は、適用される法例、およびその他の規範を遵守します。';
    const html = expectContract(before, before.replace('法例', '法令'));
    expect(html).toContain('<del data-change="delete">法例</del><ins data-change="insert">法令</ins>');
    expect(html).not.toMatch(/追加|削除/);
  });

  it('links the two halves of a move without adding text', () => {
    const paragraph = '生活クラブグループ組織が共同利用する場合は、共同利用の組織範囲、利用する情報の種類・目的などを、あらかじめ本人に通知し、または、ホームページ等に掲載し、本人が容易に知り得る状態に置くものとします。';
    const after = basic.replace(`${paragraph}\n\n`, '').replace('## 3.評価', `${paragraph}\n\n## 3.評価`);
    const html = expectContract(basic, after);
    expect(html).toContain('<del class="moved" id="move-1-from" data-change="move-out" data-move="1" data-move-to="#move-1-to">');
    expect(html).toContain('<ins class="moved" id="move-1-to" data-change="move-in" data-move="1" data-move-from="#move-1-from">');
  });

  it('numbers each item of an ordered list as the new revision does, and names the renumbering', () => {
    const html = expectContract('1. 供給\n2. 共済', '3. 供給\n4. 共済');
    const items = openingTags(html, 'li');
    expect(items.map((item) => item.getAttribute('value'))).toEqual(['3', '4']);
    expect(items[0]!.querySelector('[data-diff-target] del')!.textContent).toBe('1');
    expect(items[0]!.querySelector('[data-diff-target] ins')!.textContent).toBe('3');
  });

  it('shows a link whose address changed, its text unchanged, as a change of target, outside the document text', () => {
    const before = '詳しくは[生活クラブのサイト](https://tokyo.seikatsuclub.coop/)をご覧ください。';
    const html = expectContract(before, before.replace('https://tokyo.seikatsuclub.coop/', 'https://example.org/other/'));
    const [annotation] = openingTags(html, '[data-diff-target]');
    expect(annotation!.querySelector('del[data-change="delete"]')!.textContent).toBe('https://tokyo.seikatsuclub.coop/');
    expect(annotation!.querySelector('ins[data-change="insert"]')!.textContent).toBe('https://example.org/other/');
    const table = renderTable(diffDocuments(before, before.replace('https://tokyo.seikatsuclub.coop/', 'https://example.org/other/')));
    // The kind is named outside the underline: only the address changed.
    expect(table).toContain('リンク先 <span class="bosen">https://example.org/other/</span>');
    expect(table).toContain('リンク先 <span class="bosen">https://tokyo.seikatsuclub.coop/</span>');
    expect(annotation!.textContent).toContain('リンク先');
    expect(table).not.toContain('文言の変更はありません');
  });

  it('marks format-only blocks without ins or del', () => {
    const html = expectContract('個人情報を適切に管理します。', '個人情報を**適切に**管理します。');
    expect(html).toContain('data-format-only=""');
    expect(openingTags(html, 'ins')).toEqual([]);
    expect(openingTags(html, 'del')).toEqual([]);
  });

  it('keeps list structure, nested lists inside their items', () => {
    const html = expectContract(federation, federation.replace('- c)会員及び', '- c)会員並びに'));
    expect(html).toMatch(/<ol class="diff-list"><li[^>]*>定款に/);
    expect(html).toMatch(/a\)会員の事業に[^<]*<ul class="diff-list"><li/);
  });

  it('renders hard breaks as <br> and tables as tables', () => {
    const before = '・問合せ窓口\\\nTEL:03(5426)5200\n\n| 区分 | 内容 |\n| --- | --- |\n| 氏名 | 必須 |';
    const html = expectContract(before, before.replace('必須', '任意').replace('TEL', '電話'));
    expect(html).toContain('・問合せ窓口<br>');
    expect(html).toContain('<table class="diff-table"><tbody><tr class="diff-unchanged" data-status="unchanged"><th>区分</th><th>内容</th></tr>');
    expect(html).toContain('<td>氏名</td><td><del data-change="delete">必須</del><ins data-change="insert">任意</ins></td>');
  });

  it('gives the part before the first heading an anchor for the changed-sections list', () => {
    const diff = diffDocuments('前文です。\n\n## 一\n\n本文', '前文を改めました。\n\n## 一\n\n本文');
    expect(diff.changedSections).toEqual([{ text: '', anchor: 'diff-preamble' }]);
    expect(renderInline(diff)).toContain('<p id="diff-preamble"');
  });
});

describe('renderTable', () => {
  it('puts 改正後 on the left, underlines changes and leaves blanks of the same width', () => {
    const before = '## 一\n\n前の段落。\n\n出資金の点検、経理上の必要と法律上定められた期間。\n\n後の段落。\n\n最後の段落。';
    const html = renderTable(diffDocuments(before, before.replace('経理上の必要と', '')));
    expect(html).toMatch(/<thead><tr><th scope="col">改正後<\/th><th scope="col">改正前<\/th><\/tr><\/thead>/);
    expect(html).toContain('傍線部分は改正部分');
    expect(html).toContain(`<td>出資金の点検、<span class="bosen kuhaku" aria-hidden="true">${'\u3000'.repeat(7)}</span>法律上定められた期間。</td><td>出資金の点検、<span class="bosen">経理上の必要と</span>法律上定められた期間。</td>`);
    // Context heading, then one （略） row for each run of unchanged blocks.
    expect(html.match(/（略）<\/td><td>（略）/g)).toHaveLength(2);
    expect(html).toContain('<tr class="shinkyu-context"><td><strong class="shinkyu-heading">一</strong></td>');
  });

  it('shows （新設） and （削る） for whole blocks', () => {
    const html = renderTable(diffDocuments('残る段落。\n\n問合せは電話で受け付けます。', '残る段落。\n\n新設の規定を置きます。'));
    expect(html).toContain('（新設）');
    expect(html).toContain('（削る）');
  });

  it('says so when the wording did not change', () => {
    expect(renderTable(diffDocuments('同じ。', '同じ。'))).not.toContain('<table');
  });

  it('measures blanks in ideographic spaces', () => {
    expect(ideographicWidth('経理上の必要と')).toBe(7);
    expect(ideographicWidth('SSL')).toBe(2);
  });
});

describe('renderTerminal', () => {
  const before = '## 8.関係法令\n\n前の段落。\n\n適用される法例、およびその他の規範を遵守します。\n\n間の段落。\n\n最後の段落です。';
  const after = before.replace('法例', '法令').replace('最後の段落です。', '最後の段落を改めました。');

  it('shows only changed blocks with their section and … between, marked without colour', () => {
    expect(renderTerminal(diffDocuments(before, after), { color: false })).toBe(
      '§ 8.関係法令\n  適用される[-法例-]{+法令+}、およびその他の規範を遵守します。\n…\n  最後の段落[-です-]{+を改めました+}。\n',
    );
  });

  it('uses red strikethrough and green with colour', () => {
    const out = renderTerminal(diffDocuments(before, after), { color: true });
    expect(out).toContain('\u001b[31m\u001b[9m法例\u001b[0m\u001b[32m法令\u001b[0m');
  });

  it('prints nothing for identical documents', () => {
    expect(renderTerminal(diffDocuments(before, before), { color: false })).toBe('');
  });

  it('never lets text that spells a mark read as a change, nor direction or control characters reorder it', () => {
    const quoted = '記号 \\{+追加+\\} と [-削除-] は、この文書では使いません。';
    const out = renderTerminal(diffDocuments(`${quoted}前の文。`, `${quoted}後の文。`), { color: false });
    expect(out).not.toMatch(/\{\+追加|削除-\]/);
    expect(out).toContain('{+後+}');
    const hostile = renderTerminal(diffDocuments('甲\u202e乙\u001b[2J', '丙\u202e乙\u001b[2J'), { color: true });
    expect(hostile).not.toMatch(/[\u202e]|\u001b\[2J/);
    expect(hostile).toContain('\\u{202e}');
  });
});
