/** A preview build (POLICY_PREVIEW=1) shows drafts, clearly marked, for staff to read before publishing. */
import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { astroBuildOrThrow } from '../support/build.ts';
import { fixturesRoot, outputRoot } from '../support/paths.ts';
import { flat, readPage, textOf } from '../support/html.ts';

const site = path.join(outputRoot, 'basic-preview');

beforeAll(async () => {
  await astroBuildOrThrow({
    contentDir: path.join(fixturesRoot, 'sites/basic/content'), outDir: site, buildDate: '2025-06-01', env: { POLICY_PREVIEW: '1' },
  });
});

describe('a preview build', () => {
  it('publishes the draft with a 下書き banner', async () => {
    const text = flat(textOf(await readPage(site, '/policies/beta/2025-03-01/')));
    expect(text).toContain('下書き:この版はまだ公開されていません。');
    expect(text).toContain('問合せ先を追加します。');
  });

  it('makes the draft current when its date has come, so staff see what members will see', async () => {
    expect(flat(textOf(await readPage(site, '/policies/beta/')))).toContain('下書き');
  });
});
