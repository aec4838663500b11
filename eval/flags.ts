/**
 * `npm run eval -- flags DIR [options]`: runs the flag detectors over every item of an annotated
 * set (DIR/items.jsonl, the ../shared/bias-dev format) and prints item- and span-level
 * precision, recall and F1 per kind, as that folder's score.py does on the CLI's output.
 * Each item is flagged in process exactly as `npm run flags -- --json --plain FILE` flags a
 * file holding its text: detectFlags(emptyInput({ body: text })).
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { cpuUsage } from 'node:process';
import { detectFlags, emptyInput } from '../src/pipeline/flags/index.ts';
import { atShare, cpSlice, errorOrder, kindsOf, remapLabels, score, toScored, type Item, type KindDetail, type Row, type ScoredFlag } from './flags-score.ts';

const USAGE = `Usage: npm run eval -- flags DIR [options]

DIR holds items.jsonl (and meta.json) in the bias-dev format.
  -v                      list misses and false alarms per kind (15 each, or --show N)
  --errors items|spans    what -v lists (default: spans for article sets, items otherwise)
  --show N                how many of each to list with -v
  --alias KIND=OTHER      count the detectors' KIND flags as OTHER (e.g. anonymous-sourcing=speculation)
  --map LABEL=KIND        score a source label under KIND (or =none to drop it)
  --share X               natural share of gold items for the re-weighted figures (default: the
                          set's meta.json pool_pos / (pool_pos + pool_neg), else 0.29 for speculation)
  --min-severity S        count only flags of severity S or stronger (info < caution < warning)
  --half even|odd         score only the items at even (0, 2, …) or odd positions of items.jsonl,
                          to develop on one half and confirm on the other`;

/** CoNLL-2010's Wikipedia training data: 29% of sentences uncertain (the hedge-dev README). */
const SPECULATION_SHARE = 0.29;
const SEVERITY_RANK: Record<string, number> = { info: 0, caution: 1, warning: 2 };

interface Options {
  dir: string;
  verbose: boolean;
  errors: 'items' | 'spans' | null;
  show: number;
  alias: Map<string, string | null>;
  map: Map<string, string | null>;
  share: number | null;
  minSeverity: number;
  half: 'even' | 'odd' | null;
}

function parsePair(value: string | undefined, what: string): [string, string | null] {
  const at = value?.lastIndexOf('=') ?? -1;
  if (!value || at < 0) throw new Error(`${what} wants NAME=KIND, got ${value ?? 'nothing'}`);
  const v = value.slice(at + 1);
  return [value.slice(0, at), ['', 'none', 'null'].includes(v.toLowerCase()) ? null : v];
}

function parseArgs(args: string[]): Options | string {
  const o: Options = { dir: '', verbose: false, errors: null, show: 15, alias: new Map(), map: new Map(), share: null, minSeverity: 0, half: null };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-v') o.verbose = true;
    else if (a === '--help' || a === '-h') return USAGE;
    else if (a === '--errors') {
      const v = args[++i];
      if (v !== 'items' && v !== 'spans') return `--errors wants items or spans\n\n${USAGE}`;
      o.errors = v;
    } else if (a === '--show') o.show = Number(args[++i]);
    else if (a === '--alias') o.alias.set(...parsePair(args[++i], '--alias'));
    else if (a === '--map') o.map.set(...parsePair(args[++i], '--map'));
    else if (a === '--share') o.share = Number(args[++i]);
    else if (a === '--min-severity') {
      const v = args[++i] ?? '';
      if (!(v in SEVERITY_RANK)) return `--min-severity wants info, caution or warning\n\n${USAGE}`;
      o.minSeverity = SEVERITY_RANK[v]!;
    } else if (a === '--half') {
      const v = args[++i];
      if (v !== 'even' && v !== 'odd') return `--half wants even or odd\n\n${USAGE}`;
      o.half = v;
    } else if (a.startsWith('-')) return `unknown option ${a}\n\n${USAGE}`;
    else if (!o.dir) o.dir = a;
    else return `one DIR only\n\n${USAGE}`;
  }
  if (!o.dir) return `no DIR given\n\n${USAGE}`;
  if (o.share !== null && !(o.share > 0 && o.share < 1)) return '--share wants a number between 0 and 1';
  return o;
}

function loadSet(dir: string): { items: Item[]; meta: Record<string, unknown> } {
  const path = join(dir, 'items.jsonl');
  if (!existsSync(path)) throw new Error(`no items.jsonl in ${dir}`);
  const items = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Item);
  const metaPath = join(dir, 'meta.json');
  const meta = existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, 'utf8')) as Record<string, unknown>) : {};
  return { items, meta };
}

/** Flags every item in process; returns them with the detectors' CPU time. */
function flagItems(items: readonly Item[], minSeverity: number): { flags: Map<string, ScoredFlag[]>; cpuMs: number; textDiffers: number; outOfRange: number; warnings: string[] } {
  const flags = new Map<string, ScoredFlag[]>();
  let cpuMs = 0;
  let textDiffers = 0;
  let outOfRange = 0;
  const warnings: string[] = [];
  for (const it of items) {
    const before = cpuUsage();
    const result = detectFlags(emptyInput({ body: it.text }));
    const used = cpuUsage(before);
    cpuMs += (used.user + used.system) / 1000;
    warnings.push(...result.warnings.map((w) => `${it.id}: ${w}`));
    const kept = result.flags.filter((f) => SEVERITY_RANK[f.severity]! >= minSeverity);
    const scored = toScored(it.text, kept);
    textDiffers += scored.textDiffers;
    outOfRange += scored.outOfRange;
    if (scored.flags.length) flags.set(it.id, scored.flags);
  }
  return { flags, cpuMs, textDiffers, outOfRange, warnings };
}

/** The natural share of gold items: --share, the set's pool counts, or the hedge corpus's share for speculation. */
function naturalShare(o: Options, meta: Record<string, unknown>, kind: string): { share: number; from: string } | null {
  if (o.share !== null) return { share: o.share, from: '--share' };
  const pos = meta.pool_pos;
  const neg = meta.pool_neg;
  if (typeof pos === 'number' && typeof neg === 'number' && pos + neg > 0) return { share: pos / (pos + neg), from: `meta.json pool ${pos}/${pos + neg}` };
  return kind === 'speculation' ? { share: SPECULATION_SHARE, from: 'CoNLL-2010 Wikipedia default' } : null;
}

const f3 = (x: number) => x.toFixed(3).padStart(6);
const n6 = (x: number) => String(x).padStart(6);

function printRow(r: Row): void {
  const note = r.level === 'item' ? `false-positive rate ${r.fpr!.toFixed(3)}; all-positive F1 ${r.allPositiveF1!.toFixed(3)}` : r.otherKindOverlaps ? `${r.otherKindOverlaps} wrong flags overlap a label of another kind` : '';
  console.log(`${r.kind.padEnd(18)} ${r.level.padEnd(5)} ${n6(r.gold)} ${n6(r.pred)} ${n6(r.tp)} ${n6(r.fp)} ${n6(r.fn)} ${f3(r.p)} ${f3(r.r)} ${f3(r.f1)}  ${note}`);
}

function snippet(text: string, s: number, e: number, width = 70): string {
  const cps = [...text];
  const a = Math.max(0, s - width);
  const b = Math.min(cps.length, e + width);
  const out = (a ? '…' : '') + cps.slice(a, s).join('') + '[[' + cps.slice(s, e).join('') + ']]' + cps.slice(e, b).join('') + (b < cps.length ? '…' : '');
  return out.split(/\s+/u).filter(Boolean).join(' ');
}

function printErrors(items: readonly Item[], flags: ReadonlyMap<string, ScoredFlag[]>, details: readonly KindDetail[], mode: 'items' | 'spans', show: number): void {
  const byId = new Map(items.map((it) => [it.id, it]));
  for (const d of details) {
    if (mode === 'spans') {
      const fns = [...d.spanMisses].sort((x, y) => cmp(errorOrder(`${x.id}:(${x.span[0]}, ${x.span[1]})`), errorOrder(`${y.id}:(${y.span[0]}, ${y.span[1]})`))).slice(0, show);
      const fps = [...d.spanFalseAlarms].sort((x, y) => cmp(errorOrder(`${x.id}:(${x.flag.span![0]}, ${x.flag.span![1]})`), errorOrder(`${y.id}:(${y.flag.span![0]}, ${y.flag.span![1]})`))).slice(0, show);
      console.log(`\n== ${d.kind}: FALSE NEGATIVES (gold spans no ${d.kind} flag overlaps), ${fns.length} of ${d.spanMisses.length}`);
      for (const { id, span } of fns) {
        const it = byId.get(id)!;
        const labels = [...new Set(it.labels.filter((l) => l.start === span[0] && l.end === span[1]).map((l) => l.source_label))].sort();
        console.log(`- ${id} ${span[0]}-${span[1]} (${labels.join(', ')}): ${snippet(it.text, span[0], span[1])}`);
      }
      console.log(`\n== ${d.kind}: FALSE POSITIVES (${d.kind} flags overlapping no gold span of ${d.kind}), ${fps.length} of ${d.spanFalseAlarms.length}`);
      for (const { id, flag } of fps) {
        const it = byId.get(id)!;
        const [s, e] = flag.span!;
        const near = [...new Set(it.labels.filter((l) => l.start !== null && l.end !== null && l.start < e && s < l.end).map((l) => l.source_label))].sort();
        console.log(`- ${id} ${s}-${e}${near.length ? ` [overlaps ${near.join(', ')}]` : ''}: ${snippet(it.text, s, e)}\n    ${flag.severity}: ${flag.reason}`);
      }
      continue;
    }
    const misses = [...d.gold].filter((id) => !d.pred.has(id));
    const alarms = [...d.pred].filter((id) => !d.gold.has(id));
    const pick = (ids: string[]) => [...ids].sort((a, b) => cmp(errorOrder(a), errorOrder(b))).slice(0, show);
    for (const [title, all] of [[`FALSE NEGATIVES (labelled ${d.kind}, no ${d.kind} flag)`, misses], [`FALSE POSITIVES (${d.kind} flag, not labelled ${d.kind})`, alarms]] as const) {
      const ids = pick(all);
      console.log(`\n== ${d.kind}: ${title}, ${ids.length} of ${all.length}`);
      for (const id of ids) {
        const it = byId.get(id)!;
        const flat = it.text.split(/\s+/u).filter(Boolean).join(' ');
        console.log(`- ${id}: ${[...flat].length <= 400 ? flat : `${[...flat].slice(0, 400).join('')}…`}`);
        const spans = it.labels.filter((l) => l.start !== null && l.end !== null);
        if (spans.length) console.log(`    gold: ${spans.map((l) => `${cpSlice(it.text, l.start!, l.end!)} (${l.source_label}${l.kind ? '' : ', unmapped'})`).join(' | ')}`);
        const biased = it.meta?.biased_words;
        if (Array.isArray(biased) && biased.length && !spans.length) {
          const why = it.positive ? 'not found verbatim in the sentence' : 'marked by some annotators; the majority judged the sentence non-biased';
          console.log(`    biased words (${why}): ${biased.join(', ')}`);
        }
        for (const f of flags.get(id) ?? []) console.log(`    flag ${f.kind} (${f.severity}): “${f.text}” — ${f.reason}`);
      }
    }
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function main(args: string[]): Promise<number> {
  const o = parseArgs(args);
  if (typeof o === 'string') {
    (o === USAGE ? console.log : console.error)(o);
    return o === USAGE ? 0 : 2;
  }
  const loaded = loadSet(o.dir);
  const { meta } = loaded;
  const items = o.half === null ? loaded.items : loaded.items.filter((_, i) => i % 2 === (o.half === 'even' ? 0 : 1));
  remapLabels(items, o.map);
  const { flags, cpuMs, textDiffers, outOfRange, warnings } = flagItems(items, o.minSeverity);
  const kinds = kindsOf(items);
  const { rows, details } = score(items, flags, kinds, o.alias);
  const unit = typeof meta.unit === 'string' ? meta.unit : 'sentence';
  const name = typeof meta.set === 'string' ? meta.set : o.dir;
  const nflags = [...flags.values()].reduce((n, l) => n + l.length, 0);
  const words = items.reduce((n, it) => n + (it.text.match(/\S+/gu)?.length ?? 0), 0);

  console.log(`${name}: ${items.length} ${unit}s, ${items.filter((it) => it.positive).length} positive (any mapped kind); ${nflags} flags on ${flags.size} items${textDiffers ? `; ${textDiffers} text differs at its offsets` : ''}${outOfRange ? `; ${outOfRange} offsets out of range` : ''}`);
  console.log(`  detectors' CPU: ${cpuMs.toFixed(0)} ms in all, ${(cpuMs / items.length).toFixed(2)} ms per ${unit}, ${((1000 * cpuMs) / Math.max(words, 1)).toFixed(1)} ms per 1,000 words`);
  if (o.map.size) console.log(`  --map: ${[...o.map].map(([k, v]) => `${k} -> ${v}`).join(', ')}`);
  if (o.alias.size) console.log(`  --alias: ${[...o.alias].map(([k, v]) => `${k} counted as ${v}`).join(', ')}`);
  if (o.half) console.log(`  only the items at ${o.half} positions of items.jsonl`);
  if (o.minSeverity) console.log(`  only flags of severity ${Object.keys(SEVERITY_RANK)[o.minSeverity]} or stronger`);
  console.log(`${'kind'.padEnd(18)} ${'level'.padEnd(5)} ${'gold'.padStart(6)} ${'pred'.padStart(6)} ${'TP'.padStart(6)} ${'FP'.padStart(6)} ${'FN'.padStart(6)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}`);
  for (const r of rows) printRow(r);
  console.log('  item: gold/pred = items; span: gold = gold spans, pred = flags judged, TP = gold spans found, FP = flags overlapping no gold span');
  for (const r of rows.filter((x) => x.level === 'item')) {
    const natural = naturalShare(o, meta, r.kind);
    const setShare = r.gold / items.length;
    if (!natural || Math.abs(natural.share - setShare) < 0.005) continue;
    const w = atShare(r, items.length, natural.share);
    console.log(`  ${r.kind} at the natural share of ${(100 * natural.share).toFixed(0)}% (${natural.from}; the set has ${(100 * setShare).toFixed(0)}%): P ${w.p.toFixed(3)} R ${w.r.toFixed(3)} F1 ${w.f1.toFixed(3)} (all-positive F1 ${w.allPositiveF1.toFixed(3)}; each false positive weighs ${w.weight.toFixed(2)})`);
  }
  const other = new Map<string, { flags: number; items: Set<string> }>();
  for (const [id, list] of flags) {
    for (const f of list) {
      const k = o.alias.has(f.kind) ? o.alias.get(f.kind)! : f.kind;
      if (k && kinds.includes(k)) continue;
      const e = other.get(f.kind) ?? { flags: 0, items: new Set<string>() };
      e.flags++;
      e.items.add(id);
      other.set(f.kind, e);
    }
  }
  if (other.size) console.log(`  other kinds the detectors emitted (not scored): ${[...other].sort((a, b) => b[1].flags - a[1].flags).map(([k, e]) => `${k} ${e.flags} flags on ${e.items.size} items`).join(', ')}`);
  const unmapped = new Map<string, number>();
  for (const it of items) for (const l of it.labels) if (!l.kind) unmapped.set(l.source_label, (unmapped.get(l.source_label) ?? 0) + 1);
  if (unmapped.size) console.log(`  source labels with no mapped kind (not scored): ${[...unmapped].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  for (const w of warnings.slice(0, 10)) console.error(`warning: ${w}`);
  if (o.verbose) printErrors(items, flags, details, o.errors ?? (unit === 'article' ? 'spans' : 'items'), o.show);
  return 0;
}
