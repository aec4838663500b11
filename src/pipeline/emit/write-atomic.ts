import { readFile, rename, writeFile } from 'node:fs/promises';

/** Writes via a temporary file so a watcher never sees half a file; an unchanged file is not rewritten. */
export async function writeAtomic(path: string, content: string): Promise<void> {
  try {
    if ((await readFile(path, 'utf8')) === content) return; // unchanged: keep mtime so watchers stay quiet
  } catch {
    // not there yet
  }
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, content);
  await rename(tmp, path);
}
