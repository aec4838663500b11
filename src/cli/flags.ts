import { readFile } from 'node:fs/promises';
import { basename, extname, relative, resolve, sep } from 'node:path';
import type { EntityLike } from '../pipeline/authored/link-edits.ts';
import { eachLinkRecord, readLinkIndex } from '../pipeline/links/store.ts';
import { sitePaths } from '../site-paths.ts';
import { cleanBlocks } from '../pipeline/clean/index.ts';
import { detectFlags } from '../pipeline/flags/index.ts';
import { flagInputFor } from '../pipeline/flags/stage.ts';
import { emptyInput, type Flag, type FlagInput } from '../pipeline/flags/types.ts';
import { extractMetadata } from '../pipeline/metadata/index.ts';
import { decodeSeed } from '../pipeline/read/read-seed.ts';
import { splitBlocks } from '../pipeline/read/split-blocks.ts';

const USAGE = `Usage: npm run --silent flags -- [--json] [--plain] [--strict] FILE...

Prints the editorial-bias flags of each file.
  --json    one JSON object per flag and line: {"file","kind","severity","field","start","end","text","reason","detector"}
  --plain   the file is already-clean article text: offsets index the file as given
            (without it, the file is a raw seed and is cleaned by the pipeline first;
            offsets then index the brief's title or clean body, see "field")
  --strict  exit 1 when a hand-written brief has a finding (default: only when it would stop the build)

A hand-written brief (FILE.mdx) is linted as the build reads it: one line per finding,
  path:line:column  severity  kind  message
at the place in the .mdx file (JSON adds "line", "column", "endLine", "endColumn").
Flags set aside in its \`flags:\` list are not shown.`;

interface Options {
  json: boolean;
  plain: boolean;
  strict: boolean;
  files: string[];
}

function parseArgs(argv: string[]): Options | string {
  const options: Options = { json: false, plain: false, strict: false, files: [] };
  for (const arg of argv) {
    if (arg === '--json') options.json = true;
    else if (arg === '--plain') options.plain = true;
    else if (arg === '--strict') options.strict = true;
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

function flagObject(file: string, f: Flag): Record<string, unknown> {
  return { file, kind: f.kind, severity: f.severity, field: f.field, ...(f.index !== undefined ? { index: f.index } : {}), start: f.start, end: f.end, text: f.text, reason: f.reason, detector: f.detector, ...(f.chain ? { chain: f.chain } : {}) };
}

function line(file: string, f: Flag): string {
  return JSON.stringify(flagObject(file, f));
}

/** Entities the site's last build knew (the link store in generated/links/), so a brief may name them in `entities:`. */
async function corpusEntities(): Promise<EntityLike[]> {
  const dir = sitePaths().linksDir;
  const index = await readLinkIndex(dir);
  if (!index) return []; // not built yet: the gazetteer's entities only
  const entities: EntityLike[] = [];
  for await (const entity of eachLinkRecord(dir, index, 'entities')) entities.push(entity);
  return entities;
}

/** Lints one hand-written brief; true when it has a finding that counts (an error, or any with --strict). */
async function lintFile(file: string, options: Options, entities: EntityLike[]): Promise<boolean> {
  const name = relative(process.cwd(), resolve(file)).split(sep).join('/');
  // Loaded only for briefs: it brings the MDX parser and the link stage's NLP models.
  const { lintBrief } = await import('./brief-lint.ts');
  const { findings, amends } = lintBrief(name, await readFile(file), entities);
  if (amends) process.stderr.write(`${name}: amends seed ${amends}; its flags are the generated brief's: lint the seed (npm run flags -- <seeds folder>/${amends}.txt)\n`);
  for (const f of findings) {
    const place = `${name}:${f.line}:${f.column}`;
    if (options.json && f.flag) process.stdout.write(`${JSON.stringify({ ...flagObject(name, f.flag), line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn })}\n`);
    else (options.json ? process.stderr : process.stdout).write(`${place}  ${f.severity}  ${f.kind}  ${f.message}\n`);
  }
  return findings.some((f) => f.severity === 'error') || (options.strict && findings.length > 0);
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (typeof options === 'string') {
    const help = options === USAGE;
    (help ? process.stdout : process.stderr).write(`${options}\n`);
    return help ? 0 : 2;
  }
  let failed = 0;
  let entities: EntityLike[] | null = null;
  for (const file of options.files) {
    try {
      if (!options.plain && extname(file) === '.mdx') {
        entities ??= await corpusEntities();
        if (await lintFile(file, options, entities)) failed++;
        continue;
      }
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
