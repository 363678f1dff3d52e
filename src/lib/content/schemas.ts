/**
 * Zod schemas of the registry and of revision frontmatter: what the content rules
 * accept, so the build and the CLI accept exactly the same content.
 */
import { z } from 'zod';
import { parsePartialDate } from '../dates/index.ts';
import { hasVisibleText } from './characters.ts';

/** Years before this are typing mistakes (0015 for 2015), never dates of these texts. */
export const EARLIEST_YEAR = 1900;
/** A revision planned further ahead than this is a mistyped year (2205 for 2025), not a plan. */
export const LATEST_YEAR = 2100;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Slugs that name something else: Windows device names (a folder called `con` or `nul`
 * cannot be checked out there) and the words of the site's own addresses; and slugs too
 * long for an address members can read.
 */
const RESERVED_SLUGS = /^(?:con|prn|aux|nul|com\d|lpt\d|history|changes|compare|table|feed|search|index|policies|assets|pagefind|_astro)$/;
export const MAX_SLUG_LENGTH = 60;

export function isReservedSlug(slug: string): boolean {
  return RESERVED_SLUGS.test(slug) || slug.length > MAX_SLUG_LENGTH;
}

/** A date the source states only to the month or year is still a date: never padded to a day. */
const partialDate = z
  .string()
  .refine((text) => (parsePartialDate(text)?.year ?? 0) >= EARLIEST_YEAR, { message: 'YYYY、YYYY-MM または YYYY-MM-DD の実在する日付', params: { rule: 'date' } });

/** Text a reader will see: not empty, not only invisible or blank-looking characters. */
const visibleText = z.string().trim().min(1, { abort: true }).refine(hasVisibleText, { params: { rule: 'invisible' } });

/** An event the source records without any text we hold (e.g. 2001年1月 掲載). */
export const textlessEventSchema = z.strictObject({
  date: partialDate,
  event: z.string().trim().min(1),
  note: z.string().trim().min(1).optional(),
});

const isoDay = z.string().refine((text) => {
  const date = parsePartialDate(text);
  return date?.precision === 'day' && date.year >= EARLIEST_YEAR;
}, { message: 'YYYY-MM-DD の実在する日付', params: { rule: 'date' } });

/** Something the law requires the document to keep saying, found by any of its phrases. */
export const requiredItemSchema = z.strictObject({
  label: z.string().trim().min(1),
  anyOf: z.array(z.string().trim().min(1)).min(1),
});

/** Text whose change must be announced before it takes effect (APPI art. 27(6) for joint use). */
export const advanceNoticeSchema = z.strictObject({
  reason: z.string().trim().min(1),
  /** The `##` heading whose section holds that text; the whole document when absent. */
  section: z.string().trim().min(1).optional(),
});

export const policySchema = z.strictObject({
  slug: z.string().regex(SLUG_PATTERN).refine((slug) => !isReservedSlug(slug), { params: { rule: 'reserved-slug' } }),
  title: visibleText,
  issuer: visibleText,
  /** When the policy was first established (制定), as precisely as the source says; absent when it does not. */
  established: partialDate.optional(),
  textlessEvents: z.array(textlessEventSchema).default([]),
  requiredItems: z.array(requiredItemSchema).default([]),
  advanceNotice: advanceNoticeSchema.optional(),
});

export const registrySchema = z.array(policySchema).min(1);

const plainText = visibleText.refine((text) => !/<[A-Za-z!/]/.test(text), { message: 'HTMLタグを含まない文章', params: { rule: 'html' } });

export const revisionSchema = z.strictObject({
  title: visibleText,
  /** What this revision changed; the first recorded revision says what it is. */
  summary: plainText,
  /**
   * `effective`: the file's date is the one the source gives (改定日).
   * `recorded`: the source gives none, so the date is the day the text was recorded in
   * the portal (収録日), and every page says so.
   */
  dateBasis: z.enum(['effective', 'recorded']).default('effective'),
  /** The source's own wording of its date, verbatim (e.g. 「2013年8月20日改定」). */
  sourceDate: z.string().trim().min(1).optional(),
  /** Drafts appear only in `npm run dev` and preview builds, never in production, search or feeds. */
  status: z.enum(['published', 'draft']).default('published'),
  /** The day a change needing advance notice was announced (must precede the revision's date). */
  announced: isoDay.optional(),
});

export type PolicyEntry = z.infer<typeof policySchema>;
export type TextlessEvent = z.infer<typeof textlessEventSchema>;
export type RevisionData = z.infer<typeof revisionSchema>;
