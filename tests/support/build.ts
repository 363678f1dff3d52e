/**
 * Builds a site with the real `npm run build` (scripts/build.ts: `astro build`, then the
 * search index) in a child process (Astro's programmatic build and Vitest's own Vite do not
 * share a process well), with its own content folder, build date and output folder.
 */
import { spawn } from 'node:child_process';
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

export async function astroBuild(options: BuildOptions): Promise<BuildResult> {
  await rm(options.outDir, { recursive: true, force: true });
  const build = path.join(projectRoot, 'scripts/build.ts');
  const env = {
    ...process.env,
    POLICY_CONTENT_DIR: options.contentDir,
    ...(options.buildDate ? { POLICY_BUILD_DATE: options.buildDate } : {}),
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    // Vitest sets NODE_ENV=test, which Astro would read as a dev build (drafts shown).
    NODE_ENV: 'production',
    ...options.env,
  };
  return new Promise((resolve, reject) => {
    // process.execPath is the Node that runs Vitest: Node 24 from node_modules/.bin under npm.
    const child = spawn(process.execPath, [build, '--outDir', options.outDir], { cwd: projectRoot, env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Builds and throws with the build's own output when it fails. */
export async function astroBuildOrThrow(options: BuildOptions): Promise<string> {
  const result = await astroBuild(options);
  if (result.code !== 0) throw new Error(`npm run build failed for ${options.contentDir}:\n${result.output}`);
  return options.outDir;
}
