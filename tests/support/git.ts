import { execFileSync } from 'node:child_process';
import { copyContent } from './cli.ts';

/** git in a scratch repository; identity and signing are set so the user's own git config cannot change the result. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=テスト', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' },
  });
}

/** A scratch git repository whose one commit holds a copy of a content folder at `content/` (see copyContent). */
export async function committedContent(contentDir: string): Promise<string> {
  const dir = await copyContent(contentDir);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', '公開');
  return dir;
}
