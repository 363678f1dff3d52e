/**
 * Command-line arguments, parsed strictly and explained in Japanese: an unknown option, a
 * missing value, an option given twice or an argument too many is a usage error naming it,
 * never silently ignored (a second `--date` must not quietly win).
 */
import { parseArgs } from 'node:util';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** What the value stands for in the usage (<YYYY-MM-DD>). */
  value?: string;
  description: string;
  /** Shown without brackets in the usage; the command says when it is missing. */
  required?: true;
}

export interface CommandSpec {
  name: string;
  summary: string;
  /** Positional arguments, in order, with what each is. */
  positionals: { name: string; description: string; optional?: boolean }[];
  options: Record<string, OptionSpec>;
}

export class UsageError extends Error {}

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  help: boolean;
}

export function parseCommandArgs(spec: CommandSpec, args: readonly string[]): ParsedArgs {
  const options = Object.fromEntries(Object.entries(spec.options).map(([name, option]) => [name, { type: option.type }]));
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args], allowPositionals: true, strict: true, tokens: true,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new UsageError(explain(error as { code?: string; message: string }, spec));
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} が2回指定されています。1回だけ指定してください。`);
    seen.add(token.name);
  }
  const values = parsed.values as ParsedArgs['values'];
  const help = values['help'] === true;
  if (!help && parsed.positionals.length > spec.positionals.length) {
    const extra = parsed.positionals.slice(spec.positionals.length);
    throw new UsageError(`余分な引数があります: ${extra.map((word) => `「${word}」`).join('')}。値に空白を含むときは全体を "…" で囲んでください。`);
  }
  return { values, positionals: parsed.positionals, help };
}

/** Node's parse errors carry a code and an English message naming the option. */
function explain(error: { code?: string; message: string }, spec: CommandSpec): string {
  const option = /'(-[^']*)'/.exec(error.message)?.[1] ?? /(--?[\w-]+)/.exec(error.message)?.[1] ?? '';
  const name = option.replace(/^-+/, '').split(/[ =]/)[0] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `「${option.split(' ')[0]}」という指定は ${spec.name} にはありません。`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return spec.options[name]?.type === 'boolean'
        ? `--${name} には値を付けません。`
        : `--${name} の後に${spec.options[name]?.value ?? '値'}を書いてください（値が - で始まるときは --${name}=… と書きます）。`;
    default:
      return `引数を読めませんでした（${error.message}）。`;
  }
}
