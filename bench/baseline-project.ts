import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { prng, type SeedPool } from './synthetic-seeds.ts';

/**
 * A plain Astro project with N Markdown pages and no Dispatch pipeline, built
 * with the same Astro and Pagefind: the baseline that shows the pipeline's own cost. It renders
 * two pages at a time, as the site does (build.concurrency in astro.config.mjs).
 */
export async function writeBaselineProject(dir: string, n: number, pool: SeedPool, nodeModules: string): Promise<void> {
  await mkdir(join(dir, 'src/pages'), { recursive: true });
  await mkdir(join(dir, 'pages-md'), { recursive: true });
  await symlink(nodeModules, join(dir, 'node_modules'), 'dir');
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'baseline', private: true, type: 'module' }));
  await writeFile(join(dir, 'astro.config.mjs'), "export default { markdown: { smartypants: false }, build: { concurrency: 2 } };\n");
  await writeFile(
    join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { pages: defineCollection({ loader: glob({ base: './pages-md', pattern: '*.md' }) }) };\n",
  );
  await writeFile(
    join(dir, 'src/pages/[slug].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('pages')).map((entry) => ({ params: { slug: entry.id }, props: { entry } })); }\nconst { Content } = await render(Astro.props.entry);\n---\n<html lang=\"en\"><head><title>{Astro.props.entry.data.title}</title></head><body><main><h1>{Astro.props.entry.data.title}</h1><Content /></main></body></html>\n",
  );
  for (let i = 0; i < n; i++) {
    const random = prng(i * 7919 + 17);
    const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
    const body = Array.from({ length: 6 + Math.floor(random() * 10) }, () => pick(pool.paragraphs)).join('\n\n');
    await writeFile(join(dir, 'pages-md', `page-${i}.md`), `---\ntitle: ${JSON.stringify(`${pick(pool.headlines)} (${i})`)}\n---\n\n${body}\n`);
  }
}
