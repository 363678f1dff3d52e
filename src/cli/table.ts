/**
 * `npm run policy -- table <slug> <from> <to>`: the board document (理事会資料) of two
 * revisions — their 新旧対照表 — written as .docx (Word), .pdf (printed from the print view
 * by a Chromium-family browser already on the machine) and .html (the print view), named
 * shinkyu-<slug>-<from>-<to>.<ext>. `<to>` may be a draft: the document is then a 改定案.
 * With `--since <git-ref>` instead of the revisions, it writes the documents of every
 * revision added since that ref (the pull-request workflow attaches them).
 *
 * It never overwrites a file unless `--force`. Exit codes as every command: 0 ok, 1 content
 * problems (or a PDF that `--format` asked for and no browser could print), 2 usage errors.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isDraft, type ContentModel, type Policy, type Revision } from '../lib/content/index.ts';
import { boardDocument, boardDocx, boardFileStem, boardPrintHtml, type BoardDocument, type BoardStage } from '../lib/board/index.ts';
import { parseDay, todayInTokyo } from '../lib/dates/index.ts';
import { diffBlockLists } from '../lib/diff/index.ts';
import { timeline, type RevisionState } from '../lib/history/index.ts';
import { revisionFilesAt } from '../lib/publishing/index.ts';
import { urls } from '../lib/site/index.ts';
import { readSiteConfig } from '../site.config.ts';
import { UsageError, type CommandSpec, type OptionSpec, type ParsedArgs } from './args.ts';
import type { CliIo } from './index.ts';
import { findBrowser, openPdfPrinter } from './pdf.ts';

/** What the command borrows from the CLI's other commands, so that it reads content and words its errors as they do. */
export interface CommandHelpers {
  contentOption: OptionSpec;
  contentDirOf(args: ParsedArgs, io: CliIo): string;
  goodContent(args: ParsedArgs, io: CliIo): Promise<ContentModel | undefined>;
  findPolicy(model: ContentModel, slug: string | undefined): Policy;
  revisionOn(policy: Policy, date: string): Revision;
  withGit<T>(work: () => T): T;
  terminalSafe(text: string): string;
}

type Format = 'docx' | 'pdf' | 'html';
const FORMATS: readonly Format[] = ['docx', 'pdf', 'html'];
export const DEFAULT_OUT = 'shinkyu';

const STAGES: Record<RevisionState, BoardStage> = { draft: 'draft', scheduled: 'scheduled', current: 'in-force', past: 'in-force' };

function parseFormats(value: string | undefined): { formats: Format[]; explicit: boolean } {
  if (value === undefined) return { formats: [...FORMATS], explicit: false };
  const words = value.split(',').map((word) => word.trim());
  const unknown = words.filter((word) => !(FORMATS as readonly string[]).includes(word));
  if (unknown.length > 0 || words.length === 0) {
    throw new UsageError(`--format「${value}」は使えません。docx、pdf、html をカンマで区切って指定してください（例: --format docx,pdf）。`);
  }
  return { formats: FORMATS.filter((format) => words.includes(format)), explicit: true };
}

interface Pair {
  policy: Policy;
  older: Revision;
  newer: Revision;
}

/** The board document of a pair, as of a day (which decides 改定案, 改定日 or 適用予定). */
function documentOf({ policy, older, newer }: Pair, asOf: string, io: CliIo): BoardDocument {
  // As the site and `status` see it: drafts stand aside, the published revisions are past, current or scheduled.
  const published = policy.revisions.filter((revision) => !isDraft(revision));
  const state: RevisionState = isDraft(newer) ? 'draft' : timeline(published, asOf).find((entry) => entry.revision === newer)!.state;
  // The site has a 新旧対照表 page for each published revision against the one before it; any other pair is named by its files.
  const consecutive = !isDraft(older) && published.indexOf(older) === published.indexOf(newer) - 1;
  const location = consecutive && state !== 'draft'
    ? new URL(urls.changesTable(policy.entry.slug, newer.date), readSiteConfig(io.env).config.url).href
    : `${older.file} → ${path.posix.basename(newer.file)}`;
  return boardDocument({
    slug: policy.entry.slug,
    title: policy.entry.title,
    issuer: policy.entry.issuer,
    older: { date: older.date, dateBasis: older.data.dateBasis },
    newer: { date: newer.date, dateBasis: newer.data.dateBasis, stage: STAGES[state] },
    diff: diffBlockLists(older.blocks, newer.blocks),
    location,
  });
}

/** The pairs --since asks for: every revision added since the ref, against the revision before it. */
function addedPairs(model: ContentModel, existing: ReadonlySet<string>, io: CliIo, helpers: CommandHelpers): Pair[] {
  const pairs: Pair[] = [];
  for (const policy of model.policies) {
    policy.revisions.forEach((newer, index) => {
      if (existing.has(newer.file)) return;
      const older = policy.revisions[index - 1];
      if (older) pairs.push({ policy, older, newer });
      else io.stderr(helpers.terminalSafe(`${newer.file} はこの文書の最初の版なので、新旧対照表はありません。`));
    });
  }
  return pairs;
}

export function tableCommand(helpers: CommandHelpers): CommandSpec & { run(args: ParsedArgs, io: CliIo): Promise<number> } {
  return {
    name: 'table',
    summary: '2つの版の新旧対照表を、理事会資料として Word・PDF・HTML で書き出します',
    positionals: [
      { name: '<slug>', description: 'ポリシーの slug' },
      { name: '<改正前の日付>', description: '改正前の版（YYYY-MM-DD）' },
      { name: '<改正後の日付>', description: '改正後の版（YYYY-MM-DD。下書きの版も指定できます）' },
    ],
    options: {
      out: { type: 'string', value: '<フォルダ>', description: `書き出す先のフォルダ（既定: ${DEFAULT_OUT}）` },
      format: { type: 'string', value: '<形式>', description: '書き出す形式。docx、pdf、html をカンマで区切ります（既定: すべて）' },
      force: { type: 'boolean', description: '同じ名前のファイルがあっても上書きします' },
      since: { type: 'string', value: '<git の参照>', description: '版を指定する代わりに、その時点から追加された版それぞれについて書き出します（CI 用）' },
      content: helpers.contentOption,
    },
    async run(args, io) {
      const since = args.values['since'] as string | undefined;
      const [slug, from, to] = args.positionals;
      if (since !== undefined && args.positionals.length > 0) throw new UsageError('--since を指定するときは、slug と日付は指定しません。');
      if (since === undefined && (!slug || !from || !to)) throw new UsageError('table には slug と、改正前・改正後の版の日付を指定してください。');
      const { formats, explicit } = parseFormats(args.values['format'] as string | undefined);
      const asOf = io.env['POLICY_BUILD_DATE'] || todayInTokyo();
      if (!parseDay(asOf)) throw new UsageError(`POLICY_BUILD_DATE「${asOf}」は YYYY-MM-DD の実在する日付ではありません。`);
      const contentDir = helpers.contentDirOf(args, io);
      const model = await helpers.goodContent(args, io);
      if (!model) return 1;

      let pairs: Pair[];
      if (since !== undefined) {
        const existing = new Set(helpers.withGit(() => revisionFilesAt(io.cwd, contentDir, since)).map((blob) => blob.file));
        pairs = addedPairs(model, existing, io, helpers);
        if (pairs.length === 0) {
          io.stderr(helpers.terminalSafe(`${since} から追加された版（最初の版を除く）はありません。書き出すものはありません。`));
          return 0;
        }
      } else {
        const policy = helpers.findPolicy(model, slug);
        const older = helpers.revisionOn(policy, from!);
        const newer = helpers.revisionOn(policy, to!);
        if (older.date >= newer.date) throw new UsageError(`改正前の版（${from}）は、改正後の版（${to}）より前の日付にしてください。`);
        pairs = [{ policy, older, newer }];
      }

      const outDir = path.resolve(io.cwd, (args.values['out'] as string | undefined) ?? DEFAULT_OUT);
      const force = args.values['force'] === true;
      const shown = (file: string) => path.relative(io.cwd, file).split(path.sep).join('/');
      const jobs = pairs.map((pair) => {
        const stem = boardFileStem(pair.policy.entry.slug, pair.older.date, pair.newer.date);
        return { pair, files: Object.fromEntries(formats.map((format) => [format, path.join(outDir, `${stem}.${format}`)])) as Partial<Record<Format, string>> };
      });
      const taken = jobs.flatMap((job) => Object.values(job.files)).filter((file) => existsSync(file));
      if (taken.length > 0 && !force) {
        throw new UsageError(`すでにファイルがあります: ${taken.map(shown).join('、')}。上書きはしません（上書きするときは --force を付けます）。`);
      }
      await mkdir(outDir, { recursive: true });
      const write = (file: string, data: string | Uint8Array) => writeFile(file, data, { flag: force ? 'w' : 'wx' });

      const written: string[] = [];
      const documents = jobs.map((job) => ({ ...job, document: documentOf(job.pair, asOf, io) }));
      for (const { files, document } of documents) {
        if (files.docx) await write(files.docx, await boardDocx(document));
        if (files.html) await write(files.html, boardPrintHtml(document));
      }
      let pdfFailed = false;
      if (formats.includes('pdf')) {
        const browser = findBrowser(io.env);
        if (!browser.ok) {
          pdfFailed = true;
          io.stderr(helpers.terminalSafe(`${browser.message}\nPDF は書き出しませんでした${formats.length > 1 ? '（ほかの形式は書き出しました）' : ''}。`));
        } else {
          try {
            const printer = await openPdfPrinter(browser.path);
            try {
              for (const { files, document } of documents) await write(files.pdf!, await printer.print(boardPrintHtml(document)));
            } finally {
              await printer.close();
            }
          } catch (error) {
            if ((error as { code?: string }).code === 'EEXIST') throw error;
            pdfFailed = true;
            const reason = ((error as Error).message ?? String(error)).split('\n')[0];
            io.stderr(helpers.terminalSafe(`ブラウザ（${browser.path}）で PDF を作れませんでした（${reason}）。PDF は書き出しませんでした。`));
          }
        }
      }
      for (const { files } of documents) {
        for (const format of formats) {
          const file = files[format];
          if (file && existsSync(file) && !(format === 'pdf' && pdfFailed)) written.push(shown(file));
        }
      }
      io.stdout(written.join('\n'));
      // A PDF that was asked for by name and could not be made is a failure; by default it is only reported.
      return pdfFailed && explicit ? 1 : 0;
    },
  };
}
