// Child process for the build benchmark, and a way to run the pipeline alone over any seeds
// folder (no cache): writes OUT/briefs, OUT/report.json (+ OUT/report/), the link store OUT/links/
// and, for tools that read the whole link graph at once, OUT/links.json; prints timings as one JSON line.
// Usage: node bench/pipeline-once.ts SEEDS_DIR OUT
import { runPipeline } from '../src/pipeline/run/run-pipeline.ts';

const [seedsDir, generatedDir] = process.argv.slice(2);
if (!seedsDir || !generatedDir) throw new Error('usage: pipeline-once.ts SEEDS_DIR OUT');
const start = performance.now();
const report = await runPipeline({ seedsDir, briefsDir: `${generatedDir}/briefs`, reportPath: `${generatedDir}/report.json`, linksPath: `${generatedDir}/links.json`, force: true, timeStages: true });
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, stages: report.timings ?? {}, totals: report.totals }));
