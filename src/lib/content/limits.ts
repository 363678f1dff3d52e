/**
 * Limits on what one content file may ask of the reader, the parser and the diff engine.
 * A policy is a few pages of prose: the longest real revision is about 12 KB, 70 blocks,
 * nests four levels and uses no emphasis or brackets at all. These sit far above that and
 * far below what would make `policy check` or the build hang, overflow the stack, or spend
 * minutes on one file (`npm run bench -- hostile` measures the work at each limit).
 */
export const LIMITS = {
  /** Bytes in one file. */
  fileBytes: 512 * 1024,
  /** Aliases (`*name`) a YAML document may use: none (an alias bomb grows exponentially, an alias key dodges the duplicate-key check). */
  yamlAliases: 0,
  /** Containers a line opens before its text: `>` quotes and list markers (`- `, `1. `), however they are spaced. */
  quoteDepth: 10,
  /** Lines in a body (a policy has about a hundred; lazy continuation lines cost the parser each open container). */
  lines: 10000,
  /** Runs of backticks in a body (code spans). */
  backtickRuns: 500,
  /** Columns of indentation at the start of a line (list nesting). */
  indentColumns: 40,
  /** Runs of `*`, `_` or `~` in a body (emphasis and strikethrough delimiters). */
  emphasisRuns: 500,
  /** `[` and `]` in a body (links, images, references). */
  brackets: 1000,
  /**
   * `{` and `}` in a body, escaped or not. A revision holds no expressions, and the MDX parser
   * spends time growing faster than the square of nested braces (20,000 took 40 s).
   */
  braces: 200,
  /** Levels of the parsed tree. */
  treeDepth: 20,
  /** Blocks (headings, paragraphs, list items, table rows) in a body: the diff engine compares them pairwise. */
  blocks: 1000,
} as const;
