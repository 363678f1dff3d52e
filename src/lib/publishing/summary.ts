/**
 * The Markdown a pull request's job summary shows: each revision the change adds, with
 * its summary and its diff against the revision before it.
 */
import { isDraft, type Policy } from '../content/index.ts';
import { diffBlockLists, renderTerminal } from '../diff/index.ts';

export function addedRevisionsSummary(policies: readonly Policy[], existingFiles: ReadonlySet<string>, since: string): string {
  const sections: string[] = [];
  for (const policy of policies) {
    policy.revisions.forEach((revision, index) => {
      if (existingFiles.has(revision.file)) return;
      const previous = policy.revisions[index - 1];
      const status = isDraft(revision) ? '（下書き）' : '';
      sections.push(`### ${policy.entry.title} — ${revision.date}${status}`, '', `要約: ${revision.data.summary}`, '');
      if (!previous) {
        sections.push('この文書の最初の版です。', '');
        return;
      }
      const diff = diffBlockLists(previous.blocks, revision.blocks);
      sections.push(
        `${previous.date} の版との違い: 追加 ${diff.insertedChars} 文字、削除 ${diff.deletedChars} 文字`, '',
        // A fence longer than any backtick run in the text keeps the block intact.
        '````text', renderTerminal(diff, { color: false }).trimEnd() || '（本文に違いはありません）', '````', '',
      );
    });
  }
  const heading = `## ${since} から追加された版`;
  return sections.length ? [heading, '', ...sections].join('\n') : `${heading}\n\n追加された版はありません。\n`;
}
