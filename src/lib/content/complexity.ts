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

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

/**
 * The containers a line opens before its text (`>` quotes and list markers, in any order,
 * however spaced: `- - - a` nests three lists on one line) and the widest indentation
 * (in columns) in front of any of them.
 */
function nestingOf(line: string): { containers: number; indent: number } {
  let containers = 0;
  let indent = 0;
  let at = 0;
  for (;;) {
    let columns = 0;
    while (at < line.length && (line[at] === ' ' || line[at] === '\t')) {
      columns += line[at] === '\t' ? 4 - (columns % 4) : 1;
      at += 1;
    }
    indent = Math.max(indent, columns);
    if (line[at] === '>') {
      containers += 1;
      at += 1;
      continue;
    }
    const marker = LIST_MARKER.exec(line.slice(at, at + 11));
    if (!marker) return { containers, indent };
    containers += 1;
    at += marker[0].length;
  }
}

/** The scan before parsing: nesting per line, emphasis and bracket markers in the whole body. */
export function complexityBeforeParsing(body: string): TooComplex | undefined {
  let emphasisRuns = 0;
  let backtickRuns = 0;
  let brackets = 0;
  let braces = 0;
  const lines = body.split('\n');
  if (lines.length > LIMITS.lines) return { what: `本文が ${lines.length} 行あります（上限 ${LIMITS.lines} 行）` };
  for (const [index, line] of lines.entries()) {
    const { containers, indent } = nestingOf(line);
    if (containers > LIMITS.quoteDepth) return { what: `引用（>）や箇条書きの記号が行頭に ${containers} 段重なっています（上限 ${LIMITS.quoteDepth} 段）`, line: index + 1 };
    if (indent > LIMITS.indentColumns) return { what: `行頭の字下げが ${indent} 文字あります（上限 ${LIMITS.indentColumns} 文字。箇条書きの入れ子が深すぎます）`, line: index + 1 };
    // A run of *, _ or ~ is one delimiter, however long; so is a run of backticks.
    emphasisRuns += line.match(/\*+|_+|~+/g)?.length ?? 0;
    backtickRuns += line.match(/`+/g)?.length ?? 0;
    brackets += line.match(/[[\]]/g)?.length ?? 0;
    braces += line.match(/[{}]/g)?.length ?? 0;
  }
  if (emphasisRuns > LIMITS.emphasisRuns) return { what: `強調や取り消し線の記号（* _ ~）が ${emphasisRuns} か所あります（上限 ${LIMITS.emphasisRuns} か所）` };
  if (backtickRuns > LIMITS.backtickRuns) return { what: `コードの記号（\`）が ${backtickRuns} か所あります（上限 ${LIMITS.backtickRuns} か所）` };
  if (braces > LIMITS.braces) return { what: `波かっこ（{ }）が ${braces} 個あります（上限 ${LIMITS.braces} 個）` };
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
