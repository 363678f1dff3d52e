/**
 * The text of a new revision file: the latest revision's body, unchanged, under new
 * frontmatter. Dates and summaries are checked here so the CLI only does I/O.
 */
import { EARLIEST_YEAR, LATEST_YEAR, describeCodePoint, findCharacters, type Policy } from '../content/index.ts';
import { parseDay } from '../dates/index.ts';

export interface NewRevisionRequest {
  date: string;
  summary: string;
  /** Allow a date on or before the latest revision's (a correction dated in the past). */
  allowEarlier?: boolean;
}

export type NewRevisionPlan =
  | { ok: true; date: string; text: string; basedOn: string }
  | { ok: false; message: string };

export function planNewRevision(policy: Policy, request: NewRevisionRequest): NewRevisionPlan {
  if (!parseDay(request.date)) {
    return { ok: false, message: `日付「${request.date}」は YYYY-MM-DD の実在する日付ではありません。` };
  }
  // The same years the content rules accept, so the file written passes the check.
  const year = Number(request.date.slice(0, 4));
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
    return { ok: false, message: `日付「${request.date}」の年は、この文書の日付として考えられません。年を4桁で正しく書いてください。` };
  }
  const summary = request.summary.trim();
  if (summary === '') return { ok: false, message: '--summary に、この版で何が変わるかを書いてください。' };
  if (/<[A-Za-z!/]/.test(summary)) return { ok: false, message: '--summary に HTML タグは使えません。普通の文章で書いてください。' };
  // The same characters the content rules refuse: the file written must pass the check.
  const [hidden] = findCharacters(summary, 1);
  if (hidden) return { ok: false, message: `--summary に見えない文字や制御文字 ${describeCodePoint(hidden.codePoint)} が含まれています。要約を打ち直してください。` };

  const latest = policy.revisions.at(-1);
  if (!latest) return { ok: false, message: `「${policy.entry.slug}」には元にする版がありません。最初の版は手で作ります。` };
  if (policy.revisions.some((revision) => revision.date === request.date)) {
    return { ok: false, message: `${request.date} の版はすでにあります。公開した版は書き換えず、別の日付の新しい版を作ってください。` };
  }
  if (request.date <= latest.date && !request.allowEarlier) {
    return { ok: false, message: `日付 ${request.date} が最新の版（${latest.date}）より前です。本当にその日付でよければ --allow-earlier を付けてください。` };
  }
  // JSON strings are valid YAML double-quoted scalars, so any title or summary is written safely.
  const frontmatter = ['---', `title: ${JSON.stringify(latest.data.title)}`, `summary: ${JSON.stringify(summary)}`, '---'].join('\n');
  return { ok: true, date: request.date, text: `${frontmatter}\n${latest.body}`, basedOn: latest.file };
}
