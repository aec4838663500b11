import { readSeedFile } from './src/pipeline/read-seed.ts';
import { splitBlocks } from './src/pipeline/split-blocks.ts';
import { cleanBlocks } from './src/pipeline/clean.ts';
import { extractMetadata } from './src/pipeline/metadata.ts';
import { flagBrief } from './src/pipeline/flags/stage.ts';
for (const f of process.argv.slice(2)) {
  const r = await readSeedFile(f); if (!r.ok) continue;
  const { meta, nodes } = extractMetadata(r.seed, cleanBlocks(splitBlocks(r.seed.text)));
  const res = flagBrief(meta, nodes);
  console.log('=====', f, res.warnings);
  for (const fl of res.flags) console.log(`${fl.kind.padEnd(26)} ${fl.severity.padEnd(7)} ${fl.field}@${fl.start} ${JSON.stringify(fl.text.slice(0,90))}${fl.chain ? ' chain=' + fl.chain.join('>') : ''}`);
}
