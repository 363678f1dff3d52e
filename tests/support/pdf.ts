/**
 * A PDF read back with Debian's poppler-utils (pdfinfo, pdftotext). Missing tools are a
 * failure, never a skip: the PDF tests are part of what `npm test` proves, and .ci/run
 * installs poppler-utils.
 */
import { execFileSync } from 'node:child_process';

function poppler(tool: 'pdfinfo' | 'pdftotext', args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' });
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') {
      throw new Error(`${tool} not found. Install Debian's poppler-utils (apt-get install -y poppler-utils); .ci/run does this in CI.`);
    }
    throw error;
  }
}

export interface PdfPage {
  /** In points. */
  width: number;
  height: number;
  /** The page's text as pdftotext reads it, reading order kept. */
  text: string;
  /** The text of the page's left and right halves, each read alone: a two-column table's columns, whatever wraps where. */
  halves: { left: string; right: string };
}

/** Every page of a PDF file: its size and its text. */
export function readPdf(file: string): PdfPage[] {
  const info = poppler('pdfinfo', ['-f', '1', '-l', '9999', file]);
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((match) => ({ width: Number(match[1]), height: Number(match[2]) }));
  if (sizes.length === 0) throw new Error(`pdfinfo found no pages in ${file}:\n${info}`);
  return sizes.map((size, index) => {
    const page = ['-f', String(index + 1), '-l', String(index + 1)];
    // At 72 dpi a pixel is a point, so the crop box is in the page's own units.
    const half = (x: number) => poppler('pdftotext', [...page, '-r', '72', '-x', String(Math.floor(x)), '-y', '0', '-W', String(Math.ceil(size.width / 2)), '-H', String(Math.ceil(size.height)), file, '-']);
    return { ...size, text: poppler('pdftotext', [...page, '-layout', file, '-']), halves: { left: half(0), right: half(size.width / 2) } };
  });
}

/** A4 in points is 595.28 × 841.89: landscape when it is wider than tall (Chromium rounds to a few hundredths). */
export function isA4Landscape(page: Pick<PdfPage, 'width' | 'height'>): boolean {
  return Math.abs(page.width - 841.89) < 1 && Math.abs(page.height - 595.28) < 1;
}
