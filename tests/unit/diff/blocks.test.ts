import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { blocksOf as parseBlocks } from '../../support/documents.ts';
import { parseBody } from '../../../src/lib/content/index.ts';

describe('parseBlocks', () => {
  it('flattens headings, paragraphs, list items (nested lists on their own) and table rows', () => {
    const blocks = parseBlocks([
      '前文です。',
      '## 第1条',
      '本文です。',
      '- 項目A\n  - 細目a\n- 項目B',
      '1. 番号付き',
      '| 区分 | 内容 |\n| --- | --- |\n| 氏名 | 必須 |',
      '```\nコード\n```',
    ].join('\n\n'));
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', '前文です。'],
      ['heading', '第1条'],
      ['paragraph', '本文です。'],
      ['listItem', '項目A'],
      ['listItem', '細目a'],
      ['listItem', '項目B'],
      ['listItem', '番号付き'],
      ['tableRow', '区分\t内容'],
      ['tableRow', '氏名\t必須'],
      ['code', 'コード'],
    ]);
    expect(blocks.map((b) => b.listDepth)).toEqual([undefined, undefined, undefined, 1, 2, 1, 1, undefined, undefined, undefined]);
    expect(blocks[6]?.ordered).toBe(true);
    expect(blocks[7]?.header).toBe(true);
    expect(blocks[1]).toMatchObject({ depth: 2, anchor: '第1条' });
  });

  it('keeps ASCII tildes as text (上記1~7 is not strikethrough)', () => {
    const [block] = parseBlocks('注)上記1~7の利用目的の範囲とします。');
    expect(block?.text).toBe('注)上記1~7の利用目的の範囲とします。');
    expect(block?.format).not.toContain('delete');
  });

  it('gives headings the ids Astro gives them: github-slugger, one per document', () => {
    const blocks = parseBlocks('## 8.関係法令及びその他の規範の遵守について\n\n## 概要\n\n## 概要\n\n### 概要\n\n## Cookie の利用');
    expect(blocks.map((b) => b.anchor)).toEqual(['8関係法令及びその他の規範の遵守について', '概要', '概要-1', '概要-2', 'cookie-の利用']);
  });

  it('records the heading path and section of each block', () => {
    const blocks = parseBlocks('前文\n\n## 一\n\n### 一の一\n\n本文\n\n## 二\n\n本文二');
    expect(blocks.map((b) => b.path)).toEqual([[], ['一'], ['一', '一の一'], ['一', '一の一'], ['二'], ['二']]);
    expect(blocks[0]?.section).toBeNull();
    expect(blocks[3]?.section).toEqual({ text: '一の一', anchor: '一の一' });
  });

  it('reads text as mdast-util-to-string does; a hard break adds no text but is remembered', () => {
    const body = '・問合せ窓口\\\n生活クラブ生活協同組合 **個人情報保護推進委員会**\\\nTEL:03(5426)5200 [世田谷区](https://example.jp/)';
    const [block] = parseBlocks(body);
    const paragraph = parseBody(body).children[0]!;
    expect(block?.text).toBe(toString(paragraph));
    expect(block?.text).toBe('・問合せ窓口生活クラブ生活協同組合 個人情報保護推進委員会TEL:03(5426)5200 世田谷区');
    expect(block?.breaks).toEqual([6, 29]);
  });

  it('has a format signature that changes with formatting but not with whitespace', () => {
    const [plain] = parseBlocks('個人情報を適切に管理します。');
    const [reflowed] = parseBlocks('個人情報を\n適切に 管理します。');
    const [strong] = parseBlocks('個人情報を**適切に**管理します。');
    const [other] = parseBlocks('個人情報を適切に**管理**します。');
    expect(reflowed?.format).toBe(plain?.format);
    expect(strong?.format).not.toBe(plain?.format);
    expect(strong?.format).not.toBe(other?.format);
    expect(strong?.key).toBe(plain?.key);
  });
});
