/**
 * Runs every benchmark in bench/: each file with a line `// @bench` at its
 * top, one after another, in its own Node process. `npm run bench` calls
 * this; it is not part of `npm test`. Results go to bench/results/ (git-ignored).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = import.meta.dirname;
// Plain words pick benchmarks by file name; options (--sizes 100,1000) go to every benchmark run.
const args = process.argv.slice(2);
const firstOption = args.findIndex((a) => a.startsWith('--'));
const only = firstOption < 0 ? args : args.slice(0, firstOption);
const options = firstOption < 0 ? [] : args.slice(firstOption);
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && /^\/\/ @bench\b/m.test(readFileSync(join(dir, f), 'utf8')))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();
let failed = 0;
for (const file of benches) {
  console.log(`\n=== ${file}`);
  const result = spawnSync(process.execPath, [join(dir, file), ...options], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
if (benches.length === 0) console.log('no benchmarks found (files need a `// @bench` line)');
process.exit(failed > 0 ? 1 : 0);
