/**
 * The Markdown a pull request's job summary shows: the content's problems first (a revision
 * the rules refuse is not in the model, so it must not pass unmentioned), changes to the
 * settings files (the registry, the search aliases), then each revision the change adds, with
 * its summary and its diff against the revision before it.
 */
import { isDraft, type Policy } from '../content/index.ts';
import { diffBlockLists, renderTerminal } from '../diff/index.ts';
import { wording } from '../site/index.ts';

/**
 * Text from content as Markdown text: every character that could start structure (a
 * heading, a fence, an image, a table, HTML) is escaped, and a line break cannot end the
 * line it is on, so a summary cannot forge the summary's own structure.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[&<>]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[ch]!)
    .replace(/[\\`*_{}[\]()#+\-.!|~=:]/g, (ch) => `\\${ch}`);
}

/** A code fence longer than any run of backticks in the text, so the text cannot close it. */
function fenced(text: string): string[] {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(Math.max(4, longest + 1));
  return [`${fence}text`, text, fence];
}

export interface SummaryExtras {
  /** The content rules' report ('' when the content may be published). */
  problems: string;
  /** Settings files changed since the ref, each with git's diff. */
  changedSettings: readonly { file: string; diff: string }[];
}

export function addedRevisionsSummary(policies: readonly Policy[], existingFiles: ReadonlySet<string>, since: string, extras: SummaryExtras = { problems: '', changedSettings: [] }): string {
  const lead: string[] = [];
  if (extras.problems !== '') {
    lead.push('### ⚠ 内容に問題があります', '', '次の問題を直すまで公開できません。問題のある版は下の一覧に出ません。', '', ...fenced(extras.problems.trimEnd()), '');
  }
  for (const { file, diff } of extras.changedSettings) {
    lead.push(`### ${markdownText(file)} の変更`, '', ...fenced(diff.trimEnd()), '');
  }
  const sections: string[] = [];
  for (const policy of policies) {
    policy.revisions.forEach((revision, index) => {
      if (existingFiles.has(revision.file)) return;
      const previous = policy.revisions[index - 1];
      const status = isDraft(revision) ? `（${wording.STATE_NAMES.draft}）` : '';
      sections.push(`### ${markdownText(policy.entry.title)} — ${revision.date}${status}`, '', `要約: ${markdownText(revision.data.summary)}`, '');
      // An added revision dated before one already there changes that one's period: the reviewer must see it.
      const later = policy.revisions.slice(index + 1).find((other) => existingFiles.has(other.file));
      if (later) sections.push(`⚠ この版は、すでにある ${later.date} の版より前の日付です。前後の版の適用期間が変わります。日付が正しいか確かめてください。`, '');
      if (!previous) {
        sections.push('この文書の最初の版です。', '');
        return;
      }
      const diff = diffBlockLists(previous.blocks, revision.blocks);
      sections.push(
        `${previous.date} の版との違い: 追加 ${diff.insertedChars} 文字、削除 ${diff.deletedChars} 文字`, '',
        ...fenced(renderTerminal(diff, { color: false }).trimEnd() || '（本文に違いはありません）'), '',
      );
    });
  }
  const heading = `## ${markdownText(since)} から追加された版`;
  const body = sections.length ? sections : ['追加された版はありません。', ''];
  return [heading, '', ...lead, ...body].join('\n');
}
