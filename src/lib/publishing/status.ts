/** What `npm run policy -- status` prints: each policy's current, scheduled and draft revisions. */
import { isDraft, type Policy } from '../content/index.ts';
import { formatJapanese } from '../dates/index.ts';
import { currentEntry, timeline } from '../history/index.ts';
import { wording } from '../site/index.ts';

export function statusReport(policies: readonly Policy[], asOf: string): string {
  const { STATE_NAMES, dateLabel } = wording;
  const lines = [`${formatJapanese(asOf)}時点`];
  const list = (revisions: readonly { date: string }[]) => (revisions.length ? revisions.map((r) => r.date).join('、') : 'なし');
  for (const policy of policies) {
    const entries = timeline(policy.revisions.filter((revision) => !isDraft(revision)), asOf);
    const current = currentEntry(entries)?.revision;
    const scheduled = entries.filter((entry) => entry.position === 'scheduled').map((entry) => entry.revision);
    lines.push(
      '',
      `${policy.entry.slug}  ${policy.entry.title}`,
      `  ${STATE_NAMES.current}: ${current ? `${current.date}${current.data.dateBasis === 'recorded' ? `（${dateLabel('recorded')}）` : ''}` : 'なし（まだ適用されている版がありません）'}`,
      `  ${STATE_NAMES.scheduled}: ${list(scheduled)}`,
      `  ${STATE_NAMES.draft}:   ${list(policy.revisions.filter(isDraft))}`,
    );
  }
  return lines.join('\n');
}
