/**
 * The content model, read once: `readContent` lists the content folder, reads every file
 * as bytes, checks the registry and each revision (name, encoding, frontmatter, the one
 * Markdown dialect, text only), derives each body's blocks, then the rules that span files
 * and the legal rules. Everything downstream (the Astro loader, so the pages, feeds,
 * manifest and search index; and every CLI command) takes this model; nothing else opens
 * a content file. `policy check` prints its problems; the build stops on the same ones.
 */
import { checkAliases, checkEverydayWords } from './aliases.ts';
import { checkRegistry } from './registry.ts';
import { readContentFiles } from './files.ts';
import { checkLegalRules } from './legal.ts';
import { problem } from './messages.ts';
import type { ContentModel, Policy, Revision } from './model.ts';
import { sortProblems, type Problem } from './problems.ts';
import { checkRevisionFile, dateOfName } from './revision.ts';
import { checkSiteLinks } from './site-links.ts';

export type { ContentModel, Policy, Revision } from './model.ts';
export type { EverydayWords, SearchAlias } from './aliases.ts';
export { isDraft } from './model.ts';
export type { Block, BlockKind, SectionRef, Target } from './blocks.ts';
export { blocksOfTree, stripWhitespace, targetKey } from './blocks.ts';
export { parseBody } from './markdown.ts';
export { renderBody } from './render.ts';
export { PAGE_IDS } from './anchors.ts';
export { splitFrontmatter } from './frontmatter.ts';
export { sha256Of, POLICIES_DIR, REGISTRY_FILE, ALIASES_FILE, EVERYDAY_WORDS_FILE, SETTINGS_FILES } from './files.ts';
export { formatProblem, formatProblems, problemsReport, sortProblems, type Problem } from './problems.ts';
export { problem, contentRuleIds, RULES, type RuleId } from './messages.ts';
export type { PolicyEntry, RevisionData, TextlessEvent } from './schemas.ts';
export { LIMITS } from './limits.ts';

/** Two files on one date (2015-12-01.mdx and 2015-12-01.md) would be two texts for one day. */
function duplicateDates(files: readonly { file: string; slug: string; name: string }[]): Problem[] {
  const byDay = Map.groupBy(files.flatMap((raw) => {
    const date = dateOfName(raw.name);
    return date ? [{ ...raw, date }] : [];
  }), (raw) => `${raw.slug}/${raw.date}`);
  return [...byDay.values()].filter((same) => same.length > 1).flatMap((same) => {
    const names = same.map((raw) => raw.name);
    return same.map((raw) => problem('revision-duplicate-date', { file: raw.file }, { slug: raw.slug, date: raw.date, names }));
  });
}

/** `contentDir` may be absolute or relative to `root`; paths in the model are relative to `root`. */
export async function readContent(root: string, contentDir: string): Promise<ContentModel> {
  const found = await readContentFiles(root, contentDir);
  const { registryFile, policiesDir } = found;
  const problems: Problem[] = [...found.problems];
  const registry = checkRegistry(found.registry, registryFile, problems);
  const registered = new Set(registry.entries.map((entry) => entry.slug));

  const revisionsBySlug = new Map<string, Revision[]>();
  for (const raw of found.revisionFiles) {
    // Without a readable registry every folder would be "unregistered": its own problem says enough.
    if (!registered.has(raw.slug)) {
      if (registry.entries.length > 0) {
        problems.push(problem('revision-unregistered', { file: raw.file }, { slug: raw.slug, registryFile, registered: [...registered] }));
      }
      continue;
    }
    const revision = checkRevisionFile(raw, problems);
    if (revision) revisionsBySlug.set(raw.slug, [...(revisionsBySlug.get(raw.slug) ?? []), revision]);
  }
  problems.push(...duplicateDates(found.revisionFiles));

  const withFiles = new Set(found.revisionFiles.map((raw) => raw.slug));
  const policies: Policy[] = registry.entries.map((entry) => {
    if (!withFiles.has(entry.slug)) {
      problems.push(problem('policy-without-revisions', { file: registryFile, line: registry.lineOfSlug.get(entry.slug) }, { slug: entry.slug, policiesDir }));
    }
    const revisions = (revisionsBySlug.get(entry.slug) ?? []).sort((a, b) => (a.date < b.date ? -1 : 1));
    return { entry, revisions };
  });
  problems.push(...checkLegalRules(policies, { file: registryFile, lineOfSlug: registry.lineOfSlug }));
  problems.push(...checkSiteLinks(policies, found.publicPaths));
  // Search aliases and everyday words are checked against the text of every revision read above.
  // Only against all of it: every file of a registered policy read, and every policy with one.
  const textWhole = registry.entries.length > 0
    && !found.problems.some((one) => one.file.startsWith(`${policiesDir}/`))
    && found.revisionFiles.every((raw) => !registered.has(raw.slug) || revisionsBySlug.get(raw.slug)?.some((revision) => revision.file === raw.file))
    && policies.every((policy) => policy.revisions.length > 0);
  const text = textWhole ? policies : undefined;
  const searchAliases = checkAliases(found.aliases, text, problems);
  const searchEverydayWords = checkEverydayWords(found.everydayWords, text, problems);
  return {
    registryFile, policiesDir, policies, searchAliases, searchEverydayWords,
    files: found.revisionFiles.map(({ file, bytes, sha256 }) => ({ file, bytes, sha256 })),
    problems: sortProblems(problems),
  };
}
export { describeCodePoint, findCharacters } from './characters.ts';
export { EARLIEST_YEAR, LATEST_YEAR } from './schemas.ts';
