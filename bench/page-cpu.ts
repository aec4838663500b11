// @bench
// Preloaded into the benchmark's builds (node --import): the main thread's CPU time for each
// page Astro writes, summed by kind of page (first path segment) into the JSON file named by
// DISPATCH_BENCH_PAGE_CPU when the process exits. Astro's logged render time ("(+2ms)") has a
// resolution of 1 ms against pages of 1-2 ms, and it includes waiting for the file write; this
// CPU time has neither (it still moves with the machine's load, as any timing does).
//
// A page starts when Astro logs its path ("├─ /briefs/x/index.html") and ends when it logs
// the time taken; both are written to stdout, which this watches. The build renders two pages
// at a time (build.concurrency), so pages overlap and an end does not say whose it is: while
// any page is open, CPU time goes to the kind of the page that started last. Astro renders
// route by route, so only the page or two where one kind gives way to the next are mixed.
import { writeFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { isMainThread } from 'node:worker_threads';

export interface PageCpu {
  /** Kind of page -> summed main-thread CPU milliseconds and number of pages. */
  [kind: string]: { cpuMs: number; pages: number };
}

/** The kind of a page from its logged output path: the first path segment; "(root)" for the HTML pages at the top. */
export function pageKind(path: string): string {
  const [first = '', ...rest] = path.replace(/^\//, '').split('/');
  return rest.length === 0 && first.endsWith('.html') ? '(root)' : first;
}

const out = process.env.DISPATCH_BENCH_PAGE_CPU;
if (out && isMainThread) {
  const kinds: PageCpu = {};
  let kind: string | null = null;
  let open = 0;
  let markUs = 0;
  const cpuUs = () => {
    const { user, system } = process.threadCpuUsage();
    return user + system;
  };
  // CPU since the last mark goes to the current kind while a page is open; time with no page open is not counted.
  const charge = (nowUs: number) => {
    if (open > 0 && kind !== null) kinds[kind]!.cpuMs += (nowUs - markUs) / 1000;
    markUs = nowUs;
  };
  const write = process.stdout.write.bind(process.stdout) as (chunk: unknown, ...rest: unknown[]) => boolean;
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
    // Colour codes split the text; they are left out before matching.
    const text = stripVTControlCharacters(String(chunk));
    const start = /[├└]─ (\/\S+)/.exec(text);
    if (start) {
      charge(cpuUs());
      kind = pageKind(start[1]!);
      (kinds[kind] ??= { cpuMs: 0, pages: 0 }).pages++;
      open++;
    } else if (open > 0 && /\(\+[\d.]+m?s\)/.test(text)) {
      charge(cpuUs());
      open--;
    }
    return write(chunk, ...rest);
  }) as typeof process.stdout.write;
  // Only the process that rendered pages writes (the build script that starts Astro sees none).
  process.on('exit', () => {
    if (Object.keys(kinds).length > 0) writeFileSync(out, JSON.stringify(kinds));
  });
}
