import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fixturesRoot } from './paths.ts';

export const caseRoot = path.join(fixturesRoot, 'content-rules');

export interface ContentRuleCase {
  name: string;
  /** Content folder, relative to the project root. */
  contentDir: string;
  /** The report `policy check` prints, with paths relative to the case folder. */
  expected: string;
}

/** One folder per malformed-content case: `<case>/content/` beside `<case>/expected.txt`. */
export function contentRuleCases(): ContentRuleCase[] {
  return readdirSync(caseRoot).sort().map((name) => ({
    name,
    contentDir: `tests/fixtures/content-rules/${name}/content`,
    expected: readFileSync(path.join(caseRoot, name, 'expected.txt'), 'utf8').trimEnd(),
  }));
}
