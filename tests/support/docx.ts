/**
 * A .docx read back as Word would: the zip unpacked (fflate) and its XML parsed
 * (fast-xml-parser, document order kept), then walked into paragraphs, runs and table
 * rows, so tests name what a reader of the document sees, never patterns over markup.
 */
import { unzipSync } from 'fflate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** One parsed XML element: its name, attributes and children in document order. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Text content directly inside (w:t, w:instrText). */
  text: string;
}

export interface DocxRun {
  text: string;
  underline: boolean;
  bold: boolean;
  /** The run is a line break. */
  break: boolean;
  /** The East Asian font the run names, if any. */
  font?: string;
}

export interface DocxParagraph {
  runs: DocxRun[];
  text: string;
  /** w:jc */
  align?: string;
  /** Field instructions in the paragraph (PAGE, NUMPAGES). */
  fields: string[];
}

export interface DocxCell {
  paragraphs: DocxParagraph[];
  /** All the cell's text, paragraphs joined by a newline. */
  text: string;
  /** Each stretch of consecutive underlined text, in reading order. */
  underlined: string[];
}

export interface DocxRow {
  /** w:tblHeader: Word repeats the row at the top of every page. */
  header: boolean;
  cells: DocxCell[];
}

export interface DocxDocument {
  /** Every part of the package, by path. */
  parts: Record<string, string>;
  /** Body paragraphs outside tables, in order. */
  paragraphs: DocxParagraph[];
  tables: DocxRow[][];
  page: { width: number; height: number; orientation?: string };
  header: DocxParagraph[];
  footer: DocxParagraph[];
  root(part: string): XmlElement;
}

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseTagValue: false });

function toElements(nodes: unknown[]): XmlElement[] {
  const out: XmlElement[] = [];
  for (const node of nodes as Record<string, unknown>[]) {
    const name = Object.keys(node).find((key) => key !== ':@')!;
    if (name === '#text' || name === '?xml') continue;
    const childNodes = node[name] as unknown[];
    const text = childNodes.filter((child) => '#text' in (child as object)).map((child) => String((child as Record<string, unknown>)['#text'])).join('');
    out.push({ name, attributes: (node[':@'] as Record<string, string> | undefined) ?? {}, children: toElements(childNodes), text });
  }
  return out;
}

export function parseXml(xml: string): XmlElement {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid)}`);
  return toElements(parser.parse(xml) as unknown[])[0]!;
}

export function find(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child) => child.name === name);
}

export function findAll(element: XmlElement, name: string): XmlElement[] {
  return [...element.children.filter((child) => child.name === name), ...element.children.flatMap((child) => findAll(child, name))];
}

function runOf(run: XmlElement): DocxRun[] {
  const properties = find(run, 'w:rPr');
  const underline = properties ? find(properties, 'w:u') : undefined;
  const font = properties ? find(properties, 'w:rFonts')?.attributes['w:eastAsia'] : undefined;
  const base = {
    underline: underline !== undefined && underline.attributes['w:val'] !== 'none',
    bold: properties ? find(properties, 'w:b') !== undefined : false,
    ...(font ? { font } : {}),
  };
  return run.children.flatMap((child): DocxRun[] => {
    if (child.name === 'w:t') return [{ ...base, text: child.text, break: false }];
    if (child.name === 'w:br') return [{ ...base, text: '\n', break: true }];
    if (child.name === 'w:tab') return [{ ...base, text: '\t', break: false }];
    return [];
  });
}

function paragraphOf(paragraph: XmlElement): DocxParagraph {
  const runs = findAll(paragraph, 'w:r').flatMap(runOf);
  const properties = find(paragraph, 'w:pPr');
  const align = properties ? find(properties, 'w:jc')?.attributes['w:val'] : undefined;
  return {
    runs,
    text: runs.map((run) => run.text).join(''),
    ...(align ? { align } : {}),
    fields: findAll(paragraph, 'w:instrText').map((instruction) => instruction.text.trim()),
  };
}

function underlinedStretches(paragraphs: DocxParagraph[]): string[] {
  const stretches: string[] = [];
  for (const paragraph of paragraphs) {
    let current: string | undefined;
    for (const run of paragraph.runs) {
      if (run.underline && !run.break) current = (current ?? '') + run.text;
      else if (!run.break && current !== undefined) {
        stretches.push(current);
        current = undefined;
      }
    }
    if (current !== undefined) stretches.push(current);
  }
  return stretches;
}

function rowOf(row: XmlElement): DocxRow {
  const properties = find(row, 'w:trPr');
  return {
    header: properties ? find(properties, 'w:tblHeader') !== undefined : false,
    cells: row.children.filter((child) => child.name === 'w:tc').map((cell) => {
      const paragraphs = cell.children.filter((child) => child.name === 'w:p').map(paragraphOf);
      return { paragraphs, text: paragraphs.map((paragraph) => paragraph.text).join('\n'), underlined: underlinedStretches(paragraphs) };
    }),
  };
}

/** Opens a .docx: it must be a zip of well-formed XML parts with a Word document in it. */
export function readDocx(bytes: Uint8Array): DocxDocument {
  const decoder = new TextDecoder();
  const parts = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, decoder.decode(data)]));
  const root = (part: string) => {
    if (!(part in parts)) throw new Error(`the package has no ${part}`);
    return parseXml(parts[part]!);
  };
  const body = find(root('word/document.xml'), 'w:body')!;
  const section = find(body, 'w:sectPr')!;
  const size = find(section, 'w:pgSz')!.attributes;
  const relationships = findAll(root('word/_rels/document.xml.rels'), 'Relationship');
  const partOf = (kind: 'header' | 'footer') => {
    const reference = find(section, `w:${kind}Reference`);
    const target = relationships.find((relationship) => relationship.attributes['Id'] === reference?.attributes['r:id'])?.attributes['Target'];
    return target ? findAll(root(`word/${target}`), 'w:p').map(paragraphOf) : [];
  };
  return {
    parts,
    paragraphs: body.children.filter((child) => child.name === 'w:p').map(paragraphOf),
    tables: body.children.filter((child) => child.name === 'w:tbl').map((table) => table.children.filter((child) => child.name === 'w:tr').map(rowOf)),
    page: { width: Number(size['w:w']), height: Number(size['w:h']), ...(size['w:orient'] ? { orientation: size['w:orient'] } : {}) },
    header: partOf('header'),
    footer: partOf('footer'),
    root,
  };
}

/** What a row of the 新旧対照表 shows: each cell's text (white space aside) and its underlined stretches. */
export interface ShinkyuRow {
  texts: string[];
  underlined: string[][];
}

const squash = (text: string) => text.replace(/\s+/g, '');

/** The body rows of a Word table (its header row left out) as a reader compares them. */
export function shinkyuRows(rows: DocxRow[]): ShinkyuRow[] {
  return rows.filter((row) => !row.header).map((row) => ({ texts: row.cells.map((cell) => squash(cell.text)), underlined: row.cells.map((cell) => cell.underlined) }));
}

/** The body rows of the site's `table.shinkyu`, seen the same way: consecutive underlined (.bosen) text is one stretch, a line break does not end it. */
export function shinkyuRowsOfHtml(table: Element): ShinkyuRow[] {
  return [...table.querySelectorAll('tbody tr')].map((row) => {
    const cells = [...row.querySelectorAll('td')];
    return {
      texts: cells.map((cell) => squash(cell.textContent ?? '')),
      underlined: cells.map((cell) => {
        const stretches: string[] = [];
        let current: string | undefined;
        const walk = (node: Node) => {
          for (const child of node.childNodes) {
            if (child.nodeType !== 3) {
              walk(child);
              continue;
            }
            if ((child.parentElement as Element).closest('.bosen')) current = (current ?? '') + child.textContent;
            else if (current !== undefined) {
              stretches.push(current);
              current = undefined;
            }
          }
        };
        walk(cell);
        if (current !== undefined) stretches.push(current);
        return stretches;
      }),
    };
  });
}
