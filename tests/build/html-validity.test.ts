/**
 * Every built page passes html-validate with the project's .htmlvalidate.json
 * (html-validate:recommended + document; every relaxed rule says why there), and with the
 * same settings on the html-validate:standard preset.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type ConfigData } from 'html-validate';
import { builtFiles } from '../support/site-files.ts';
import { builtSites, projectRoot } from '../support/paths.ts';

// Resolves .htmlvalidate.json from each file's folder upwards, as the html-validate CLI does.
const recommended = new HtmlValidate(new FileSystemConfigLoader());
const projectConfig = JSON.parse(readFileSync(path.join(projectRoot, '.htmlvalidate.json'), 'utf8')) as ConfigData;
const standard = new HtmlValidate({
  ...projectConfig,
  extends: (projectConfig.extends ?? []).map((preset) => (preset === 'html-validate:recommended' ? 'html-validate:standard' : preset)),
});

async function problemsIn(validator: HtmlValidate, files: string[], base: string): Promise<string[]> {
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(path.join(base, file));
    for (const result of report.results) {
      for (const message of result.messages) problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  return problems;
}

describe('HTML validity', () => {
  describe.each([['recommended', recommended], ['standard', standard]] as const)('html-validate:%s', (_preset, validator) => {
    it.each(Object.entries(builtSites))('%s: every page has zero errors', async (_name, dir) => {
      const files = await builtFiles(dir, '.html');
      expect(files.length).toBeGreaterThan(5);
      expect(await problemsIn(validator, files, dir)).toEqual([]);
    });
  });

  it('the configuration still rejects broken markup', async () => {
    // Validated as if it were a page in the project, so .htmlvalidate.json applies.
    const broken = '<!doctype html><html lang="ja"><head><title>x</title></head><body><main><img src="a.png"><p id="x">a</p><p id="x">b</p><div aria-labelledby="nobody" role="region"></div></main></body></html>';
    const report = await recommended.validateString(broken, path.join(projectRoot, 'tests/.output/probe.html'));
    const rules = report.results.flatMap((result) => result.messages.map((message) => message.ruleId));
    expect(rules).toEqual(expect.arrayContaining(['wcag/h37', 'no-dup-id', 'no-missing-references']));
  });
});
