/**
 * The five documents as published today, cut out of ../shared/source/privacy-policy-page.txt
 * by their titles, so tests can hold the built site to the source's exact text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './paths.ts';

export const SOURCE_FILE = path.resolve(projectRoot, '../shared/source/privacy-policy-page.txt');

const ORDER = [
  ['basic-policy', '個人情報保護基本方針'],
  ['usage-purposes', '組合員個人情報利用に関するお知らせ'],
  ['website-policy', 'このウェブサイトでの個人情報保護について'],
  ['my-number', 'マイナンバーについて'],
  ['federation-notice', '個人情報の利用目的および共同利用等についてのお知らせ'],
] as const;
/** Where the site chrome after the last document begins. */
const END = '生活クラブをはじめませんか?';

/**
 * Lines the source prints after マイナンバーについて that belong to the whole page, and
 * so to website-policy: the page's closing and its first-posted date.
 */
export const PAGE_LEVEL_LINES = ['本ページの内容は、当サイトへの掲載日以降適用します。', '以上', '2001年1月 掲載'];

export type SourceDocuments = Record<(typeof ORDER)[number][0], string[]>;

export function readSourceDocuments(): SourceDocuments {
  const lines = readFileSync(SOURCE_FILE, 'utf8').split('\n').map((line) => line.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, ''));
  // The site menu lists the titles first; the documents start after the menu's last entry.
  let cursor = lines.indexOf('マイナンバーについて') + 1;
  const starts = ORDER.map(([, title]) => (cursor = lines.indexOf(title, cursor) + 1) - 1);
  const end = lines.indexOf(END, cursor);
  const documents = Object.fromEntries(ORDER.map(([slug], index) => {
    const span = lines.slice(starts[index], starts[index + 1] ?? end).filter((line) => line !== '');
    return [slug, span];
  })) as SourceDocuments;
  documents['my-number'] = documents['my-number'].filter((line) => !PAGE_LEVEL_LINES.includes(line));
  documents['website-policy'].push(...PAGE_LEVEL_LINES, '2015年12月1日 最終更新');
  return documents;
}

/** Sentences: each line cut after every 。, so a missing sentence is named on its own. */
export function sentencesOf(lines: readonly string[]): string[] {
  return lines.flatMap((line) => line.split(/(?<=。)/)).map((sentence) => sentence.trim()).filter(Boolean);
}
