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

/**
 * Runs the real staff CLI, as `npm run policy -- …` would, in `cwd`. `unprivileged`: as a user
 * the file permissions bind (root reads everything), through util-linux's setpriv when root.
 */
export function runPolicyCli(args: string[], options: { cwd?: string; env?: Record<string, string>; unprivileged?: boolean } = {}): Promise<CliResult> {
  const command = [process.execPath, path.join(projectRoot, 'scripts/policy.ts'), ...args];
  const [program, ...programArgs] = options.unprivileged && process.getuid?.() === 0
    ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', ...command]
    : command;
  return new Promise((resolve, reject) => {
    const child = spawn(program!, programArgs, {
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
