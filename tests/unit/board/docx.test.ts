/**
 * The board document as a Word file, opened as Word opens it (a zip of XML): its page, title
 * block, column heads, repeated header row, and the underlined runs exactly where the
 * 新旧対照表 of the site underlines. Every diff fixture's Word table is held to the site's
 * HTML table, row by row, so the two cannot disagree.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContent, type Policy } from '../../../src/lib/content/index.ts';
import { diffBlockLists, renderTable, type DocumentDiff } from '../../../src/lib/diff/index.ts';
import { boardDocument, boardDocx, WORD_FONTS, type BoardInput, type BoardStage } from '../../../src/lib/board/index.ts';
import { diffDocuments } from '../../support/documents.ts';
import { find, findAll, readDocx, shinkyuRows, shinkyuRowsOfHtml, type DocxDocument, type DocxRow } from '../../support/docx.ts';
import { flat, parseFragment } from '../../support/html.ts';
import { fixturesRoot, projectRoot } from '../../support/paths.ts';

const input = (diff: DocumentDiff, overrides: Partial<BoardInput> = {}): BoardInput => ({
  slug: 'alpha', title: 'アルファ方針', issuer: 'テスト生活協同組合',
  older: { date: '2020-04-01', dateBasis: 'effective' },
  newer: { date: '2024-10-01', dateBasis: 'effective', stage: 'in-force' },
  diff, location: 'https://privacy.example/policies/alpha/changes/2024-10-01/table/',
  ...overrides,
});

async function docxOf(diff: DocumentDiff, overrides: Partial<BoardInput> = {}): Promise<DocxDocument> {
  return readDocx(await boardDocx(boardDocument(input(diff, overrides))));
}

/** The pair of revisions of a policy in a content folder, diffed as the site diffs them. */
async function revisionsDiff(contentDir: string, slug: string, from: string, to: string): Promise<DocumentDiff> {
  const model = await readContent(projectRoot, contentDir);
  const policy: Policy = model.policies.find((candidate) => candidate.entry.slug === slug)!;
  const revision = (date: string) => policy.revisions.find((candidate) => candidate.date === date)!;
  return diffBlockLists(revision(from).blocks, revision(to).blocks);
}

/** The body table without its header row. */
const bodyRows = (docx: DocxDocument): DocxRow[] => docx.tables[0]!.slice(1);
const cellTexts = (rows: DocxRow[]) => rows.map((row) => row.cells.map((cell) => flat(cell.text)));

describe('the Word file of the 法例→法令 correction', () => {
  const cases = [
    ['tests/fixtures/sites/basic alpha 2020-04-01 → 2024-10-01', 'tests/fixtures/sites/basic/content', 'alpha', '2020-04-01', '2024-10-01', '関係する法令を守ります。'],
    ['the real website-policy 2015-12-01 → 2026-11-25', 'content', 'website-policy', '2015-12-01', '2026-11-25', '適用される法令、およびその他の規範を遵守します。'],
  ] as const;

  describe.each(cases)('%s', (_name, contentDir, slug, from, to, sentence) => {
    let docx: DocxDocument;
    beforeAll(async () => {
      docx = await docxOf(await revisionsDiff(contentDir, slug, from, to), { slug, older: { date: from, dateBasis: 'effective' }, newer: { date: to, dateBasis: 'effective', stage: 'in-force' } });
    });

    it('has one table whose first row is the column heads, repeated on every page', () => {
      expect(docx.tables).toHaveLength(1);
      const [head, ...rest] = docx.tables[0]!;
      expect(head!.header).toBe(true);
      expect(head!.cells.map((cell) => cell.text)).toEqual(['改正後', '改正前']);
      expect(rest.every((row) => !row.header)).toBe(true);
    });

    it('underlines exactly the corrected word, on both sides', () => {
      const changed = bodyRows(docx).filter((row) => row.cells.some((cell) => cell.underlined.length > 0));
      expect(changed).toHaveLength(1);
      expect(changed[0]!.cells.map((cell) => cell.underlined)).toEqual([['法令'], ['法例']]);
      expect(flat(changed[0]!.cells[0]!.text)).toContain(sentence);
      expect(flat(changed[0]!.cells[1]!.text)).toContain(sentence.replace('法令', '法例'));
    });

    it('says （略） for the unchanged clauses on both sides, and gives the changed clause its heading', () => {
      const rows = cellTexts(bodyRows(docx));
      expect(rows[0]).toEqual(['（略）', '（略）']);
      expect(rows.at(-1)).toEqual(['（略）', '（略）']);
      const heading = bodyRows(docx).find((row) => row.cells[0]!.paragraphs[0]!.runs.every((run) => run.bold))!;
      expect(heading.cells[0]!.underlined).toEqual([]);
      expect(heading.cells[0]!.paragraphs[0]!.runs[0]!.font).toBe(WORD_FONTS.heading);
    });
  });
});

describe('the Word file of inserted, deleted and moved clauses (tests/fixtures/diff/clauses)', () => {
  const dir = path.join(fixturesRoot, 'diff/clauses');
  let rows: DocxRow[];
  beforeAll(async () => {
    rows = bodyRows(await docxOf(diffDocuments(readFileSync(path.join(dir, 'old.mdx'), 'utf8'), readFileSync(path.join(dir, 'new.mdx'), 'utf8'))));
  });
  const rowWith = (text: string) => rows.find((row) => row.cells.some((cell) => flat(cell.text).includes(text)))!;

  it('marks a new clause （新設） on the old side, its words underlined on the new side', () => {
    const inserted = rowWith('遅滞なく開示します');
    expect(inserted.cells[1]!.text).toBe('（新設）');
    expect(inserted.cells[0]!.underlined).toEqual([inserted.cells[0]!.text]);
    expect(rowWith('第5条（開示の求め）').cells[1]!.text).toBe('（新設）');
  });

  it('marks a removed clause （削る） on the new side, its words underlined on the old side', () => {
    const deleted = rowWith('アンケート送付・回収');
    expect(deleted.cells[0]!.text).toBe('（削る）');
    expect(deleted.cells[1]!.underlined).toEqual(['3.事業システム改善のためのアンケート送付・回収']);
  });

  it('says where a moved clause went and came from', () => {
    const moved = rows.filter((row) => row.cells.some((cell) => cell.text.includes('委託先と契約を結び')));
    expect(moved.map((row) => row.cells.map((cell) => (cell.text.includes('委託先と契約') ? '本文' : cell.text)))).toEqual([
      ['本文', '（「第4条（委託）」から移動）'],
      ['（「第1条（目的）」へ移動）', '本文'],
    ]);
  });

  it('underlines an added phrase on the new side and leaves an underlined blank of its width on the old side', () => {
    const modified = rowWith('適正な取扱い');
    expect(modified.cells.map((cell) => cell.underlined)).toEqual([['と保護'], ['\u3000'.repeat(3)]]);
    expect(rowWith('（問合せ）').cells.map((cell) => cell.underlined)).toEqual([['4'], ['5']]);
  });

  it('puts （略） between the changes, never two in a row', () => {
    const omitted = rows.map((row) => row.cells.every((cell) => cell.text === '（略）'));
    expect(omitted.filter(Boolean).length).toBeGreaterThan(1);
    expect(omitted.some((value, i) => value && omitted[i + 1])).toBe(false);
  });
});

describe('the Word table and the site’s table', () => {
  const cases = readdirSync(path.join(fixturesRoot, 'diff')).filter((name) => existsSync(path.join(fixturesRoot, 'diff', name, 'old.mdx')));

  it.each(cases)('%s: have the same rows, texts and underlined words', async (name) => {
    const dir = path.join(fixturesRoot, 'diff', name);
    const diff = diffDocuments(readFileSync(path.join(dir, 'old.mdx'), 'utf8'), readFileSync(path.join(dir, 'new.mdx'), 'utf8'));
    const rows = bodyRows(await docxOf(diff));
    expect(shinkyuRows(rows)).toEqual(shinkyuRowsOfHtml(parseFragment(renderTable(diff)).querySelector('table.shinkyu')!));
  });
});

describe('the Word file as a document', () => {
  let docx: DocxDocument;
  beforeAll(async () => {
    docx = await docxOf(await revisionsDiff('tests/fixtures/sites/basic/content', 'alpha', '2020-04-01', '2024-10-01'));
  });

  it('is A4 landscape', () => {
    expect(docx.page).toEqual({ width: 16838, height: 11906, orientation: 'landscape' });
  });

  it('opens with the title block: 「〇〇 新旧対照表」, the issuer, the date, the versions and the note', () => {
    const texts = docx.paragraphs.map((paragraph) => paragraph.text);
    expect(texts[0]).toBe('アルファ方針 新旧対照表');
    expect(docx.paragraphs[0]!.align).toBe('center');
    expect(texts).toEqual(expect.arrayContaining(['発行　テスト生活協同組合', '改定日　2024年10月1日', '改正後　2024年10月1日の版', '改正前　2020年4月1日の版']));
    expect(texts.at(-1)).toBe('（傍線部分は改正部分）');
  });

  it('numbers its pages and repeats the title, the versions and the address in the margins', () => {
    expect(docx.footer.flatMap((paragraph) => paragraph.fields)).toEqual(['PAGE', 'NUMPAGES']);
    expect(docx.footer.map((paragraph) => paragraph.text).join('')).toContain('https://privacy.example/policies/alpha/changes/2024-10-01/table/');
    expect(docx.header.map((paragraph) => paragraph.text).join('')).toBe('アルファ方針 新旧対照表\t改正後: 2024年10月1日の版　改正前: 2020年4月1日の版');
  });

  it('sets its text in 游明朝 and its headings in 游ゴシック, and describes them (and ＭＳ 明朝) as Japanese faces Word can substitute', () => {
    const defaults = find(find(docx.root('word/styles.xml'), 'w:docDefaults')!, 'w:rPrDefault')!;
    const fonts = findAll(defaults, 'w:rFonts')[0]!.attributes;
    expect([fonts['w:ascii'], fonts['w:eastAsia'], fonts['w:hAnsi']]).toEqual([WORD_FONTS.text, WORD_FONTS.text, WORD_FONTS.text]);
    const table = findAll(docx.root('word/fontTable.xml'), 'w:font');
    expect(table.map((font) => font.attributes['w:name'])).toEqual(['游明朝', '游ゴシック', 'ＭＳ 明朝', 'ＭＳ ゴシック']);
    for (const font of table) expect(find(font, 'w:charset')!.attributes['w:val']).toBe('80');
  });

  it('is the same bytes every time (no clock, no random ids), dated by the revision', async () => {
    const diff = await revisionsDiff('tests/fixtures/sites/basic/content', 'alpha', '2020-04-01', '2024-10-01');
    const [a, b] = await Promise.all([boardDocx(boardDocument(input(diff))), boardDocx(boardDocument(input(diff)))]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const core = docx.root('docProps/core.xml');
    expect(find(core, 'dcterms:created')!.text).toBe('2024-10-01T00:00:00Z');
    expect(find(core, 'dc:title')!.text).toBe('アルファ方針 新旧対照表');
  });
});

describe('the title block says what stage the revision is at', () => {
  const diff = diffDocuments('関係する法例を守ります。', '関係する法令を守ります。');
  const title = async (stage: BoardStage, dateBasis: 'effective' | 'recorded' = 'effective') =>
    (await docxOf(diff, { newer: { date: '2027-04-01', dateBasis, stage } })).paragraphs.map((paragraph) => paragraph.text);

  it('a draft is a 改定案 with its planned date', async () => {
    const texts = await title('draft');
    expect(texts[0]).toBe('【改定案】');
    expect(texts).toEqual(expect.arrayContaining(['適用予定日　2027年4月1日', '改正後　2027年4月1日付の改定案']));
  });

  it('a scheduled revision has its 改定日, still to come', async () => {
    expect(await title('scheduled')).toContain('改定日　2027年4月1日（適用予定）');
  });

  it('a revision dated the day it was recorded says 収録日', async () => {
    expect(await title('in-force', 'recorded')).toEqual(expect.arrayContaining(['収録日　2027年4月1日', '改正後　2027年4月1日に収録した版']));
  });
});

describe('content that is not plain', () => {
  it('keeps markup characters as text, in every part', async () => {
    const diff = diffDocuments('「\\<a>」と & を"使う"。', '「\\<b>」と & を"使う"。');
    const docx = await docxOf(diff, { title: '<規程> & "方針"', issuer: 'A&B <生協>' });
    expect(docx.paragraphs[0]!.text).toBe('<規程> & "方針" 新旧対照表');
    expect(bodyRows(docx)[0]!.cells.map((cell) => cell.underlined)).toEqual([['b'], ['a']]);
    expect(find(docx.root('docProps/core.xml'), 'dc:creator')!.text).toBe('A&B <生協>');
  });

  it('says the wording did not change, without a table, when only formatting changed', async () => {
    const docx = await docxOf(diffDocuments('個人情報を適切に管理します。', '個人情報を**適切に**管理します。'));
    expect(docx.tables).toEqual([]);
    expect(docx.paragraphs.at(-1)!.text).toBe('文言の変更はありません。');
  });
});
