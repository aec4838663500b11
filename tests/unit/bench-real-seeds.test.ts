import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { variedPage, writeRealSeeds } from '../../bench/real-seeds.ts';

const page = ['Menu', 'Headline of the story', 'By A. Writer', 'May 2, 2024', ...Array.from({ length: 24 }, (_, i) => `Paragraph ${i} of the story, with a few words.`)].join('\n\n');

describe('seeds from real pages for the build benchmark', () => {
  it('uses a page as it is the first time, and a distinct shortened version of it after', () => {
    expect(variedPage(page, 0)).toBe(page);
    const versions = [1, 2, 3, 4].map((salt) => variedPage(page, salt));
    expect(new Set([page, ...versions]).size).toBe(5);
    for (const v of versions) {
      expect(v.startsWith('Menu\n\nHeadline of the story\n\nBy A. Writer\n\nMay 2, 2024')).toBe(true);
      const blocks = v.trim().split('\n\n');
      expect(blocks.length).toBeLessThan(28);
      expect(blocks.length).toBeGreaterThan(14);
      for (const b of blocks) expect(page).toContain(b);
    }
    expect(variedPage(page, 2)).toBe(variedPage(page, 2));
  });

  it('writes as many seeds as asked, reusing the pages in turn', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dispatch-real-'));
    try {
      await mkdir(join(dir, 'pages'));
      await writeFile(join(dir, 'pages', 'a.txt'), page);
      await writeFile(join(dir, 'pages', 'b.txt'), page.replace('Headline', 'Other headline'));
      await writeRealSeeds(join(dir, 'seeds'), 5, join(dir, 'pages'));
      const names = (await readdir(join(dir, 'seeds'))).sort();
      expect(names).toEqual(['real-0-a.txt', 'real-1-b.txt', 'real-2-a.txt', 'real-3-b.txt', 'real-4-a.txt']);
      const texts = await Promise.all(names.map((n) => readFile(join(dir, 'seeds', n), 'utf8')));
      expect(new Set(texts).size).toBe(5);
      expect(texts[0]).toBe(page);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
