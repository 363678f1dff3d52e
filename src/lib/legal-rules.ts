/**
 * Rules the law sets on what the documents say (Japan's APPI): required items must not
 * disappear, and a change to text that needs advance notice must carry the day it was
 * announced, before it takes effect. Pure, like rules.ts, and run with it.
 */
import { stripWhitespace } from './diff/blocks.ts';
import type { Problem } from './problems.ts';
import type { CheckedPolicy, CheckedRevision } from './rules.ts';

/** The text under the `section` heading (at any depth), or the whole text, as the diff engine reads it. */
function noticeText(revision: CheckedRevision, section: string | undefined): string {
  return revision.blocks
    .filter((block) => section === undefined || block.path.includes(section))
    .map((block) => block.key)
    .join('\n');
}

export function checkLegalRules(policies: readonly CheckedPolicy[]): Problem[] {
  const problems: Problem[] = [];
  for (const { entry, revisions } of policies) {
    for (const revision of revisions) {
      const text = revision.blocks.map((block) => block.key).join('');
      for (const item of entry.requiredItems) {
        if (item.anyOf.some((phrase) => text.includes(stripWhitespace(phrase)))) continue;
        problems.push({
          file: revision.file, rule: 'required-item',
          message: `法令上必要な記載「${item.label}」が見当たりません（「${item.anyOf.join('」「')}」のいずれかが必要です）。`,
          hint: '消してしまった場合は元に戻してください。言い回しを変えた場合は、content/policies.yaml の requiredItems の語句も合わせて直してください。',
        });
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
      if (!announced) {
        problems.push({
          file: revision.file, line: 1, rule: 'advance-notice',
          message: `${where}が前の版（${previous.date}）から変わっていますが、予告した日（announced）がありません。${notice.reason}は、適用の前に知らせる必要があります。`,
          hint: `フロントマターに announced: "YYYY-MM-DD"（${revision.date} より前の、組合員に知らせた日）を書いてください。`,
        });
      } else if (announced >= revision.date) {
        problems.push({
          file: revision.file, line: 1, rule: 'advance-notice',
          message: `予告した日（announced: ${announced}）が、この版の適用日（${revision.date}）より前ではありません。`,
          hint: `${notice.reason}は、適用より前に知らせる必要があります。適用日を遅らせるか、正しい予告日を書いてください。`,
        });
      }
    });
  }
  return problems;
}
