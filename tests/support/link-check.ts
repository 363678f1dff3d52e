/**
 * Checks a built site the way a reader's browser would follow it: every internal href,
 * src and form action resolves (relative to the page's URL) to a file in the build, and
 * every #fragment names an id on its target page. Sitemap <loc> entries are links too.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { builtFiles, builtPages, fileForUrlPath } from './site-files.ts';
import { idsOf, referencesOf } from './html-refs.ts';

export interface LinkReport {
  broken: string[];
  /** How many internal URLs and #fragments were checked, so a test can tell it looked. */
  checked: { internal: number; fragments: number };
}

const SKIPPED_SCHEMES = new Set(['mailto:', 'tel:', 'data:']);

export async function checkInternalLinks(siteDir: string, origin: string): Promise<LinkReport> {
  const ids = new Map<string, Set<string>>();
  const idsIn = async (file: string) => {
    if (!ids.has(file)) ids.set(file, idsOf(await readFile(file, 'utf8')));
    return ids.get(file)!;
  };
  const report: LinkReport = { broken: [], checked: { internal: 0, fragments: 0 } };

  const sources: { where: string; base: string; urls: string[] }[] = [];
  for (const page of await builtPages(siteDir)) {
    sources.push({ where: page.urlPath, base: `${origin}${page.urlPath}`, urls: referencesOf(page.html).map((reference) => reference.url) });
  }
  for (const file of await builtFiles(siteDir, '.xml')) {
    const xml = await readFile(path.join(siteDir, file), 'utf8');
    sources.push({ where: `/${file}`, base: `${origin}/${file}`, urls: [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]!.trim()) });
  }

  for (const { where, base, urls } of sources) {
    for (const raw of urls) {
      const fail = (reason: string) => report.broken.push(`${where}: ${raw} → ${reason}`);
      let url: URL;
      try {
        url = new URL(raw, base);
      } catch {
        fail('URL として読めません');
        continue;
      }
      if (SKIPPED_SCHEMES.has(url.protocol)) continue;
      if (url.protocol === 'javascript:') {
        fail('javascript: の URL は使えません');
        continue;
      }
      if (url.origin !== origin) continue;
      report.checked.internal += 1;
      const target = fileForUrlPath(siteDir, decodeURIComponent(url.pathname));
      if (!target) {
        fail('ファイルがありません');
        continue;
      }
      if (url.hash.length > 1 && target.endsWith('.html')) {
        report.checked.fragments += 1;
        const id = decodeURIComponent(url.hash.slice(1));
        if (!(await idsIn(target)).has(id)) fail(`#${id} という id がありません`);
      }
    }
  }
  return report;
}
