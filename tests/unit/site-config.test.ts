/** The environment is read in one place and every unusable variable is named. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, readSiteConfig } from '../../src/site.config.ts';

describe('readSiteConfig', () => {
  it('has working defaults and no repository unless one is set', () => {
    const { config, problems } = readSiteConfig({ POLICY_BUILD_DATE: '2026-11-25' });
    expect(problems).toEqual([]);
    expect(config).toMatchObject({ url: DEFAULT_SITE_URL, contentDir: 'content', buildDate: '2026-11-25', preview: false, repository: undefined });
  });

  it('takes an origin, an https repository and its branch', () => {
    const { config, problems } = readSiteConfig({
      SITE_URL: 'https://privacy.example.jp/', POLICY_REPOSITORY_URL: 'https://github.com/o/r/', POLICY_REPOSITORY_BRANCH: 'release/2027', POLICY_PREVIEW: '1',
    });
    expect(problems).toEqual([]);
    expect(config.url).toBe('https://privacy.example.jp');
    expect(config.repository).toEqual({ url: 'https://github.com/o/r', branch: 'release/2027' });
    expect(config.preview).toBe(true);
  });

  it.each([
    ['SITE_URL', 'https://example.jp/privacy/', 'パス'],
    ['SITE_URL', 'example.jp', 'https://'],
    ['SITE_URL', 'ftp://example.jp', 'https://'],
    ['SITE_URL', 'https://example.jp/?q=1', 'パス'],
    ['POLICY_REPOSITORY_URL', 'http://github.com/o/r', 'https://'],
    ['POLICY_REPOSITORY_URL', 'javascript:alert(1)', 'https://'],
    ['POLICY_REPOSITORY_URL', 'https://user:secret@github.com/o/r', 'https://'],
    ['POLICY_BUILD_DATE', '2026-02-30', 'YYYY-MM-DD'],
    ['POLICY_BUILD_DATE', '0226-12-01', '1900〜2100'],
    ['POLICY_BUILD_DATE', '9026-12-01', '1900〜2100'],
    ['POLICY_BUILD_DATE', 'tomorrow', 'YYYY-MM-DD'],
    ['POLICY_PREVIEW', 'true', '1'],
    ['POLICY_REPOSITORY_BRANCH', 'main; rm -rf', 'ブランチ名'],
  ])('refuses %s=%j, naming the variable', (name, value, hint) => {
    const { problems } = readSiteConfig({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(name);
    expect(problems[0]).toContain(value);
    expect(problems[0]).toContain(hint);
  });

  it('names every invalid variable at once', () => {
    const { problems } = readSiteConfig({ SITE_URL: 'x', POLICY_BUILD_DATE: 'y', POLICY_REPOSITORY_URL: 'z' });
    expect(problems.map((problem) => problem.split('「')[0])).toEqual(['SITE_URL', 'POLICY_BUILD_DATE', 'POLICY_REPOSITORY_URL']);
  });
});
