import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pageKind, type PageCpu } from '../../bench/page-cpu.ts';

const HOOK = pathToFileURL(resolve(import.meta.dirname, '../../bench/page-cpu.ts')).href;

/** Runs `script` with the hook preloaded; returns what the hook wrote, or null. */
async function withHook(script: string): Promise<PageCpu | null> {
  const dir = await mkdtemp(join(tmpdir(), 'dispatch-page-cpu-'));
  try {
    const file = join(dir, 'cpu.json');
    await writeFile(join(dir, 'script.mjs'), script);
    const run = spawnSync(process.execPath, [`--import=${HOOK}`, join(dir, 'script.mjs')], { env: { ...process.env, DISPATCH_BENCH_PAGE_CPU: file }, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PageCpu) : null;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// Astro's log of a page: its path (coloured, no newline), then the time it took. Two pages may
// overlap (build.concurrency), so the parts can be written separately.
const start = (path: string) => `process.stdout.write('  \\x1b[34m├─\\x1b[39m \\x1b[2m${path}\\x1b[22m');\n`;
// Burns this much of the thread's CPU time (not wall time: on a loaded machine a wall-clock wait burns less, and the test would fail).
const busy = (ms: number) => `{ const from = process.threadCpuUsage(); let used; do { used = process.threadCpuUsage(from); } while ((used.user + used.system) / 1000 < ${ms}); }\n`;
const end = (ms: number) => `process.stdout.write(' \\x1b[2m(+${ms}ms)\\x1b[22m\\n');\n`;
const page = (path: string, busyMs: number) => start(path) + busy(busyMs) + end(busyMs);

describe('CPU time per page in the build benchmark', () => {
  it('names the kind of a page by its first path segment', () => {
    expect(pageKind('/briefs/some-story/index.html')).toBe('briefs');
    expect(pageKind('/entities/x/2/index.html')).toBe('entities');
    expect(pageKind('/index.html')).toBe('(root)');
    expect(pageKind('/404.html')).toBe('(root)');
    expect(pageKind('/rss.xml')).toBe('rss.xml');
  });

  it('sums the CPU time between each logged path and its logged time, by kind', async () => {
    const cpu = await withHook(page('/briefs/a/index.html', 30) + page('/briefs/b/index.html', 30) + page('/index.html', 5) + "console.log('done');\n");
    expect(Object.keys(cpu!).sort()).toEqual(['(root)', 'briefs']);
    expect(cpu!.briefs!.pages).toBe(2);
    expect(cpu!['(root)']!.pages).toBe(1);
    // The two brief pages burned 60 ms of CPU, the root page 5.
    expect(cpu!.briefs!.cpuMs).toBeGreaterThan(40);
    expect(cpu!.briefs!.cpuMs).toBeGreaterThan(cpu!['(root)']!.cpuMs);
  });

  it('counts pages that overlap (two rendered at a time): each page once, CPU to the kind that started last', async () => {
    const cpu = await withHook(
      start('/briefs/a/index.html') + busy(20) + start('/briefs/b/index.html') + busy(20) + end(40) + busy(20) + end(40) +
        busy(60) + // between pages: not counted
        start('/topics/x/index.html') + busy(5) + end(5),
    );
    expect(cpu!.briefs!.pages).toBe(2);
    expect(cpu!.topics!.pages).toBe(1);
    expect(cpu!.briefs!.cpuMs).toBeGreaterThan(40);
    expect(cpu!.briefs!.cpuMs).toBeLessThan(110);
    expect(cpu!.topics!.cpuMs).toBeLessThan(40);
  });

  it('does not count time outside a page, and writes nothing where no page was logged', async () => {
    const idle = await withHook(`${busy(40)}console.log('building');\n`);
    expect(idle).toBeNull();
    const outside = await withHook(busy(60) + page('/about/index.html', 1));
    expect(outside!.about!.cpuMs).toBeLessThan(30);
  });
});
