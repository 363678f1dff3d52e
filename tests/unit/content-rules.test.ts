import { afterAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { contentRuleIds, formatProblems, readContent } from '../../src/lib/content/index.ts';
import { caseRoot, contentRuleCases } from '../support/content-rule-cases.ts';
import { fixturesRoot, projectRoot } from '../support/paths.ts';
import { treeHash } from '../support/tree-hash.ts';
import { removeTempDirs, tempDir } from '../support/temp.ts';

afterAll(removeTempDirs);

describe('content rules on malformed content', () => {
  const cases = contentRuleCases();

  it('has a case for every rule of the catalogue, and no rule outside it', async () => {
    const checks = await Promise.all(cases.map((c) => readContent(projectRoot, c.contentDir)));
    const seen = new Set(checks.flatMap((check) => check.problems.map((problem) => problem.rule)));
    expect([...seen].sort()).toEqual([...contentRuleIds()].sort());
  });

  it.each(cases)('$name: reports the file, the line and the fix, and touches nothing', async ({ name, contentDir, expected }) => {
    const before = await treeHash(path.join(projectRoot, contentDir));
    const { problems } = await readContent(projectRoot, contentDir);
    expect(problems.length).toBeGreaterThan(0);
    const report = formatProblems(problems).replaceAll(`${path.dirname(contentDir)}/`, '');
    // UPDATE_CONTENT_FIXTURES=1 writes a new case's report (read it before committing).
    if (process.env.UPDATE_CONTENT_FIXTURES === '1' && report !== expected) writeFileSync(path.join(caseRoot, name, 'expected.txt'), `${report}\n`);
    else expect(report).toBe(expected);
    expect(await treeHash(path.join(projectRoot, contentDir))).toBe(before);
  });
});

describe('content rules on good content', () => {
  it('accept CRLF line endings', async () => {
    const { problems, policies } = await readContent(projectRoot, path.join(fixturesRoot, 'sites/crlf/content'));
    expect(problems).toEqual([]);
    expect(policies[0]?.revisions[0]?.data.title).toBe('アルファ方針');
  });

  it('accept the fixture site and return its policies in registry order, revisions oldest first', async () => {
    const { problems, policies } = await readContent(projectRoot, path.join(fixturesRoot, 'sites/basic/content'));
    expect(problems).toEqual([]);
    expect(policies.map((policy) => policy.entry.slug)).toEqual(['alpha', 'beta', 'gamma']);
    expect(policies[0]?.revisions.map((revision) => revision.date)).toEqual(['2020-04-01', '2024-10-01']);
    expect(policies[1]?.revisions[0]?.data.dateBasis).toBe('recorded');
    expect(policies[0]?.revisions[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accept the real content', async () => {
    const { problems, policies } = await readContent(projectRoot, 'content');
    expect(formatProblems(problems)).toBe('');
    expect(policies.map((policy) => policy.entry.slug)).toEqual(['basic-policy', 'usage-purposes', 'website-policy', 'my-number', 'federation-notice']);
    expect(policies.every((policy) => policy.revisions.length > 0)).toBe(true);
  });
});

describe('advance notice', () => {
  it('is satisfied by an announcement before the revision takes effect', async () => {
    const dir = await tempDir('notice-');
    await cp(path.join(projectRoot, 'tests/fixtures/content-rules/advance-notice-late/content'), dir, { recursive: true });
    const file = path.join(dir, 'policies/alpha/2021-04-01.mdx');
    await writeFile(file, (await readFile(file, 'utf8')).replace('announced: "2021-04-01"', 'announced: "2021-03-01"'));
    const { problems } = await readContent(projectRoot, dir);
    expect(problems).toEqual([]);
  });
});
