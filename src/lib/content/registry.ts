/**
 * The registry, `policies.yaml`: which policies exist, in which order, who issues them,
 * and what the law requires each to keep saying.
 */
import { isSeq, type Document, type LineCounter } from 'yaml';
import { decodeText } from './decode.ts';
import type { RawFile } from './files.ts';
import { fieldProblems } from './fields.ts';
import { parseYaml, normaliseNewlines, yamlCharacterProblems } from './frontmatter.ts';
import { problem } from './messages.ts';
import type { Problem } from './problems.ts';
import { policySchema, registrySchema, type PolicyEntry } from './schemas.ts';

export interface Registry {
  entries: PolicyEntry[];
  /** The line of each entry's `slug:`, for problems that concern a whole policy. */
  lineOfSlug: Map<string, number>;
}

function lineOfPath(doc: Document, counter: LineCounter) {
  return (path: readonly PropertyKey[]): number | undefined => {
    const node = path.length === 0 ? doc.contents : doc.getIn(path as unknown[], true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    return range ? counter.linePos(range[0]).line : undefined;
  };
}

/** The registered policies, or none when the registry cannot be read (its problems say why). */
export function checkRegistry(raw: RawFile | undefined, registryFile: string, problems: Problem[]): Registry {
  const none: Registry = { entries: [], lineOfSlug: new Map() };
  const file = registryFile;
  if (!raw) {
    if (!problems.some((found) => found.file === file)) problems.push(problem('registry-missing', { file }, { file }));
    return none;
  }
  const text = decodeText(raw, problems);
  if (text === undefined) return none;
  const parsed = parseYaml(normaliseNewlines(text));
  if (!parsed.ok) {
    problems.push(parsed.reason === 'aliases'
      ? problem('yaml-aliases', { file, line: parsed.line }, {})
      : problem('registry-yaml', { file, line: parsed.line }, { detail: parsed.detail ?? '' }));
    return none;
  }
  const { doc, data, lineCounter } = parsed;
  const lineOf = lineOfPath(doc, lineCounter);
  // Titles and issuers reach every page, feed and Word file: no invisible or control characters, escaped or not.
  const characters = yamlCharacterProblems(file, doc, lineCounter);
  problems.push(...characters);
  if (characters.length > 0) return none;
  if (!isSeq(doc.contents) || !Array.isArray(data) || data.length === 0 || data.some((entry) => entry === null || typeof entry !== 'object' || Array.isArray(entry))) {
    problems.push(problem('registry-shape', { file, line: lineOf([]) ?? 1 }, {}));
    return none;
  }
  const result = registrySchema.safeParse(data);
  if (!result.success) {
    problems.push(...fieldProblems(result.error, { file, data, lineOf, allowedKeys: policySchema.keyof().options }));
    return none;
  }
  const lineOfSlug = new Map<string, number>();
  result.data.forEach((entry, index) => {
    const line = lineOf([index, 'slug']);
    if (lineOfSlug.has(entry.slug)) problems.push(problem('registry-duplicate-slug', { file, line }, { slug: entry.slug }));
    else if (line !== undefined) lineOfSlug.set(entry.slug, line);
  });
  return { entries: result.data, lineOfSlug };
}
