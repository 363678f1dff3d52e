/**
 * Bytes to text, strictly: a BOM or bytes that are not UTF-8 are problems, not silently
 * repaired, so what staff saved is what the site shows.
 */
import type { RawFile } from './files.ts';
import { problem } from './messages.ts';
import type { Problem } from './problems.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeText(raw: Pick<RawFile, 'file' | 'bytes'>, problems: Problem[]): string | undefined {
  const { bytes, file } = raw;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    problems.push(problem('encoding-bom', { file, line: 1 }, {}));
    return undefined;
  }
  try {
    return utf8.decode(bytes);
  } catch {
    problems.push(problem('encoding-utf8', { file }, {}));
    return undefined;
  }
}
