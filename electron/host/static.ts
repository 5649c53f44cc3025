import { readFile } from 'node:fs/promises';
import { contentType } from '../http/content-type.ts';
import { safeJoin } from '../http/safe-path.ts';

export async function readStatic(
  root: string,
  urlPath: string,
): Promise<{ body: Buffer; type: string } | null> {
  const path = safeJoin(root, urlPath);
  if (!path) return null;
  try {
    return { body: await readFile(path), type: contentType(path) };
  } catch {
    return null;
  }
}
