/**
 * Builds a site with the real `npm run build` (scripts/build.ts: `astro build`, then the
 * search index) in a child process (Astro's programmatic build and Vitest's own Vite do not
 * share a process well), with its own content folder, build date and output folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { rm } from 'node:fs/promises';
import { projectRoot } from './paths.ts';

export interface BuildOptions {
  /** Content folder, absolute or relative to the project root. */
  contentDir: string;
  outDir: string;
  buildDate?: string;
  env?: Record<string, string>;
}

export interface BuildResult {
  code: number;
  output: string;
}

/** Variables Vitest sets in its workers: its own, and import.meta.env mirrored into process.env. */
const VITEST_VARIABLES = /^(VITEST.*|TEST|DEV|PROD|SSR|MODE|BASE_URL)$/;

/**
 * The environment for Astro started from a test: the test's own, without what Vitest adds.
 * Astro reads DEV=1 as a dev build (drafts shown), so a build that inherited it would not be the
 * one `npm run build` makes; and it serves no pages when it sees VITEST.
 */
export function astroEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const own = Object.entries(process.env).filter(([name]) => !VITEST_VARIABLES.test(name));
  // An override of undefined removes the variable.
  return Object.fromEntries([...own, ...Object.entries(overrides)].filter(([name, value]) => value !== undefined && !(name in overrides && overrides[name] === undefined)));
}

/** A running build: its process (the benchmark polls its memory) and its end. */
export interface StartedBuild {
  child: ChildProcess;
  done: Promise<BuildResult>;
}

/** Starts `npm run build` (scripts/build.ts) into a fresh `outDir`. */
export async function startBuild(options: BuildOptions): Promise<StartedBuild> {
  await rm(options.outDir, { recursive: true, force: true });
  const build = path.join(projectRoot, 'scripts/build.ts');
  const env = astroEnv({
    POLICY_CONTENT_DIR: options.contentDir,
    ...(options.buildDate ? { POLICY_BUILD_DATE: options.buildDate } : {}),
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    // Vitest sets NODE_ENV=test, which Astro would also read as a dev build.
    NODE_ENV: 'production',
    ...options.env,
  });
  // process.execPath is the Node that runs Vitest (or the bench): Node 24 from node_modules/.bin under npm.
  const child = spawn(process.execPath, [build, '--outDir', options.outDir], { cwd: projectRoot, env });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const done = new Promise<BuildResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
  return { child, done };
}

export async function astroBuild(options: BuildOptions): Promise<BuildResult> {
  return (await startBuild(options)).done;
}

/** Builds and throws with the build's own output when it fails. */
export async function astroBuildOrThrow(options: BuildOptions): Promise<string> {
  const result = await astroBuild(options);
  if (result.code !== 0) throw new Error(`npm run build failed for ${options.contentDir}:\n${result.output}`);
  return options.outDir;
}
