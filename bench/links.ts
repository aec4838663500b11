// @bench
/**
 * Cross-link benchmark: times the corpus-wide linking step (phase 2:
 * keywords, related briefs, clusters, provenance) on 1,000 to 10,000
 * synthetic briefs, to show its cost grows about linearly. Also times the
 * per-brief feature extraction (phase 1) on a sample, since that is what a
 * new seed costs.
 *
 * Synthetic briefs are deterministic: sentences of the seeds recombined, with
 * a share of their words, numbers and names swapped from a generated
 * vocabulary (so the vocabulary grows with the corpus, as real news does),
 * and one brief in ten a rewrite of an earlier one (same names and facts,
 * other order and wording). Entities are drawn from a Zipf-distributed pool of
 * names instead of running the entity finder 10,000 times; phase 1 is measured
 * separately below.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanBlocks } from '../src/pipeline/clean/index.ts';
import { linkCorpus } from '../src/pipeline/links/corpus.ts';
import { extractFacts } from '../src/pipeline/links/facts.ts';
import { extractLinkFeatures } from '../src/pipeline/links/features.ts';
import { termFrequencies } from '../src/pipeline/links/keywords.ts';
import { minhashSignature, shingles } from '../src/pipeline/links/minhash.ts';
import { findAttributions, outletId } from '../src/pipeline/links/provenance.ts';
import { storyTerms } from '../src/pipeline/links/story-terms.ts';
import { scoreTopics } from '../src/pipeline/links/topics.ts';
import { sentences } from '../src/pipeline/clean/sentences.ts';
import type { EntityKind, EntityMention, LinkFeatures } from '../src/pipeline/links/types.ts';
import { splitBlocks } from '../src/pipeline/read/split-blocks.ts';
import { prng } from './synthetic-seeds.ts';

const SIZES = (process.env.LINKS_BENCH_SIZES ?? '1000,2000,5000,10000').split(',').map(Number);
const ROOT = join(import.meta.dirname, '..');

const random = prng(20251010);
const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
/** Zipf-like index in [0, n): a few items are very common, most are rare. */
const zipf = (n: number) => Math.min(n - 1, Math.floor(Math.exp(random() * Math.log(n + 1)) - 1));

const SYLLABLES = ['ka', 'ro', 'mi', 'ten', 'vel', 'dor', 'sa', 'lin', 'qua', 'ber', 'to', 'ni', 'gra', 'pol', 'zu', 'mer', 'an', 'cor', 'fi', 'del'];
const word = () => Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES)).join('');
const VOCABULARY = Array.from({ length: 6000 }, word);
const NAMES = Array.from({ length: 4000 }, () => `${cap(word())} ${cap(word())}`);
const KINDS: EntityKind[] = ['person', 'organisation', 'place', 'product', 'technology', 'country'];
const OUTLETS = Array.from({ length: 120 }, () => `${cap(word())} ${pick(['Times', 'Post', 'Daily', 'Wire', 'News'])}`);

function cap(w: string): string {
  return w[0]!.toUpperCase() + w.slice(1);
}

function seedSentences(): string[] {
  const out: string[] = [];
  for (const file of readdirSync(join(ROOT, 'seeds')).sort()) {
    const nodes = cleanBlocks(splitBlocks(readFileSync(join(ROOT, 'seeds', file), 'utf8'))).nodes;
    for (const n of nodes) for (const s of sentences(n.text)) if (s.split(/\s+/).length >= 8 && s.split(/\s+/).length <= 45) out.push(s);
  }
  return out;
}

interface Story {
  text: string;
  entities: EntityMention[];
  outlet: string;
}

/** A sentence with about a quarter of its longer words and every number swapped. */
function vary(sentence: string): string {
  return sentence
    .replace(/\d+(?:[.,]\d+)?/g, () => String(Math.floor(random() * 5000) / (random() < 0.3 ? 10 : 1)))
    .replace(/\b[a-z]{5,}\b/g, (w) => (random() < 0.25 ? VOCABULARY[zipf(VOCABULARY.length)]! : w));
}

function newStory(pool: string[]): Story {
  const count = 12 + Math.floor(random() * 10);
  const names = Array.from({ length: 6 + Math.floor(random() * 10) }, () => zipf(NAMES.length));
  const text = Array.from({ length: count }, () => {
    const s = vary(pick(pool));
    return random() < 0.4 ? `${s} ${NAMES[pick(names)]} said so.` : s;
  }).join(' ');
  return { text, entities: mentions(names), outlet: OUTLETS[zipf(OUTLETS.length)]! };
}

/** Another outlet's version: same names and facts, sentences reordered, some reworded, a few dropped. */
function rewrite(story: Story): Story {
  const parts = sentences(story.text).filter(() => random() > 0.15);
  for (let i = parts.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [parts[i], parts[j]] = [parts[j]!, parts[i]!];
  }
  const text = parts.map((s) => s.replace(/\b[a-z]{5,}\b/g, (w) => (random() < 0.2 ? VOCABULARY[zipf(VOCABULARY.length)]! : w))).join(' ');
  return { text, entities: story.entities, outlet: OUTLETS[zipf(OUTLETS.length)]! };
}

function mentions(indices: number[]): EntityMention[] {
  const counts = new Map<number, number>();
  for (const i of indices) counts.set(i, (counts.get(i) ?? 0) + 1);
  return [...counts].map(([i, count]) => ({ id: NAMES[i]!.toLowerCase().replace(/\s+/g, '-'), label: NAMES[i]!, kind: KINDS[i % KINDS.length]!, count, demonymCount: 0, variants: [NAMES[i]!], media: false, relations: [] }));
}

function features(slug: string, story: Story): LinkFeatures {
  const cited = OUTLETS[zipf(OUTLETS.length)]!;
  const text = `${story.text} The figures were first reported by the ${cited} newspaper.`;
  const attributions = findAttributions(text, { outlet: story.outlet });
  const wordCount = text.split(/\s+/).length;
  return {
    slug,
    seed: slug,
    title: text.slice(0, 60),
    outlet: story.outlet,
    outletId: outletId(story.outlet),
    date: null,
    lead: text.slice(0, 300),
    wordCount,
    entities: story.entities,
    topics: scoreTopics(text, wordCount),
    terms: termFrequencies(text),
    minhash: minhashSignature(shingles(text)),
    storyTerms: storyTerms(text.slice(0, 60), [text]),
    provenance: attributions.edges,
    facts: extractFacts(text, attributions.sources),
  };
}

/** Wall and CPU time of this thread (CPU is what counts on a shared machine). */
function time<T>(run: () => T): { ms: number; cpuMs: number; value: T } {
  const cpu = () => {
    const u = process.threadCpuUsage();
    return (u.user + u.system) / 1000;
  };
  const start = performance.now();
  const startCpu = cpu();
  const value = run();
  return { ms: performance.now() - start, cpuMs: cpu() - startCpu, value };
}

const pool = seedSentences();
const max = Math.max(...SIZES);
console.log(`generating ${max} synthetic briefs from ${pool.length} seed sentences…`);
const stories: Story[] = [];
for (let i = 0; i < max; i++) stories.push(i > 10 && random() < 0.1 ? rewrite(stories[Math.floor(random() * i)]!) : newStory(pool));
const generated = time(() => stories.map((s, i) => features(`brief-${String(i).padStart(5, '0')}`, s)));
console.log(`cheap features for ${max} briefs in ${Math.round(generated.ms)} ms`);

// Phase 1 with the real entity finder, on a sample: the cost of one new seed.
const SAMPLE = 200;
extractLinkFeatures({ slug: 'warm', seed: 'warm', title: 'Warm-up', outlet: null, date: null, paragraphs: [{ kind: 'paragraph', text: stories[0]!.text }] });
const phase1 = time(() => stories.slice(0, SAMPLE).forEach((s, i) => extractLinkFeatures({ slug: `s${i}`, seed: `s${i}`, title: s.text.slice(0, 60), outlet: s.outlet, date: null, paragraphs: sentences(s.text).map((text) => ({ kind: 'paragraph', text })) })));
const perBrief = phase1.ms / SAMPLE;
const perBriefCpu = phase1.cpuMs / SAMPLE;

const rows: { briefs: number; ms: number; msPerBrief: number; cpuMsPerBrief: number; candidatePairs: number; clusters: number; relatedPerBrief: number; stages: Record<string, number> }[] = [];
linkCorpus(generated.value.slice(0, 200)); // warm up the JIT
for (const n of SIZES) {
  const subset = generated.value.slice(0, n);
  const runs = [0, 1, 2].map(() => time(() => linkCorpus(subset)));
  const best = runs.sort((a, b) => a.cpuMs - b.cpuMs)[0]!;
  const graph = best.value;
  const related = Object.values(graph.briefs).reduce((s, b) => s + b.related.length, 0) / n;
  rows.push({ briefs: n, ms: Math.round(best.ms), msPerBrief: Math.round((best.ms / n) * 1000) / 1000, cpuMsPerBrief: Math.round((best.cpuMs / n) * 1000) / 1000, candidatePairs: graph.stats.candidatePairs, clusters: graph.stats.clusters, relatedPerBrief: Math.round(related * 100) / 100, stages: graph.stats.ms });
}

console.log(`\nphase 1 (per-brief features, real entity finder): ${perBriefCpu.toFixed(2)} ms CPU per brief, ${perBrief.toFixed(2)} ms wall (sample of ${SAMPLE})`);
console.log('\nphase 2 (corpus linking), least CPU of 3 runs:');
console.log('briefs | total ms | ms/brief | CPU ms/brief | candidate pairs | clusters | related/brief | stages (ms)');
for (const r of rows) console.log(`${String(r.briefs).padStart(6)} | ${String(r.ms).padStart(8)} | ${r.msPerBrief.toFixed(3).padStart(8)} | ${r.cpuMsPerBrief.toFixed(3).padStart(12)} | ${String(r.candidatePairs).padStart(15)} | ${String(r.clusters).padStart(8)} | ${String(r.relatedPerBrief).padStart(13)} | ${JSON.stringify(r.stages)}`);
const first = rows[0]!;
const last = rows[rows.length - 1]!;
console.log(`\n${last.briefs / first.briefs}x the briefs took ${(last.cpuMsPerBrief * last.briefs / (first.cpuMsPerBrief * first.briefs)).toFixed(1)}x the CPU time (linear would be ${last.briefs / first.briefs}x).`);

const out = join(import.meta.dirname, 'results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'links.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, phase1MsPerBrief: perBrief, phase1CpuMsPerBrief: perBriefCpu, rows }, null, 2));
console.log(`results written to ${join(out, 'links.json')}`);
