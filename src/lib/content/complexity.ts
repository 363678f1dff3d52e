/**
 * How much work a body may ask of the parser and the diff engine. Markdown parsing grows
 * much faster than the text for some shapes (runs of emphasis markers and brackets, deep
 * nesting of quotes and lists), and nesting deep enough overflows the stack, so a body is
 * measured before it is parsed, by a linear scan, and its tree after, without recursion.
 * The limits (limits.ts) sit far above what a policy needs: the check and the build finish
 * on anything that passes, and refuse the rest with a message, deterministically.
 */
import type { Root } from 'mdast';
import { LIMITS } from './limits.ts';

export interface TooComplex {
  /** What exceeded its limit, worded for staff. */
  what: string;
  /** Line in the body (1-based), when one place can be named. */
  line?: number;
}

/** Leading `>` markers and the indentation (in columns) of a line: how deep it nests. */
function nestingOf(line: string): { quotes: number; indent: number } {
  let quotes = 0;
  let indent = 0;
  let column = 0;
  for (const ch of line) {
    if (ch === '>') {
      quotes += 1;
      indent = 0;
    } else if (ch === ' ') indent += 1;
    else if (ch === '\t') indent += 4 - (column % 4);
    else break;
    column += 1;
  }
  return { quotes, indent };
}

/** The scan before parsing: nesting per line, emphasis and bracket markers in the whole body. */
export function complexityBeforeParsing(body: string): TooComplex | undefined {
  let emphasisRuns = 0;
  let brackets = 0;
  const lines = body.split('\n');
  for (const [index, line] of lines.entries()) {
    const { quotes, indent } = nestingOf(line);
    if (quotes > LIMITS.quoteDepth) return { what: `引用（>）が ${quotes} 段重なっています（上限 ${LIMITS.quoteDepth} 段）`, line: index + 1 };
    if (indent > LIMITS.indentColumns) return { what: `行頭の字下げが ${indent} 文字あります（上限 ${LIMITS.indentColumns} 文字。箇条書きの入れ子が深すぎます）`, line: index + 1 };
    // A run of * or _ is one emphasis delimiter, however long.
    emphasisRuns += line.match(/\*+|_+/g)?.length ?? 0;
    brackets += line.match(/[[\]]/g)?.length ?? 0;
  }
  if (emphasisRuns > LIMITS.emphasisRuns) return { what: `強調の記号（* や _）が ${emphasisRuns} か所あります（上限 ${LIMITS.emphasisRuns} か所）` };
  if (brackets > LIMITS.brackets) return { what: `角かっこ（[ ]）が ${brackets} 個あります（上限 ${LIMITS.brackets} 個）` };
  return undefined;
}

/** The check after parsing: how deep the tree nests, walked without recursion. */
export function complexityAfterParsing(tree: Root): TooComplex | undefined {
  type Node = { children?: Node[]; position?: { start: { line: number } } | undefined };
  const stack: { node: Node; depth: number }[] = [{ node: tree as Node, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > LIMITS.treeDepth) {
      const line = node.position?.start.line;
      return { what: `入れ子が ${depth} 段あります（上限 ${LIMITS.treeDepth} 段）`, ...(line === undefined ? {} : { line }) };
    }
    for (const child of node.children ?? []) stack.push({ node: child, depth: depth + 1 });
  }
  return undefined;
}
