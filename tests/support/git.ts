import { execFileSync } from 'node:child_process';

/** git in a scratch repository; identity and signing are set so the user's own git config cannot change the result. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=テスト', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' },
  });
}
