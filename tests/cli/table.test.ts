/**
 * `policy table`: the board document of two revisions, run for real on copies of the
 * content. The .docx is opened as a zip of XML, the .pdf (printed by Debian's Chromium) is
 * read back with pdftotext, the .html through an HTML parser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copyContent, runPolicyCli, type CliResult } from '../support/cli.ts';
import { readDocx, type DocxDocument } from '../support/docx.ts';
import { committedContent } from '../support/git.ts';
import { flat, loadPage, one, textOf } from '../support/html.ts';
import { isA4Landscape, readPdf, type PdfPage } from '../support/pdf.ts';
import { removeTempDirs } from '../support/temp.ts';

const BASIC = 'tests/fixtures/sites/basic/content';
const STEM = 'shinkyu-website-policy-2015-12-01-2026-11-25';
/** As of a fixed day, so that which revision is current does not depend on when the tests run. */
const env = { POLICY_BUILD_DATE: '2026-12-01' };
const table = (args: string[], cwd: string, extra: Record<string, string> = {}) => runPolicyCli(['table', ...args], { cwd, env: { ...env, ...extra } });

afterAll(removeTempDirs);

/** The changed words must be in the PDF's text; pdftotext may break a line inside the sentence. */
const pdfText = (pages: PdfPage[]) => flat(pages.map((page) => page.text).join(''));

describe('policy table on the real website-policy correction (2015-12-01 → 2026-11-25)', () => {
  let dir: string;
  let result: CliResult;
  beforeAll(async () => {
    dir = await copyContent('content');
    result = await table(['website-policy', '2015-12-01', '2026-11-25'], dir);
  });

  it('writes the .docx, .pdf and .html into shinkyu/ and prints their paths', async () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual(['docx', 'pdf', 'html'].map((ext) => `shinkyu/${STEM}.${ext}`));
    expect((await readdir(path.join(dir, 'shinkyu'))).sort()).toEqual(['docx', 'html', 'pdf'].map((ext) => `${STEM}.${ext}`));
  });

  it('writes a Word file of the table with the corrected word underlined on both sides', async () => {
    const docx = readDocx(await readFile(path.join(dir, 'shinkyu', `${STEM}.docx`)));
    expect(docx.paragraphs[0]!.text).toBe('このウェブサイトでの個人情報保護について 新旧対照表');
    expect(docx.paragraphs.map((paragraph) => paragraph.text)).toContain('改定日　2026年11月25日');
    const changed = docx.tables[0]!.filter((row) => row.cells.some((cell) => cell.underlined.length > 0));
    expect(changed.map((row) => row.cells.map((cell) => cell.underlined))).toEqual([[['法令'], ['法例']]]);
    // The pair is on the site: every page names its address.
    expect(docx.footer.map((paragraph) => paragraph.text).join('')).toContain('/policies/website-policy/changes/2026-11-25/table/');
  });

  it('prints a PDF on A4 landscape with the heads, the changed words and the page number', () => {
    const pages = readPdf(path.join(dir, 'shinkyu', `${STEM}.pdf`));
    expect(pages.every(isA4Landscape)).toBe(true);
    const text = pdfText(pages);
    for (const words of ['このウェブサイトでの個人情報保護について新旧対照表', '（傍線部分は改正部分）', '改正後', '改正前', '（略）', '適用される法令、', '適用される法例、']) expect(text).toContain(words);
    expect(flat(pages[0]!.text)).toContain(`1/${pages.length}`);
  });

  it('writes the print view as one HTML file holding the table', async () => {
    const page = await loadPage(path.join(dir, 'shinkyu'), `/${STEM}.html`);
    expect(textOf(one(page, 'h1'))).toBe('このウェブサイトでの個人情報保護について 新旧対照表');
    expect([...one(page, 'table.shinkyu').querySelectorAll('.bosen')].map(textOf)).toEqual(['法令', '法例']);
  });

  it('never overwrites a file it wrote, unless --force', async () => {
    const file = path.join(dir, 'shinkyu', `${STEM}.docx`);
    await writeFile(file, 'staff edited this');
    const again = await table(['website-policy', '2015-12-01', '2026-11-25'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`すでにファイルがあります: shinkyu/${STEM}.docx`);
    expect(await readFile(file, 'utf8')).toBe('staff edited this');
    const forced = await table(['website-policy', '2015-12-01', '2026-11-25', '--force', '--format', 'docx'], dir);
    expect(forced.code).toBe(0);
    expect(readDocx(await readFile(file)).tables).toHaveLength(1);
  });
});

describe('policy table refuses', () => {
  let dir: string;
  beforeAll(async () => (dir = await copyContent(BASIC)));

  it.each([
    ['an unknown policy', ['omega', '2020-04-01', '2024-10-01'], '「omega」というポリシーはありません'],
    ['an unknown date', ['alpha', '2020-04-02', '2024-10-01'], '「alpha」に 2020-04-02 の版はありません。ある版: 2020-04-01、2024-10-01'],
    ['from after to', ['alpha', '2024-10-01', '2020-04-01'], '改正前の版（2024-10-01）は、改正後の版（2020-04-01）より前の日付にしてください。'],
    ['from equal to to', ['alpha', '2024-10-01', '2024-10-01'], 'より前の日付にしてください'],
    ['a missing date', ['alpha', '2020-04-01'], 'table には slug と、改正前・改正後の版の日付を指定してください。'],
    ['an unknown format', ['alpha', '2020-04-01', '2024-10-01', '--format', 'docx,odt'], '--format「docx,odt」は使えません'],
    ['revisions together with --since', ['alpha', '2020-04-01', '2024-10-01', '--since', 'HEAD'], '--since を指定するときは'],
  ])('%s, with exit 2 and nothing written', async (_name, args, message) => {
    const result = await table(args, dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
    expect(existsSync(path.join(dir, 'shinkyu'))).toBe(false);
  });

  it('content with problems, with exit 1 and the report', async () => {
    const broken = await copyContent(BASIC);
    await writeFile(path.join(broken, 'content/policies/alpha/2024-10-01.mdx'), '---\ntitle: "アルファ方針"\n---\n本文\n');
    const result = await table(['alpha', '2020-04-01', '2024-10-01'], broken);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('content/policies/alpha/2024-10-01.mdx');
    expect(existsSync(path.join(broken, 'shinkyu'))).toBe(false);
  });
});

describe('policy table without a browser', () => {
  it('says so in Japanese and still writes the Word file and the print view', async () => {
    const dir = await copyContent(BASIC);
    const result = await table(['alpha', '2020-04-01', '2024-10-01', '--out', 'board'], dir, { CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('CHROMIUM_PATH に指定されたブラウザ「/nonexistent/chromium」が見つかりません。');
    expect(result.stderr).toContain('PDF は書き出しませんでした（ほかの形式は書き出しました）。');
    expect(result.stdout.trim().split('\n')).toEqual(['board/shinkyu-alpha-2020-04-01-2024-10-01.docx', 'board/shinkyu-alpha-2020-04-01-2024-10-01.html']);
    expect((await readdir(path.join(dir, 'board'))).sort()).toEqual(['shinkyu-alpha-2020-04-01-2024-10-01.docx', 'shinkyu-alpha-2020-04-01-2024-10-01.html']);
  });

  it('fails (exit 1) when the PDF was asked for by name', async () => {
    const dir = await copyContent(BASIC);
    const result = await table(['alpha', '2020-04-01', '2024-10-01', '--format', 'docx,pdf'], dir, { CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(result.code).toBe(1);
    expect(result.stdout.trim()).toBe('shinkyu/shinkyu-alpha-2020-04-01-2024-10-01.docx');
  });
});

/** A draft revision of alpha that rewrites many clauses: a table of several pages. */
async function longDraft(dir: string): Promise<void> {
  const clauses = (word: string) => Array.from({ length: 40 }, (_, i) =>
    `## 第${i + 1}条（${word}の${i + 1}）\n\n組合は、第${i + 1}条に定める個人情報を、${word}のために必要な範囲で取り扱い、その目的を組合員にあらかじめ知らせます。`).join('\n\n');
  await writeFile(path.join(dir, 'content/policies/alpha/2024-10-01.mdx'), `---\ntitle: "アルファ方針"\nsummary: "多くの条を定めます。"\n---\n${clauses('管理')}\n`);
  await writeFile(path.join(dir, 'content/policies/alpha/2026-04-01.mdx'), `---\ntitle: "アルファ方針"\nsummary: "目的を改めます。"\nstatus: draft\n---\n${clauses('保護')}\n`);
}

describe('policy table of a draft with many changed clauses', () => {
  let dir: string;
  let docx: DocxDocument;
  let pages: PdfPage[];
  beforeAll(async () => {
    dir = await copyContent(BASIC);
    await longDraft(dir);
    const result = await table(['alpha', '2024-10-01', '2026-04-01'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    docx = readDocx(await readFile(path.join(dir, 'shinkyu/shinkyu-alpha-2024-10-01-2026-04-01.docx')));
    pages = readPdf(path.join(dir, 'shinkyu/shinkyu-alpha-2024-10-01-2026-04-01.pdf'));
  });

  it('is a 改定案 with its planned date, named by its source files (it is not on the site)', () => {
    const texts = docx.paragraphs.map((paragraph) => paragraph.text);
    expect(texts[0]).toBe('【改定案】');
    expect(texts).toContain('適用予定日　2026年4月1日');
    expect(docx.footer.map((paragraph) => paragraph.text).join('')).toContain('content/policies/alpha/2024-10-01.mdx → 2026-04-01.mdx');
  });

  it('repeats the column heads on every page of the PDF, each page A4 landscape and numbered', () => {
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, index) => {
      expect(isA4Landscape(page), `page ${index + 1}`).toBe(true);
      const text = flat(page.text);
      expect(text, `page ${index + 1}`).toContain('改正後');
      expect(text, `page ${index + 1}`).toContain('改正前');
      expect(text, `page ${index + 1}`).toContain(`${index + 1}/${pages.length}`);
      expect(text, `page ${index + 1}`).toContain('アルファ方針新旧対照表（改定案）');
    });
    expect(pdfText(pages)).toContain('保護のために必要な範囲');
    expect(pdfText(pages)).toContain('管理のために必要な範囲');
  });

  it('marks the Word table’s head row as repeated and underlines each changed word on both sides', () => {
    const [head, ...rows] = docx.tables[0]!;
    expect(head!.header).toBe(true);
    const changed = rows.filter((row) => row.cells.some((cell) => cell.underlined.length > 0));
    expect(changed).toHaveLength(80);
    expect(new Set(changed.flatMap((row) => row.cells.map((cell) => cell.underlined.join('|'))))).toEqual(new Set(['保護', '管理']));
  });
});

describe('policy table --since (the pull-request workflow)', () => {
  const repository = () => committedContent(BASIC);

  it('writes the documents of every revision added since the ref, and skips a first revision', async () => {
    const dir = await repository();
    await writeFile(path.join(dir, 'content/policies/gamma/2028-01-01.mdx'), '---\ntitle: "ガンマ規程"\nsummary: "第3項を加えます。"\n---\nガンマの本文です。\n\n第2項を新設します。\n\n第3項も新設します。\n');
    await writeFile(path.join(dir, 'content/policies.yaml'), `${await readFile(path.join(dir, 'content/policies.yaml'), 'utf8')}- slug: delta\n  title: デルタ\n  issuer: テスト生活協同組合\n`);
    await mkdir(path.join(dir, 'content/policies/delta'));
    await writeFile(path.join(dir, 'content/policies/delta/2026-01-01.mdx'), '---\ntitle: "デルタ"\nsummary: "最初の版です。"\n---\n本文です。\n');
    const result = await table(['--since', 'HEAD', '--out', 'artifacts', '--format', 'docx,pdf'], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('content/policies/delta/2026-01-01.mdx はこの文書の最初の版なので、新旧対照表はありません。');
    expect(result.stdout.trim().split('\n')).toEqual(['artifacts/shinkyu-gamma-2027-01-01-2028-01-01.docx', 'artifacts/shinkyu-gamma-2027-01-01-2028-01-01.pdf']);
    const docx = readDocx(await readFile(path.join(dir, 'artifacts/shinkyu-gamma-2027-01-01-2028-01-01.docx')));
    expect(docx.tables[0]!.some((row) => row.cells[1]!.text === '（新設）')).toBe(true);
    expect((await stat(path.join(dir, 'artifacts/shinkyu-gamma-2027-01-01-2028-01-01.pdf'))).size).toBeGreaterThan(1000);
  });

  it('says when nothing was added, and writes nothing', async () => {
    const dir = await repository();
    const result = await table(['--since', 'HEAD'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('HEAD から追加された版（最初の版を除く）はありません。');
    expect(existsSync(path.join(dir, 'shinkyu'))).toBe(false);
  });
});
