/**
 * Rules the law sets on what the documents say (Japan's APPI): required items must not
 * disappear, and a change to text that needs advance notice must carry the day it was
 * announced, before it takes effect. Run on the policies once each file has passed its own rules.
 */
import { stripWhitespace } from './blocks.ts';
import { problem } from './messages.ts';
import type { Policy, Revision } from './model.ts';
import type { Problem } from './problems.ts';

/** The text under the `section` heading (at any depth), or the whole text, as the diff engine reads it. */
function noticeText(revision: Revision, section: string | undefined): string {
  return revision.blocks
    .filter((block) => section === undefined || block.path.includes(section))
    .map((block) => block.key)
    .join('\n');
}

export function checkLegalRules(policies: readonly Policy[]): Problem[] {
  const problems: Problem[] = [];
  for (const { entry, revisions } of policies) {
    for (const revision of revisions) {
      const text = revision.blocks.map((block) => block.key).join('');
      for (const item of entry.requiredItems) {
        if (item.anyOf.some((phrase) => text.includes(stripWhitespace(phrase)))) continue;
        problems.push(problem('required-item', { file: revision.file }, { label: item.label, phrases: item.anyOf }));
      }
    }
    const notice = entry.advanceNotice;
    if (!notice) continue;
    // Drafts are checked too, so staff learn of a missing notice before publishing.
    revisions.forEach((revision, index) => {
      const previous = revisions[index - 1];
      if (!previous || noticeText(previous, notice.section) === noticeText(revision, notice.section)) return;
      const where = notice.section ? `「${notice.section}」の記載` : '本文';
      const { announced } = revision.data;
      const place = { file: revision.file, line: 1 };
      if (!announced) problems.push(problem('advance-notice-missing', place, { where, previous: previous.date, reason: notice.reason, date: revision.date }));
      else if (announced >= revision.date) problems.push(problem('advance-notice-late', place, { announced, date: revision.date, reason: notice.reason }));
    });
  }
  return problems;
}
