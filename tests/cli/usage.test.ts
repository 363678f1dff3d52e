/**
 * The CLI's own words: help in Japanese, every option error named in Japanese with the
 * usage of that command only, extra and repeated arguments refused, columns aligned by
 * display width, and nothing from content able to drive the terminal. Run in-process:
 * the commands are functions.
 */
import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { COMMANDS, runCli, type CliIo } from '../../src/cli/index.ts';
import { terminalSafe } from '../../src/lib/text/index.ts';
import { projectRoot } from '../support/paths.ts';

const BASIC = 'tests/fixtures/sites/basic/content';

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { cwd: projectRoot, env: {}, colour: false, stdout: (text) => (stdout += `${text}\n`), stderr: (text) => (stderr += `${text}\n`) };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

/** Whether the description column of a help text starts at one display column throughout. */
function aligned(help: string): boolean {
  const rows = help.split('\n').filter((line) => /^ {2}\S/.test(line));
  const columns = rows.map((line) => {
    const [, left] = /^( {2}\S+(?: \S+)*?) {2,}/.exec(line) ?? [];
    return left ? stringWidth(left) + (line.slice(left.length).length - line.slice(left.length).trimStart().length) : -1;
  });
  return rows.length > 1 && new Set(columns).size === 1 && !columns.includes(-1);
}

describe('help', () => {
  it.each([['--help'], ['-h'], ['help']])('policy %s lists every command in Japanese and exits 0', async (flag) => {
    const { code, stdout } = await run([flag]);
    expect(code).toBe(0);
    expect(stdout).toContain('使い方: npm run policy -- <コマンド>');
    for (const command of COMMANDS) expect(stdout).toContain(command.summary);
    expect(aligned(stdout)).toBe(true);
  });

  it.each(COMMANDS.map((command) => command.name))('policy %s --help explains that command only, aligned by display width', async (name) => {
    const { code, stdout, stderr } = await run([name, '--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain(`使い方: npm run policy -- ${name}`);
    for (const other of COMMANDS.filter((command) => command.name !== name)) expect(stdout).not.toContain(`policy -- ${other.name} `);
    expect(aligned(stdout)).toBe(true);
  });
});

describe('usage errors', () => {
  it.each([
    [['check', '--bogus'], '「--bogus」という指定は check にはありません。', 'check'],
    [['status', '--date'], '--date の後に<YYYY-MM-DD>を書いてください', 'status'],
    [['new', 'alpha', '--allow-earlier=yes', '--date', '2030-01-01', '--summary', 'x'], '--allow-earlier には値を付けません。', 'new'],
    [['status', '--date', '2025-01-01', '--date', '2026-01-01'], '--date が2回指定されています。', 'status'],
    [['diff', 'alpha', '2020-04-01', '2024-10-01', 'extra'], '余分な引数があります: 「extra」', 'diff'],
    [['check', 'content'], '余分な引数があります: 「content」', 'check'],
    [['new', 'alpha', '--date', '2030-01-01', '--summary', '要約', 'です'], '余分な引数があります: 「です」', 'new'],
  ])('%j is refused in Japanese with that command’s usage, exit 2', async (argv, message, name) => {
    const { code, stderr, stdout } = await run([...argv, '--content', BASIC]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain(`使い方: npm run policy -- ${name}`);
    expect(stderr).not.toMatch(/Unknown option|argument missing|ERR_PARSE_ARGS/);
    for (const other of COMMANDS.filter((command) => command.name !== name)) expect(stderr).not.toContain(`policy -- ${other.name} `);
  });

  it('names an unknown command and lists the real ones', async () => {
    const { code, stderr } = await run(['chek']);
    expect(code).toBe(2);
    expect(stderr).toContain('「chek」というコマンドはありません。');
    expect(stderr).toContain('各コマンドの説明');
  });
});

describe('what the CLI prints', () => {
  it('shows control characters from content instead of sending them', () => {
    expect(terminalSafe('題名\u001b[31m赤\u0007\u202e')).toBe('題名\\u{1b}[31m赤\\u{7}\\u{202e}');
    expect(terminalSafe('一行目\n二行目\tタブ')).toBe('一行目\n二行目\tタブ');
  });

  it('shows headings in the diff as headings, with no Markdown syntax', async () => {
    const { stdout } = await run(['diff', 'alpha', '2020-04-01', '2024-10-01', '--content', BASIC]);
    expect(stdout).not.toMatch(/^\s*#{1,6} /m);
    expect(stdout).not.toMatch(/\*\*|\[.*\]\(/);
  });
});
