import { readContentSnapshot } from './content-files.ts';
import { checkContent, type ContentCheck } from './rules.ts';

/** Reads the content folder and applies every rule: what the build and `policy check` both run. */
export async function loadContent(root: string, contentDir: string): Promise<ContentCheck> {
  return checkContent(await readContentSnapshot(root, contentDir));
}
