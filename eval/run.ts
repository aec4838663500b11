/**
 * `npm run eval -- <set> DIR [options]`: scores the project on a development or
 * test set kept outside the repository (see ../shared/*, README "Measuring quality").
 * Each set kind has its own module here exporting `main(args)`; this file only
 * dispatches. Not part of `npm test`: sets are large and live outside the project.
 */
// A module (not a script), so its top-level await and names are its own.
export {};

const EVALS = {
  clean: { module: './clean.ts', what: 'cleaning and metadata on text dumps with truth.jsonl (../shared/corpus format)' },
  flags: { module: './flags.ts', what: 'editorial-bias flags on annotated items (../shared/bias-dev format)' },
  links: { module: './links.ts', what: 'same-story clusters and related lists (../shared/stories-dev format)' },
} as const;

type EvalName = keyof typeof EVALS;

const USAGE = `Usage: npm run eval -- <${Object.keys(EVALS).join('|')}> DIR [options]

${Object.entries(EVALS)
  .map(([name, e]) => `  ${name.padEnd(6)} ${e.what}`)
  .join('\n')}

Run one with --help for its options.`;

const [name, ...rest] = process.argv.slice(2);
if (!name || name === '--help' || name === '-h') {
  console.log(USAGE);
  process.exit(name ? 0 : 2);
}
if (!(name in EVALS)) {
  console.error(`unknown set kind "${name}"\n\n${USAGE}`);
  process.exit(2);
}
const { main } = (await import(EVALS[name as EvalName].module)) as { main: (args: string[]) => Promise<number> };
process.exitCode = await main(rest);
