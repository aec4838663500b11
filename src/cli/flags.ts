import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { cleanBlocks } from '../pipeline/clean.ts';
import { detectFlags } from '../pipeline/flags/index.ts';
import { flagInputFor } from '../pipeline/flags/stage.ts';
import { emptyInput, type Flag, type FlagInput } from '../pipeline/flags/types.ts';
import { extractMetadata } from '../pipeline/metadata.ts';
import { decodeSeed } from '../pipeline/read-seed.ts';
import { splitBlocks } from '../pipeline/split-blocks.ts';

const USAGE = `Usage: npm run --silent flags -- [--json] [--plain] FILE...

Prints the editorial-bias flags of each file.
  --json   one JSON object per flag and line: {"file","kind","severity","field","start","end","text","reason","detector"}
  --plain  the file is already-clean article text: offsets index the file as given
           (without it, the file is a raw seed and is cleaned by the pipeline first;
           offsets then index the brief's title or clean body, see "field")`;

interface Options {
  json: boolean;
  plain: boolean;
  files: string[];
}

function parseArgs(argv: string[]): Options | string {
  const options: Options = { json: false, plain: false, files: [] };
  for (const arg of argv) {
    if (arg === '--json') options.json = true;
    else if (arg === '--plain') options.plain = true;
    else if (arg === '--help' || arg === '-h') return USAGE;
    else if (arg.startsWith('-')) return `unknown option ${arg}\n\n${USAGE}`;
    else options.files.push(arg);
  }
  return options.files.length === 0 ? `no file given\n\n${USAGE}` : options;
}

/** The detectors' input for one file: the file itself (--plain) or the pipeline's brief of it. */
async function inputFor(path: string, plain: boolean): Promise<FlagInput> {
  const bytes = await readFile(path);
  const read = decodeSeed(bytes, basename(path));
  if (!read.ok) throw new Error(read.rejection.reason);
  if (plain) return emptyInput({ body: new TextDecoder().decode(bytes) });
  const { meta, nodes } = extractMetadata(read.seed, cleanBlocks(splitBlocks(read.seed.text)));
  return flagInputFor(meta, nodes);
}

function line(file: string, f: Flag): string {
  return JSON.stringify({ file, kind: f.kind, severity: f.severity, field: f.field, ...(f.index !== undefined ? { index: f.index } : {}), start: f.start, end: f.end, text: f.text, reason: f.reason, detector: f.detector, ...(f.chain ? { chain: f.chain } : {}) });
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (typeof options === 'string') {
    const help = options === USAGE;
    (help ? process.stdout : process.stderr).write(`${options}\n`);
    return help ? 0 : 2;
  }
  let failed = 0;
  for (const file of options.files) {
    try {
      const { flags, warnings } = detectFlags(await inputFor(file, options.plain));
      for (const w of warnings) process.stderr.write(`${file}: ${w}\n`);
      for (const f of flags) {
        process.stdout.write(options.json ? `${line(file, f)}\n` : `${file}:${f.field}:${f.start}-${f.end} ${f.severity} ${f.kind}: “${f.text}” — ${f.reason}\n`);
      }
    } catch (error) {
      failed++;
      process.stderr.write(`${file}: ${(error as Error).message}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
