/**
 * Zod's issues, told to staff: each becomes a problem of the catalogue, on the line of
 * the field it concerns, naming the field and what it should hold.
 */
import type { z } from 'zod';
import { problem } from './messages.ts';
import type { Problem } from './problems.ts';

/** What each field holds, in the words of the hint (「title: …」の形で題名を書いてください). */
const DESCRIPTIONS: Record<string, string> = {
  title: '題名',
  summary: 'この版で何が変わったかの要約',
  dateBasis: '日付の種類（effective: 改定日、recorded: 収録日）',
  sourceDate: '原文の日付表記',
  status: '版の状態（draft: 下書き）',
  announced: '予告した日（YYYY-MM-DD）',
  slug: 'URL に使う英小文字の名前',
  issuer: '発行する団体名',
  established: '制定日（YYYY-MM-DD、YYYY-MM または YYYY）',
  textlessEvents: '本文の残っていない記録（date と event）',
  requiredItems: '法令上必要な記載（label と anyOf）',
  advanceNotice: '予告が必要な記載（reason と section）',
  date: '日付（YYYY-MM-DD、YYYY-MM または YYYY）',
  event: 'できごと（例: 掲載）',
  note: '補足',
  label: '記載の名前',
  anyOf: 'その記載を示す語句の一覧',
  reason: '予告が必要な理由',
  section: '見出しの文字',
};

const DATE_KEYS = new Set(['date', 'established', 'announced']);
/** Dates that must name a day; the others may be as vague as the source (2001-01). */
const DAY_KEYS = new Set(['announced']);

const EXPECTED: Record<string, string> = { array: '一覧', object: '項目の組' };

export function describe(key: string): string {
  return DESCRIPTIONS[key] ?? key;
}

export interface FieldContext {
  file: string;
  data: unknown;
  /** The line of the value at a path, if the YAML has it. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  allowedKeys: readonly string[];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, step) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[step] : undefined), data);
}

export function fieldProblems(error: z.ZodError, context: FieldContext): Problem[] {
  const { file, data, lineOf, allowedKeys } = context;
  return error.issues.map((issue) => {
    const key = String(issue.path.at(-1) ?? '');
    const parent = valueAt(data, issue.path.slice(0, -1));
    const missing = parent === null || typeof parent !== 'object' || !(key in parent);
    const place = { file, line: lineOf(issue.path) ?? lineOf(issue.path.slice(0, -1)) };
    const description = describe(key);
    if (issue.code === 'unrecognized_keys') {
      return problem('field-unknown', { file, line: lineOf([...issue.path, issue.keys[0]!]) ?? place.line }, { keys: issue.keys, allowed: allowedKeys });
    }
    if (key === 'slug' && issue.code === 'invalid_format') return problem('registry-slug-format', place, { slug: String(valueAt(data, issue.path)) });
    if (issue.code === 'custom') {
      const rule = (issue.params as { rule?: string } | undefined)?.rule;
      const value = String(valueAt(data, issue.path));
      if (rule === 'date' || DATE_KEYS.has(key)) return problem('field-date', place, { key, value, dayOnly: DAY_KEYS.has(key) });
      if (rule === 'reserved-slug') return problem('registry-slug-reserved', place, { slug: value });
      if (rule === 'invisible') return problem('field-invisible', place, { key, description });
      return problem('field-html', place, { key });
    }
    if (missing) return problem('field-missing', place, { key, description });
    if (issue.code === 'too_small') return problem('field-empty', place, { key, description });
    if (issue.code === 'invalid_value') return problem('field-choice', place, { key, choices: issue.values.map(String) });
    const expected = issue.code === 'invalid_type' ? (EXPECTED[issue.expected] ?? '文章') : '文章';
    return problem('field-type', place, { key, expected, description });
  });
}
