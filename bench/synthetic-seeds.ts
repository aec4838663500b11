import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Deterministic synthetic seeds for benchmarks: page dumps recombined from the
 * real seeds' paragraphs and headlines, wrapped in generic page furniture
 * (menus, share lines, a byline, related links, a footer) so every stage has
 * realistic work to do.
 */

/** Small, fast, seedable PRNG (mulberry32): the same N always gives the same seeds. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SeedPool {
  paragraphs: string[];
  headlines: string[];
}

/** Paragraphs (20+ words) and headline-like lines (5-16 words, no final period) from a folder of seeds. */
export async function poolFromSeeds(seedsDir: string): Promise<SeedPool> {
  const paragraphs = new Set<string>();
  const headlines = new Set<string>();
  for (const file of (await readdir(seedsDir)).sort()) {
    const text = (await readFile(join(seedsDir, file), 'utf8')).replace(/\r\n?/g, '\n');
    for (const block of text.split(/\n\s*\n/)) {
      const joined = block.split('\n').map((l) => l.trim()).join(' ').trim();
      const words = joined.split(/\s+/).length;
      if (words >= 20 && /[.!?"”]$/.test(joined)) paragraphs.add(joined);
      else if (words >= 5 && words <= 16 && !/[.:]$/.test(joined) && !block.includes('\n')) headlines.add(joined);
    }
  }
  return { paragraphs: [...paragraphs], headlines: [...headlines] };
}

const OUTLETS = ['The Daily Ledger', 'Harbour Post', 'Northern Wire', 'Metro Chronicle', 'Global Monitor', 'Capital Review', 'The Evening Star', 'Coastal Times'];
const AUTHORS = ['Maria Lopez', 'James Carter', 'Aiko Tanaka', 'Omar Haddad', 'Lena Fischer', 'Priya Nair', 'Tom Becker', 'Sofia Rossi'];
const MENU = ['Home', 'World', 'Business', 'Technology', 'Opinion', 'Sport', 'Culture', 'Science'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** One synthetic page dump. */
export function syntheticSeed(pool: SeedPool, index: number): string {
  const random = prng(index * 7919 + 17);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const outlet = pick(OUTLETS);
  const headline = `${pick(pool.headlines)} (${index})`;
  const date = `${pick(MONTHS)} ${1 + Math.floor(random() * 28)}, ${2019 + Math.floor(random() * 7)}`;
  const count = 6 + Math.floor(random() * 10);
  const body = Array.from({ length: count }, () => pick(pool.paragraphs));
  const related = Array.from({ length: 3 }, () => pick(pool.headlines));
  return [
    outlet,
    ...MENU.map((m) => `  • ${m}`),
    '',
    headline,
    '',
    `By ${pick(AUTHORS)}`,
    date,
    'Share on Facebook Share on X',
    '',
    ...body.flatMap((p) => [p, '']),
    'Read More',
    '',
    ...related.flatMap((r) => [r, '']),
    `© ${2019 + Math.floor(random() * 7)} ${outlet}. All rights reserved.`,
    'This website uses cookies. By continuing you agree to our cookie policy.',
    '',
  ].join('\n');
}

/** Writes N synthetic seeds into dir (created if missing). */
export async function writeSyntheticSeeds(dir: string, n: number, pool: SeedPool): Promise<void> {
  await mkdir(dir, { recursive: true });
  const width = String(n).length;
  for (let i = 0; i < n; i++) await writeFile(join(dir, `syn-${String(i).padStart(width, '0')}.txt`), syntheticSeed(pool, i));
}
