// Child process for the build benchmark: runs the pipeline alone over a seeds
// folder (no cache) and prints its timings as one JSON line.
import { runPipeline } from '../src/pipeline/run-pipeline.ts';

const [seedsDir, generatedDir] = process.argv.slice(2);
if (!seedsDir || !generatedDir) throw new Error('usage: pipeline-once.ts SEEDS_DIR GENERATED_DIR');
const start = performance.now();
const report = await runPipeline({ seedsDir, briefsDir: `${generatedDir}/briefs`, reportPath: `${generatedDir}/report.json`, force: true, timeStages: true });
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, stages: report.timings ?? {}, totals: report.totals }));
