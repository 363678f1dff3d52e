/**
 * Rules the law sets on what the documents say (Japan's APPI), and on the dates that go
 * with them: required items must stay said (struck-through text is not said), a change to
 * text that needs advance notice must carry the day it was announced, an announcement
 * comes before what it announces, a revision cannot predate the policy, and every heading
 * the registry names must exist. Run on the policies once each file has passed its own rules.
 */
import type { Block } from './blocks.ts';
import { stripWhitespace, targetKey } from './blocks.ts';
import { problem } from './messages.ts';
import { isDraft, type Policy, type Revision } from './model.ts';
import type { Problem } from './problems.ts';

/** Where a revision's `announced:` is written (the frontmatter's first line if nowhere). */
const announcedLine = (revision: Revision) => revision.fieldLines.get('announced') ?? 1;

/** What a reader reads in a block. */
const readableKey = (block: Block) => block.readable ?? block.key;

/** Whether a heading's text names the registry's section (spaces around it do not count). */
const namesSection = (heading: string, section: string) => heading.trim() === section.trim();

/**
 * The text under the `section` heading (at any depth), or the whole text, as a reader reads
 * it and acts on it: with where its links lead, its numbers, checkboxes and notes (targets).
 */
function noticeText(revision: Revision, section: string | undefined): string {
  return revision.blocks
    .filter((block) => section === undefined || block.path.some((heading) => namesSection(heading, section)))
    .map((block) => [readableKey(block), ...block.targets.map(targetKey)].join('\u0001'))
    .join('\n');
}

export function checkLegalRules(policies: readonly Policy[], registry: { file: string; lineOfSlug: ReadonlyMap<string, number> }): Problem[] {
  const problems: Problem[] = [];
  for (const { entry, revisions } of policies) {
    // An announcement made before the revision it changes took effect is a mistyped date, not notice.
    let lastPublished: Revision | undefined;
    for (const revision of revisions) {
      const { announced } = revision.data;
      if (announced && entry.established && announced < entry.established && !entry.established.startsWith(announced)) {
        problems.push(problem('announced-before-established', { file: revision.file, line: announcedLine(revision) }, { announced, established: entry.established }));
      }
      if (announced && lastPublished && announced < lastPublished.date) {
        problems.push(problem('announced-before-previous', { file: revision.file, line: announcedLine(revision) }, { announced, previous: lastPublished.date }));
      }
      if (!isDraft(revision)) lastPublished = revision;
    }
    for (const revision of revisions) {
      const text = revision.blocks.map(readableKey).join('');
      for (const item of entry.requiredItems) {
        if (item.anyOf.some((phrase) => text.includes(stripWhitespace(phrase)))) continue;
        problems.push(problem('required-item', { file: revision.file }, { label: item.label, phrases: item.anyOf }));
      }
      const { announced } = revision.data;
      if (announced && announced >= revision.date) problems.push(problem('announced-not-before', { file: revision.file, line: announcedLine(revision) }, { announced, date: revision.date }));
      // A partial date orders before the days it contains: 2019-01 < 2019-01-15.
      if (entry.established && revision.date < entry.established) {
        problems.push(problem('revision-before-established', { file: revision.file }, { date: revision.date, established: entry.established, registryFile: registry.file }));
      }
    }
    for (const event of entry.textlessEvents) {
      // Definitely before: a year or month that contains the established date (2019 and 2019-01) may not be.
      if (entry.established && event.date < entry.established && !entry.established.startsWith(event.date)) {
        problems.push(problem('event-before-established', { file: registry.file, line: registry.lineOfSlug.get(entry.slug) }, { date: event.date, event: event.event, established: entry.established }));
      }
    }
    const notice = entry.advanceNotice;
    if (!notice) continue;
    const { section } = notice;
    // The newest text must still have the heading: were it renamed, later changes under it would escape the rule.
    const newest = revisions.at(-1);
    if (section !== undefined && newest && !newest.blocks.some((block) => block.kind === 'heading' && namesSection(block.text, section))) {
      problems.push(problem('registry-unknown-section', { file: registry.file, line: registry.lineOfSlug.get(entry.slug) }, { section, slug: entry.slug, newest: newest.date }));
    }
    // Each revision is compared with the last published one before it (members never read a draft).
    // Drafts are checked too, so staff learn of a missing notice before publishing.
    let published: Revision | undefined;
    for (const revision of revisions) {
      const previous = published;
      if (!isDraft(revision)) published = revision;
      if (!previous) continue;
      if (revision.data.announced || noticeText(previous, section) === noticeText(revision, section)) continue;
      const where = section ? `「${section}」の記載` : '本文';
      problems.push(problem('advance-notice-missing', { file: revision.file, line: 1 }, { where, previous: previous.date, reason: notice.reason, date: revision.date }));
    }
  }
  return problems;
}
