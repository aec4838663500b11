import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { prng } from './synthetic-seeds.ts';

/**
 * Seeds made from real page dumps (a folder of text files, e.g. a development corpus given on
 * the command line): real text on varied subjects, unlike the synthetic recombinations of the
 * five seeds. When more seeds are wanted than there are pages, pages are used again, each
 * reuse varied by its salt: about a sixth of its blank-line-separated blocks after the first
 * few are left out, so a reused page reads as another outlet's version of the story, and its
 * bytes always differ (a different number of trailing newlines).
 */

/** The page files of a folder, in name order (dot-files and empty files left out). */
export async function pageFiles(pagesDir: string): Promise<string[]> {
  const names = (await readdir(pagesDir, { withFileTypes: true })).filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name);
  return names.sort();
}

/** A reuse of a page: salt 0 is the page itself. */
export function variedPage(text: string, salt: number): string {
  if (salt === 0) return text;
  const random = prng(salt * 104729 + text.length);
  const blocks = text.split(/\n[ \t]*\n/);
  // The opening blocks (menus, headline, byline) are kept so cleaning meets the page's own structure.
  const kept = blocks.filter((_, i) => i < 4 || random() >= 1 / 6);
  return `${kept.join('\n\n').trimEnd()}${'\n'.repeat(1 + salt)}`;
}

/** Writes n seeds from the pages of pagesDir into dir: page i % pages, used for the (i / pages)-th time. */
export async function writeRealSeeds(dir: string, n: number, pagesDir: string): Promise<void> {
  const pages = await pageFiles(pagesDir);
  if (pages.length === 0) throw new Error(`no page files in ${pagesDir}`);
  await mkdir(dir, { recursive: true });
  const width = String(n).length;
  const cache = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    const page = pages[i % pages.length]!;
    const salt = Math.floor(i / pages.length);
    let text = cache.get(page);
    if (text === undefined) {
      text = await readFile(join(pagesDir, page), 'utf8');
      if (n > pages.length) cache.set(page, text);
    }
    await writeFile(join(dir, `real-${String(i).padStart(width, '0')}-${page.replace(/\.[^.]*$/, '')}.txt`), variedPage(text, salt));
  }
}
