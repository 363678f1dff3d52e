/** What `npm run policy -- status` prints: each policy's current, scheduled and draft revisions. */
import { formatJapanese } from './dates.ts';
import type { CheckedPolicy } from './rules.ts';
import { currentEntry, timeline } from './timeline.ts';

export function statusReport(policies: readonly CheckedPolicy[], asOf: string): string {
  const lines = [`${formatJapanese(asOf)}時点`];
  for (const policy of policies) {
    const published = policy.revisions.filter((revision) => revision.data.status !== 'draft');
    const drafts = policy.revisions.filter((revision) => revision.data.status === 'draft');
    const entries = timeline(published, asOf);
    const current = currentEntry(entries)?.revision;
    const scheduled = entries.filter((entry) => entry.status === 'scheduled').map((entry) => entry.revision);
    const list = (revisions: typeof published) => (revisions.length ? revisions.map((r) => r.date).join('、') : 'なし');
    lines.push(
      '',
      `${policy.entry.slug}  ${policy.entry.title}`,
      `  現在の版: ${current ? `${current.date}${current.data.dateBasis === 'recorded' ? '（収録日）' : ''}` : 'なし（まだ適用されている版がありません）'}`,
      `  改定予定: ${list(scheduled)}`,
      `  下書き:   ${list(drafts)}`,
    );
  }
  return lines.join('\n');
}
