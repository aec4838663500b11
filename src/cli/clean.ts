/**
 * Try cleaning and metadata on any article dump:
 *   npm run --silent clean -- --json FILE...   one JSON object per file, one per line
 *   npm run --silent clean -- FILE...          a readable view
 */
import { resolve } from 'node:path';
import { cleanBlocks } from '../pipeline/clean/index.ts';
import { plainText } from '../pipeline/clean/plain-text.ts';
import { extractMetadata } from '../pipeline/metadata/index.ts';
import { readSeedFile } from '../pipeline/read/read-seed.ts';
import { splitBlocks } from '../pipeline/read/split-blocks.ts';
import type { BriefMetadata, Found, Removal } from '../pipeline/types.ts';

interface CleanedFile {
  file: string;
  title: string;
  dek: string | null;
  outlet: string | null;
  author: string | null;
  date: string | null;
  url: string | null;
  body: string;
  removed: { category: Removal['category']; text: string }[];
}

const USAGE = 'usage: npm run --silent clean -- [--json] FILE...';

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (files.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    const read = await readSeedFile(resolve(file), file);
    if (!read.ok) {
      failed++;
      if (json) process.stdout.write(`${JSON.stringify({ file, error: read.rejection.reason })}\n`);
      else process.stdout.write(`# ${file}\n\nnot an article: ${read.rejection.reason}\n\n`);
      continue;
    }
    const clean = cleanBlocks(splitBlocks(read.seed.text));
    const { meta, nodes } = extractMetadata(read.seed, clean);
    const result: CleanedFile = {
      file,
      title: meta.title,
      dek: meta.dek,
      outlet: meta.outlet.value,
      author: meta.authors.length > 0 ? meta.authors.join(', ') : null,
      date: meta.date.value,
      url: meta.url.value,
      body: plainText(nodes),
      removed: clean.removed.map((r) => ({ category: r.category, text: r.text })),
    };
    process.stdout.write(json ? `${JSON.stringify(result)}\n` : readable(result, meta, [...read.seed.warnings, ...clean.warnings]));
  }
  return failed > 0 ? 1 : 0;
}

function readable(r: CleanedFile, meta: BriefMetadata, warnings: string[]): string {
  const how = (f: Found<string>) => (f.value === null ? `unknown (${f.why})` : `${f.value}  [${f.how}]`);
  const lines = [
    `# ${r.file}`,
    '',
    `title:     ${meta.title}  [${meta.titleHow}]`,
    `dek:       ${meta.dek ?? 'none'}`,
    `outlet:    ${how(meta.outlet)}`,
    `authors:   ${meta.authors.join(', ') || 'unknown'}  [${meta.evidence?.['authors'] ?? ''}]`,
    `date:      ${how(meta.date)}`,
    `url:       ${how(meta.url)}`,
    `language:  ${meta.language}; ${meta.wordCount} words, ${meta.readingMinutes} min read`,
    `cited:     ${[...meta.citedOutlets, ...meta.citedUrls].join(', ') || 'none'}`,
    ...meta.disclosures.map((d) => `disclosure: ${d}`),
    ...meta.attributions.map((a) => `attribution: ${a}`),
    ...warnings.map((w) => `warning:   ${w}`),
    '',
    '## Body',
    '',
    r.body,
    '',
    '## Removed',
    '',
    ...r.removed.map((x) => `  [${x.category}] ${x.text.replace(/\s+/g, ' ').slice(0, 100)}`),
    '',
    '',
  ];
  return lines.join('\n');
}

process.exitCode = await main(process.argv.slice(2));
