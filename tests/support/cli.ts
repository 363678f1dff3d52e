import { spawn } from 'node:child_process';
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from './paths.ts';
import { tempDir } from './temp.ts';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real staff CLI, as `npm run policy -- …` would, in `cwd`. */
export function runPolicyCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'scripts/policy.ts'), ...args], {
      cwd: options.cwd ?? projectRoot,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** A scratch project folder holding a copy of a content folder at `content/` (removed by afterAll(removeTempDirs)). */
export async function copyContent(contentDir: string): Promise<string> {
  const dir = await tempDir('policy-cli-');
  await cp(path.resolve(projectRoot, contentDir), path.join(dir, 'content'), { recursive: true });
  return dir;
}
