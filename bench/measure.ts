import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  ms: number;
  /** Peak of the summed resident memory of the process and all its descendants, in MB. */
  peakRssMb: number;
  /** CPU time (user + system) of the process and its descendants, in seconds: on a shared machine a steadier figure than wall time. */
  cpuS: number;
  output: string;
  code: number | null;
}

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS = 100;

/** Runs a command, sampling the whole process tree's RSS and CPU time from /proc every 100 ms. */
export function measure(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let peak = 0;
    // Latest CPU ticks seen per process of the tree: a process that ended keeps its last sample.
    const ticks = new Map<number, number>();
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setInterval(() => {
      if (!child.pid) return;
      const tree = processTree(child.pid);
      peak = Math.max(peak, tree.rssKb);
      for (const [pid, t] of tree.ticks) ticks.set(pid, Math.max(t, ticks.get(pid) ?? 0));
    }, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const cpuS = [...ticks.values()].reduce((a, b) => a + b, 0) / TICKS;
      resolve({ ms: performance.now() - start, peakRssMb: peak / 1024, cpuS, output, code });
    });
  });
}

function processTree(root: number): { rssKb: number; ticks: Map<number, number> } {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      rss.set(Number(name), kb);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
      // Fields after the command name (which may hold spaces) start at field 3; utime and stime are fields 14 and 15.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpu.set(Number(name), Number(fields[11]) + Number(fields[12]));
    } catch {
      // the process ended while we looked
    }
  }
  let rssKb = 0;
  const ticks = new Map<number, number>();
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    rssKb += rss.get(pid) ?? 0;
    ticks.set(pid, cpu.get(pid) ?? 0);
    stack.push(...(children.get(pid) ?? []));
  }
  return { rssKb, ticks };
}
