/**
 * A content problem as data, in the manner of vfile-message: where it is, which rule
 * found it, what is wrong and what to do. The build, the CLI and the tests all print
 * or assert the same objects.
 */
export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line?: number;
  rule: string;
  /** What is wrong, in Japanese (staff read it). */
  message: string;
  /** What to do about it, in Japanese. */
  hint: string;
}

/** `file:line: message` then the hint on its own line, as compilers print. */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}: ${problem.message}\n  → ${problem.hint}`;
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map(formatProblem).join('\n');
}

/** The report `policy check` prints and the build stops with: a count, then every problem. */
export function problemsReport(problems: readonly Problem[]): string {
  return `コンテンツに ${problems.length} 件の問題があります。\n${formatProblems(problems)}`;
}

/** Stable order for reports: by file, then line. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
