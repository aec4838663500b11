// Scaffolds a hand-written brief: `npm run new -- "Title"`, or an amendment of a
// generated brief: `npm run new -- --amend <seed id>`. Never overwrites a file.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { stringify } from 'yaml';
import { slugifyWords } from '../pipeline/emit/slug.ts';
import type { BuildReport } from '../pipeline/run/report.ts';
import { sitePaths } from '../site-paths.ts';

const USAGE = 'usage: npm run new -- "Title of the brief"\n       npm run new -- --amend <seed id>   (amend a generated brief)';

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

async function generatedTitle(reportPath: string, seed: string): Promise<string | null> {
  try {
    const report = JSON.parse(await readFile(reportPath, 'utf8')) as BuildReport;
    const outcome = report.seeds.find((s) => s.id === seed);
    return outcome && outcome.status !== 'rejected' ? outcome.title : null;
  } catch {
    return null;
  }
}

export async function scaffold(args: string[], root = process.cwd()): Promise<string> {
  const paths = sitePaths(root);
  let frontmatter: Record<string, unknown>;
  let body: string;
  let name: string;
  if (args[0] === '--amend') {
    const seed = args[1];
    if (!seed) throw new Error(USAGE);
    const title = await generatedTitle(paths.reportPath, seed);
    if (title === null) throw new Error(`no generated brief for seed "${seed}" in ${relative(root, paths.reportPath)}: run \`npm run build\` first and use a seed id listed on the build report page (the seed's file name without extension)`);
    name = `${slugifyWords(seed) || 'amendment'}-amendment`;
    frontmatter = { title, seed, editedBy: 'Your Name', editorsNote: 'Say what you changed and why.', updated: today() };
    body = '{/* Leave the body empty to keep the generated text, or write the corrected text here to replace it. */}\n';
  } else {
    const title = args.join(' ').trim();
    if (!title) throw new Error(USAGE);
    name = slugifyWords(title);
    if (!name) throw new Error('the title needs some letters that read in Latin (or digits) to make a file name; add a `slug:` by hand if it has none');
    frontmatter = { title, dek: 'One sentence that tells the reader what happened.', outlet: 'Dispatch', authors: ['Your Name'], date: today() };
    body = 'Write the brief here in Markdown. Components need no import:\n\n<Callout title="Note">A box set apart from the text.</Callout>\n';
  }
  const file = join(paths.contentDir, `${name}.mdx`);
  if (existsSync(file)) throw new Error(`${relative(root, file)} already exists: edit it, or choose another title`);
  await mkdir(paths.contentDir, { recursive: true });
  await writeFile(file, `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}`, { flag: 'wx' });
  return file;
}

if (import.meta.main) {
  try {
    const file = await scaffold(process.argv.slice(2));
    const name = relative(process.cwd(), file);
    console.log(`created ${name}: edit it, check it with \`npm run flags -- ${name}\` and preview it with \`npm run dev\``);
  } catch (error) {
    console.error(`new: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
