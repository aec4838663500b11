/**
 * `npm run eval -- links DIR [-v] [--limit N] [--out OUT] [--relink] [--no-timing]`
 *
 * Scores same-story clusters and related lists on a set in the
 * ../shared/stories-dev format (DIR/seeds/*.txt, DIR/labels.jsonl with
 * `file`, `story`, `topic`, `half`). Runs the seed pipeline over DIR/seeds
 * into a scratch folder (never the project's seeds/ or generated/), maps each
 * brief back to its seed file through the build report, and prints pairwise
 * and B-cubed P/R/F1, related-list recall and same-story share, the TF-IDF
 * baseline, and the link stage's CPU time per brief.
 *
 *   -v          list wrong merges and missed pairs (up to --limit each, default 25)
 *   --out OUT   keep the pipeline's output in OUT (default: a temporary folder, removed)
 *   --relink    with --out: reuse the features already in OUT and rerun only the corpus step
 *   --no-timing skip the second, timed pass over the link stage
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { linkCorpus } from '../src/pipeline/links/corpus.ts';
import { extractLinkFeatures } from '../src/pipeline/links/features.ts';
import { linkInputFrom } from '../src/pipeline/links/input.ts';
import type { LinkFeatures, LinkGraph } from '../src/pipeline/links/types.ts';
import { processSeed } from '../src/pipeline/run/process-seed.ts';
import { readSeedFile } from '../src/pipeline/read/read-seed.ts';
import type { BuildReport } from '../src/pipeline/run/report.ts';
import { runPipeline } from '../src/pipeline/run/run-pipeline.ts';
import { clusterScores, meanScores, relatedScores, tfidfBaseline, tfidfCosines, type Assignment, type ClusterScores, type RelatedLists } from './links-score.ts';

interface Label {
  file: string;
  story: string;
  topic?: string | null;
  half?: string | null;
  outlet?: string | null;
}

const USAGE = 'Usage: npm run eval -- links DIR [-v] [--limit N] [--out OUT] [--relink] [--no-timing]';

export async function main(args: string[]): Promise<number> {
  const opts = parseArgs(args);
  if (!opts) {
    console.error(USAGE);
    return 2;
  }
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  const dir = resolve(opts.dir);
  const seedsDir = join(dir, 'seeds');
  if (!existsSync(join(dir, 'labels.jsonl')) || !existsSync(seedsDir)) {
    console.error(`eval links: ${dir} needs labels.jsonl and seeds/`);
    return 2;
  }
  const labels = (await readFile(join(dir, 'labels.jsonl'), 'utf8'))
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Label);
  const files = labels.map((l) => l.file).sort();
  const lab = new Map(labels.map((l) => [l.file, l]));
  const gold: Assignment = new Map(files.map((f) => [f, lab.get(f)!.story]));
  const topic = new Map(files.map((f) => [f, lab.get(f)!.topic ?? null]));
  const texts = new Map(await Promise.all(files.map(async (f) => [f, await readFile(join(seedsDir, f), 'utf8')] as const)));
  const titles = new Map(files.map((f) => [f, texts.get(f)!.split('\n', 1)[0]!.trim()]));
  const halves = { A: files.filter((f) => half(lab.get(f)!) === 'A'), B: files.filter((f) => half(lab.get(f)!) === 'B') };

  const out = opts.out ? resolve(opts.out) : await mkdtemp(join(tmpdir(), 'dispatch-eval-links-'));
  try {
    const reportPath = join(out, 'report.json');
    let graph: LinkGraph;
    let report: BuildReport;
    if (opts.relink && existsSync(reportPath)) {
      report = JSON.parse(await readFile(reportPath, 'utf8')) as BuildReport;
      const featuresDir = join(out, 'features');
      const all = await Promise.all((await readdir(featuresDir)).filter((n) => n.endsWith('.json')).map(async (n) => JSON.parse(await readFile(join(featuresDir, n), 'utf8')) as LinkFeatures));
      graph = linkCorpus(all);
      await writeFile(join(out, 'links.json'), JSON.stringify({ ...graph, stats: { ...graph.stats, ms: {} } }));
    } else {
      report = await runPipeline({ seedsDir, briefsDir: join(out, 'briefs'), reportPath, linksPath: join(out, 'links.json'), force: true });
      graph = JSON.parse(await readFile(join(out, 'links.json'), 'utf8')) as LinkGraph;
    }

    const slugToFile = new Map<string, string>();
    const known = new Set(files);
    for (const s of report.seeds) if (s.status !== 'rejected' && known.has(s.file)) slugToFile.set(s.slug, s.file);
    const rejected = report.seeds.filter((s) => s.status === 'rejected').map((s) => s.file);
    const pred: Assignment = new Map(files.map((f) => [f, `alone:${f}`]));
    const rel: RelatedLists = new Map(files.map((f) => [f, []]));
    // Entries by reason, and how many of them are the same story or the same topic tag: what each reason is worth.
    const relKinds = new Map<string, { n: number; fit: number }>();
    for (const [slug, b] of Object.entries(graph.briefs)) {
      const f = slugToFile.get(slug);
      if (!f) continue;
      if (b.cluster) pred.set(f, `c:${b.cluster}`);
      rel.set(f, b.related.flatMap((r) => (slugToFile.has(r.slug) ? [slugToFile.get(r.slug)!] : [])));
      for (const r of b.related) {
        const kind = (r as { relation?: string }).relation ?? 'related';
        const g = slugToFile.get(r.slug);
        const fits = g !== undefined && (gold.get(g) === gold.get(f) || (topic.get(f) != null && topic.get(g) === topic.get(f)));
        const k = relKinds.get(kind) ?? { n: 0, fit: 0 };
        relKinds.set(kind, { n: k.n + 1, fit: k.fit + (fits ? 1 : 0) });
      }
    }

    const stories = new Map<string, number>();
    for (const f of files) stories.set(gold.get(f)!, (stories.get(gold.get(f)!) ?? 0) + 1);
    const sizes = new Map<number, number>();
    for (const c of stories.values()) sizes.set(c, (sizes.get(c) ?? 0) + 1);
    const alone: Assignment = new Map(files.map((f) => [f, `alone:${f}`]));
    console.log(`${dir}: ${files.length} articles, ${stories.size} stories (versions per story: ${[...sizes].sort((a, b) => a[0] - b[0]).map(([k, v]) => `${k}: ${v}`).join(', ')}); ${clusterScores(alone, gold, files).goldPairs} same-story pairs`);
    if (rejected.length) console.log(`note: ${rejected.length} seeds rejected by the pipeline (scored as alone): ${rejected.slice(0, 10).join(', ')}`);

    const sims = tfidfCosines(files.map((f) => texts.get(f)!));
    const idx = new Map(files.map((f, i) => [f, i]));
    const cos = (f: string, g: string) => {
      const [i, j] = [idx.get(f)!, idx.get(g)!].sort((a, b) => a - b);
      return sims.get(i! * files.length + j!) ?? 0;
    };

    console.log('\nclustering: pairwise P/R/F1 over article pairs; B-cubed (B3) P/R/F1 per article; clust = clusters of 2+');
    const hdr = `${'system'.padEnd(46)} ${'scope'.padEnd(32)} ${['P', 'R', 'F1', 'B3 P', 'B3 R', 'B3 F1', 'clust'].map((h) => h.padStart(6)).join(' ')}`;
    console.log(hdr);
    console.log('-'.repeat(hdr.length));
    const row = (name: string, scope: string, s: ClusterScores) => console.log(`${name.padEnd(46)} ${scope.padEnd(32)} ${[s.P, s.R, s.F, s.bP, s.bR, s.bF].map((x) => fmt(x)).join(' ')} ${roundHalfEven(s.multi).toFixed(0).padStart(6)}`);
    const full = clusterScores(pred, gold, files);
    row('Dispatch', 'all articles', full);
    row('Dispatch', 'mean of halves A, B', meanScores(clusterScores(pred, gold, halves.A), clusterScores(pred, gold, halves.B)));
    const base = tfidfBaseline(files, sims, gold, halves);
    row('TF-IDF cosine, single link, t from other half', `mean of halves (t=${base.thresholds.fromB}, ${base.thresholds.fromA})`, base.halves);
    row(`TF-IDF cosine, single link, oracle t=${base.oracle.t}`, 'all articles', base.oracle.scores);
    row('every article alone', 'mean of halves A, B', base.alone);
    const clustered = files.filter((f) => !pred.get(f)!.startsWith('alone:')).length;
    console.log(`  ${full.tp} of ${full.predPairs} predicted pairs are same-story; ${full.goldPairs - full.tp} of ${full.goldPairs} same-story pairs missed; ${clustered} of ${files.length} articles given a cluster id`);

    console.log("\nrelated lists: R = share of an article's other versions found in its list (articles with versions);");
    console.log('  P story = share of list entries from the same story (articles with versions and a non-empty list);');
    console.log('  P s|topic = same story or same topic tag (every non-empty list); micro = same-story share of all entries');
    const rhdr = `${'system'.padEnd(44)} ${'R'.padStart(6)} ${'P story'.padStart(8)} ${'P s|top'.padStart(8)} ${'micro'.padStart(6)} ${'len'.padStart(5)} ${'empty'.padStart(6)}`;
    console.log(rhdr);
    console.log('-'.repeat(rhdr.length));
    const rrow = (name: string, r: ReturnType<typeof relatedScores>) => console.log(`${name.padEnd(44)} ${fmt(r.R)} ${fmt(r.P, 8)} ${fmt(r.Ptopic, 8)} ${fmt(r.micro)} ${r.meanLen.toFixed(2).padStart(5)} ${String(r.empty).padStart(6)}`);
    const rs = relatedScores(rel, gold, topic, files);
    rrow('Dispatch', rs);
    const either: RelatedLists = new Map(files.map((f) => [f, [...new Set([...rel.get(f)!, ...files.filter((g) => g !== f && pred.get(g) === pred.get(f))])].sort()]));
    console.log(`${'  cluster or related list (either)'.padEnd(44)} ${fmt(relatedScores(either, gold, topic, files).R)}`);
    const topK: RelatedLists = new Map(files.map((f) => [f, files.filter((g) => g !== f).sort((a, b) => cos(f, b) - cos(f, a) || a.localeCompare(b)).slice(0, rel.get(f)!.length)]));
    rrow('TF-IDF top-k cosine (k = its list length)', relatedScores(topK, gold, topic, files));
    console.log(`  (${rs.nRec} articles have other versions in the set)`);
    if (relKinds.size > 0) console.log(`  related entries by reason (share same story or topic): ${[...relKinds].map(([k, v]) => `${k} ${v.n} (${fmt(v.fit / v.n, 0).trim()})`).join(', ')}`);

    if (!opts.noTiming) await printTiming(seedsDir, files.filter((f) => !rejected.includes(f)));

    if (opts.verbose) {
      const fp: [string, string][] = [];
      const fn: [string, string][] = [];
      for (let i = 0; i < files.length; i++) {
        for (let j = i + 1; j < files.length; j++) {
          const [f, g] = [files[i]!, files[j]!];
          const sp = pred.get(f) === pred.get(g);
          const sg = gold.get(f) === gold.get(g);
          if (sp && !sg) fp.push([f, g]);
          else if (sg && !sp) fn.push([f, g]);
        }
      }
      const show = (kind: string, pairs: [string, string][]) => {
        // Highest TF-IDF cosine first for wrong merges (the least excusable), lowest first for misses.
        console.log(`\n${kind}: ${pairs.length} in all${pairs.length > opts.limit ? `; first ${opts.limit}` : ''}`);
        for (const [f, g] of pairs.slice(0, opts.limit)) {
          const inList = rel.get(f)!.includes(g) || rel.get(g)!.includes(f);
          console.log(`- ${f} + ${g}: TF-IDF cosine ${cos(f, g).toFixed(2)}; in related list: ${inList ? 'yes' : 'no'}`);
          for (const x of [f, g]) console.log(`    ${x} [${gold.get(x)} | ${lab.get(x)!.outlet ?? '?'}] ${titles.get(x)}`);
        }
      };
      show('wrong merges (one predicted cluster, different stories)', fp.sort((a, b) => cos(b[0], b[1]) - cos(a[0], a[1])));
      show('missed pairs (same story, not in one predicted cluster)', fn.sort((a, b) => cos(b[0], b[1]) - cos(a[0], a[1])));
    }
    if (opts.out) console.log(`\npipeline output kept in ${out}`);
    return 0;
  } finally {
    if (!opts.out) await rm(out, { recursive: true, force: true });
  }
}

/**
 * CPU time of the link stage, in this thread: phase 1 (features) per seed and
 * phase 2 (corpus) once. CPU rather than wall time because machines running
 * this are often shared.
 */
async function printTiming(seedsDir: string, files: string[]): Promise<void> {
  const inputs = [];
  for (const f of files) {
    const read = await readSeedFile(join(seedsDir, f), f);
    if (read.ok) inputs.push(linkInputFrom(processSeed(read.seed).doc));
  }
  if (inputs.length === 0) return;
  extractLinkFeatures(inputs[0]!); // warm up outside the timing
  const cpu = () => {
    const u = process.threadCpuUsage();
    return (u.user + u.system) / 1000;
  };
  let start = cpu();
  const features = inputs.map((i) => extractLinkFeatures(i));
  const phase1 = cpu() - start;
  start = cpu();
  linkCorpus(features);
  const phase2 = cpu() - start;
  const n = inputs.length;
  console.log(`\nlink stage CPU time (this thread): features ${(phase1 / n).toFixed(2)} ms/brief, corpus step ${(phase2 / n).toFixed(2)} ms/brief (${phase2.toFixed(0)} ms for ${n}), total ${((phase1 + phase2) / n).toFixed(2)} ms/brief`);
}

function half(l: Label): string {
  return l.half === 'A' || l.half === 'B' ? l.half : 'A';
}

/** Python's rounding of a half (to the even neighbour), so counts print as the set's scorer prints them. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

function fmt(x: number, w = 6): string {
  return Number.isNaN(x) ? '-'.padStart(w) : x.toFixed(3).padStart(w);
}

function parseArgs(args: string[]): { dir: string; verbose: boolean; limit: number; out: string | null; relink: boolean; noTiming: boolean; help: boolean } | null {
  const o = { dir: '', verbose: false, limit: 25, out: null as string | null, relink: false, noTiming: false, help: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-v' || a === '--verbose') o.verbose = true;
    else if (a === '--limit') o.limit = Number(args[++i]);
    else if (a === '--out') o.out = args[++i] ?? null;
    else if (a === '--relink') o.relink = true;
    else if (a === '--no-timing') o.noTiming = true;
    else if (a === '--help' || a === '-h') o.help = true;
    else if (!a.startsWith('-') && !o.dir) o.dir = a;
    else return null;
  }
  if (o.help) return o;
  return o.dir && Number.isFinite(o.limit) ? o : null;
}
