/**
 * `npm run eval -- clean DIR [options]`: runs the pipeline's cleaning and metadata
 * stages on every page listed in DIR/truth.jsonl and scores them the way the set's
 * own score.py does (README of the set: bag-of-words body P/R/F1 with the dek
 * counted in the body, 'with'/'without' snippet rates and snipF1, headline exact
 * after normalising, date exact with null wanting null). Prints the figures per
 * source and overall, the CPU cost of cleaning + metadata per page, and the worst
 * pages with why. No Python needed; `--json FILE` writes predictions in score.py's
 * PRED format for a cross-check.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cleanBlocks } from '../src/pipeline/clean/index.ts';
import { plainText } from '../src/pipeline/clean/plain-text.ts';
import { extractMetadata } from '../src/pipeline/metadata/index.ts';
import { decodeSeed } from '../src/pipeline/read/read-seed.ts';
import { splitBlocks } from '../src/pipeline/read/split-blocks.ts';

const USAGE = `Usage: npm run eval -- clean DIR [options]

DIR holds truth.jsonl and the pages it lists (../shared/corpus format).

Options:
  --json FILE      also write predictions, one JSON object per page ({file,title,date,body,dek}, and how the title and date were found)
  --worst N        list the N worst pages (body F1, or snippet share) with why (default 15)
  --show KIND      list every failing page of one kind: title, date or body (body: F1 < 0.8 or a snippet wrong)
  --source NAME    only pages of this source
  --only TEXT      only pages whose file name contains TEXT
  --half even|odd  only pages whose number (the digits of the file name) is even or odd: decide on one half, confirm on the other
  --help           this text`;

/** One line of truth.jsonl. */
interface Truth {
  file: string;
  source?: string | null;
  title?: string | null;
  date?: string | null;
  body?: string | null;
  with?: string[] | null;
  without?: string[] | null;
}

/** What the pipeline made of a page, in score.py's PRED format (plus how the date and title were found). */
interface Prediction {
  file: string;
  title: string | null;
  date: string | null;
  body: string;
  dek: string | null;
  error?: string;
  titleHow?: string;
  dateHow?: string;
}

interface Row {
  truth: Truth;
  pred: Prediction;
  source: string;
  missing: boolean;
  P?: number;
  R?: number;
  F1?: number;
  withN?: number;
  withoutN?: number;
  found?: number;
  absent?: number;
  snip?: number;
  titleOk?: boolean;
  dateOk: boolean;
  dated: boolean;
  /** Text for the body measures: dek and body, as score.py joins them. */
  text: string;
}

interface Options {
  dir: string;
  json: string | null;
  worst: number;
  show: 'title' | 'date' | 'body' | null;
  source: string | null;
  only: string | null;
  half: 'even' | 'odd' | null;
}

function parseArgs(args: string[]): Options | string {
  const o: Options = { dir: '', json: null, worst: 15, show: null, source: null, only: null, half: null };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    try {
      if (a === '--json') o.json = value();
      else if (a === '--worst') o.worst = Number(value());
      else if (a === '--show') {
        const v = value();
        if (v !== 'title' && v !== 'date' && v !== 'body') return `--show takes title, date or body, not "${v}"`;
        o.show = v;
      } else if (a === '--source') o.source = value();
      else if (a === '--only') o.only = value();
      else if (a === '--half') {
        const v = value();
        if (v !== 'even' && v !== 'odd') return `--half takes even or odd, not "${v}"`;
        o.half = v;
      }
      else if (a.startsWith('--')) return `unknown option ${a}`;
      else if (!o.dir) o.dir = a;
      else return `unexpected argument ${a}`;
    } catch (e) {
      return (e as Error).message;
    }
  }
  if (!o.dir) return 'no DIR given';
  if (!Number.isFinite(o.worst) || o.worst < 0) return '--worst takes a number';
  return o;
}

// ---- score.py's measures, in TypeScript -------------------------------------------------

/** Python's `\w` on str: letters, digits and numerals, and the underscore (marks are not word characters). */
const WORD = /[\p{L}\p{N}_]+/gu;
const NON_WORD = /[^\p{L}\p{N}_]+/gu;

export function tokens(text: string | null | undefined): string[] {
  return (text ?? '').toLowerCase().match(WORD) ?? [];
}

function bag(words: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** Bag-of-words precision, recall and F1 (score.py's `prf`). */
export function prf(pred: string, gold: string): { P: number; R: number; F1: number } {
  const p = bag(tokens(pred));
  const g = bag(tokens(gold));
  const pn = [...p.values()].reduce((a, b) => a + b, 0);
  const gn = [...g.values()].reduce((a, b) => a + b, 0);
  if (pn === 0 && gn === 0) return { P: 1, R: 1, F1: 1 };
  let inter = 0;
  for (const [w, n] of p) inter += Math.min(n, g.get(w) ?? 0);
  const P = pn ? inter / pn : 0;
  const R = gn ? inter / gn : 0;
  return { P, R, F1: P + R ? (2 * P * R) / (P + R) : 0 };
}

export function flat(text: string | null | undefined): string {
  return (text ?? '').normalize('NFC').replace(/\s+/gu, ' ').trim();
}

export function titleNorm(text: string | null | undefined): string {
  return (text ?? '').toLowerCase().replace(NON_WORD, ' ').trim();
}

function dateOf(x: string | null | undefined): string | null {
  const s = String(x ?? '').trim().slice(0, 10);
  return s || null;
}

// ---- running the pipeline -----------------------------------------------------------------

function predict(dir: string, truth: Truth): { pred: Prediction; cpuMicros: number } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(dir, truth.file));
  } catch (e) {
    return { pred: { file: truth.file, title: null, date: null, body: '', dek: null, error: (e as Error).message }, cpuMicros: 0 };
  }
  const read = decodeSeed(bytes, truth.file);
  if (!read.ok) return { pred: { file: truth.file, title: null, date: null, body: '', dek: null, error: read.rejection.reason }, cpuMicros: 0 };
  const before = process.cpuUsage();
  const clean = cleanBlocks(splitBlocks(read.seed.text));
  const { meta, nodes } = extractMetadata(read.seed, clean);
  const cpu = process.cpuUsage(before);
  return {
    pred: {
      file: truth.file,
      title: meta.title,
      date: meta.date.value,
      body: plainText(nodes),
      dek: meta.dek,
      titleHow: meta.titleHow,
      dateHow: meta.date.value === null ? meta.date.why : meta.date.how,
    },
    cpuMicros: cpu.user + cpu.system,
  };
}

function score(truth: Truth, pred: Prediction): Row {
  const missing = Boolean(pred.error);
  const text = [pred.dek, pred.body].filter((x): x is string => typeof x === 'string' && x.length > 0).join('\n\n');
  const r: Row = { truth, pred, source: truth.source || 'corpus', missing, dateOk: false, dated: Boolean(truth.date), text };
  if (truth.body !== null && truth.body !== undefined) Object.assign(r, missing ? { P: 0, R: 0, F1: 0 } : prf(text, truth.body));
  if ((truth.with && truth.with.length > 0) || (truth.without && truth.without.length > 0)) {
    const ft = flat(text);
    const w = truth.with ?? [];
    const wo = truth.without ?? [];
    r.withN = w.length;
    r.withoutN = wo.length;
    r.found = missing ? 0 : w.filter((s) => ft.includes(flat(s))).length;
    // A missing page has no output to be clean: its 'without' snippets count as present.
    r.absent = missing ? 0 : wo.filter((s) => !ft.includes(flat(s))).length;
    r.snip = (r.found + r.absent) / Math.max(1, w.length + wo.length);
  }
  if (truth.title) r.titleOk = !missing && titleNorm(pred.title) === titleNorm(truth.title);
  r.dateOk = !missing && dateOf(pred.date) === dateOf(truth.date);
  return r;
}

// ---- reporting ------------------------------------------------------------------------------

interface Summary {
  pages: number;
  missing: number;
  bodyN: number;
  F1: number | null;
  P: number | null;
  R: number | null;
  snipN: number;
  with: number | null;
  without: number | null;
  snipF1: number | null;
  titleN: number;
  title: number | null;
  date: number | null;
  datedN: number;
  dated: number | null;
}

const mean = (xs: number[]) => (xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

function summarise(rows: Row[]): Summary {
  const b = rows.filter((r) => r.F1 !== undefined);
  const s = rows.filter((r) => r.snip !== undefined);
  const t = rows.filter((r) => r.titleOk !== undefined);
  const d = rows.filter((r) => r.dated);
  const sum = (xs: number[]) => xs.reduce((a, x) => a + x, 0);
  const found = sum(s.map((r) => r.found!));
  const withN = sum(s.map((r) => r.withN!));
  const absent = sum(s.map((r) => r.absent!));
  const withoutN = sum(s.map((r) => r.withoutN!));
  const present = withoutN - absent;
  const sp = found + present ? found / (found + present) : null;
  const sr = withN ? found / withN : null;
  return {
    pages: rows.length,
    missing: rows.filter((r) => r.missing).length,
    bodyN: b.length,
    F1: mean(b.map((r) => r.F1!)),
    P: mean(b.map((r) => r.P!)),
    R: mean(b.map((r) => r.R!)),
    snipN: s.length,
    with: withN ? found / withN : null,
    without: withoutN ? absent / withoutN : null,
    snipF1: sp && sr ? (2 * sp * sr) / (sp + sr) : sp !== null && sr !== null ? 0 : null,
    titleN: t.length,
    title: mean(t.map((r) => (r.titleOk ? 1 : 0))),
    date: mean(rows.map((r) => (r.dateOk ? 1 : 0))),
    datedN: d.length,
    dated: mean(d.map((r) => (r.dateOk ? 1 : 0))),
  };
}

const COLUMNS: [keyof Summary, string, 'd' | 'f'][] = [
  ['pages', 'pages', 'd'], ['missing', 'miss', 'd'], ['bodyN', 'body n', 'd'], ['F1', 'F1', 'f'], ['P', 'P', 'f'], ['R', 'R', 'f'],
  ['snipN', 'snip n', 'd'], ['with', 'with', 'f'], ['without', 'w/o', 'f'], ['snipF1', 'snipF1', 'f'],
  ['titleN', 'title n', 'd'], ['title', 'title', 'f'], ['date', 'date', 'f'], ['datedN', 'dated n', 'd'], ['dated', 'dated', 'f'],
];

function table(rows: Row[]): string {
  const groups = new Map<string, Row[]>();
  for (const r of rows) groups.set(r.source, [...(groups.get(r.source) ?? []), r]);
  const order: [string, Row[]][] = [...groups.entries(), ...(groups.size > 1 ? [['all', rows] as [string, Row[]]] : [])];
  const lines = ['source'.padEnd(12) + COLUMNS.map(([, h]) => h.padStart(8)).join('')];
  for (const [name, rs] of order) {
    const s = summarise(rs);
    lines.push(name.padEnd(12) + COLUMNS.map(([k, , kind]) => {
      const v = s[k];
      return v === null ? '-'.padStart(8) : kind === 'd' ? String(v).padStart(8) : v.toFixed(3).padStart(8);
    }).join(''));
  }
  return lines.join('\n');
}

const clip = (s: string | null | undefined, n = 120) => {
  const t = flat(s);
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};
const quote = (s: string | null | undefined) => (s === null || s === undefined ? 'null' : `"${clip(s, 100)}"`);

/** The longest paragraph of `from` whose words are mostly absent from `other`: the biggest missing (or extra) text. */
function biggestUnmatched(from: string, other: string): string | null {
  const have = bag(tokens(other));
  let best: { text: string; n: number } | null = null;
  for (const para of from.split(/\n+/u)) {
    const words = tokens(para);
    if (words.length < 4) continue;
    const hits = words.filter((w) => (have.get(w) ?? 0) > 0).length;
    if (hits / words.length >= 0.5) continue;
    if (!best || words.length > best.n) best = { text: para, n: words.length };
  }
  return best ? best.text : null;
}

function why(r: Row): string[] {
  const out: string[] = [];
  if (r.missing) return [`no prediction: ${r.pred.error}`];
  if (r.F1 !== undefined) {
    out.push(`body F1 ${r.F1.toFixed(3)} (P ${r.P!.toFixed(3)} R ${r.R!.toFixed(3)})`);
    const lost = r.R! < 0.95 ? biggestUnmatched(r.truth.body!, r.text) : null;
    const extra = r.P! < 0.95 ? biggestUnmatched(r.text, r.truth.body!) : null;
    if (lost) out.push(`  missing: ${quote(lost)}`);
    if (extra) out.push(`  extra:   ${quote(extra)}`);
  }
  if (r.snip !== undefined) {
    const ft = flat(r.text);
    const lost = (r.truth.with ?? []).filter((s) => !ft.includes(flat(s)));
    const kept = (r.truth.without ?? []).filter((s) => ft.includes(flat(s)));
    out.push(`snippets ${r.found}/${r.withN} found, ${r.absent}/${r.withoutN} kept out`);
    for (const s of lost.slice(0, 2)) out.push(`  missing: ${quote(s)}`);
    for (const s of kept.slice(0, 2)) out.push(`  extra:   ${quote(s)}`);
  }
  if (r.titleOk === false) out.push(`title ${quote(r.pred.title)}, want ${quote(r.truth.title)}  [${clip(r.pred.titleHow, 80)}]`);
  if (!r.dateOk) out.push(`date ${r.pred.date ?? 'null'}, want ${r.truth.date ?? 'null'}  [${clip(r.pred.dateHow, 140)}]`);
  return out;
}

const pageScore = (r: Row) => r.F1 ?? r.snip ?? 1;

function listing(title: string, rows: Row[]): string {
  if (rows.length === 0) return `${title}: none`;
  return [`${title}:`, ...rows.map((r) => [`- ${r.truth.file} [${r.source}] score ${pageScore(r).toFixed(3)}`, ...why(r).map((w) => `    ${w}`)].join('\n'))].join('\n');
}

/** Which half a page falls in, by the number in its file name (pages without one are 'even'). */
function halfOf(file: string): 'even' | 'odd' {
  const digits = /(\d+)\D*$/u.exec(file)?.[1];
  return digits !== undefined && Number(digits) % 2 === 1 ? 'odd' : 'even';
}

export async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const opts = parseArgs(args);
  if (typeof opts === 'string') {
    console.error(`eval clean: ${opts}\n\n${USAGE}`);
    return 2;
  }
  const dir = resolve(opts.dir);
  let truthText: string;
  try {
    truthText = readFileSync(join(dir, 'truth.jsonl'), 'utf8');
  } catch {
    console.error(`eval clean: no truth.jsonl in ${dir}`);
    return 2;
  }
  const truths = truthText
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('{'))
    .flatMap((l) => {
      try {
        return [JSON.parse(l) as Truth];
      } catch {
        return [];
      }
    })
    .filter((t) => (!opts.source || t.source === opts.source) && (!opts.only || t.file.includes(opts.only)) && (!opts.half || halfOf(t.file) === opts.half));
  if (truths.length === 0) {
    console.error('eval clean: no page to score');
    return 2;
  }

  const wallStart = performance.now();
  let cpuMicros = 0;
  const rows: Row[] = [];
  const preds: Prediction[] = [];
  for (const t of truths) {
    const { pred, cpuMicros: cpu } = predict(dir, t);
    cpuMicros += cpu;
    preds.push(pred);
    rows.push(score(t, pred));
  }
  const wall = performance.now() - wallStart;

  console.log(table(rows));
  console.log(`\n${rows.length} pages in ${(wall / 1000).toFixed(1)} s; clean + metadata CPU ${(cpuMicros / 1000 / rows.length).toFixed(2)} ms a page`);

  if (opts.json) {
    writeFileSync(opts.json, preds.map((p) => JSON.stringify({ file: p.file, title: p.title, date: p.date, body: p.body, dek: p.dek, titleHow: p.titleHow, dateHow: p.dateHow, ...(p.error ? { error: p.error } : {}) })).join('\n') + '\n');
    console.log(`predictions written to ${opts.json}`);
  }

  if (opts.show) {
    const failing = rows.filter((r) =>
      opts.show === 'title' ? r.titleOk === false : opts.show === 'date' ? !r.dateOk : (r.F1 !== undefined && r.F1 < 0.8) || (r.snip !== undefined && r.snip < 1),
    );
    console.log(`\n${listing(`${failing.length} pages failing on ${opts.show}`, failing)}`);
  } else if (opts.worst > 0) {
    const worst = [...rows].sort((a, b) => pageScore(a) - pageScore(b) || a.truth.file.localeCompare(b.truth.file)).slice(0, opts.worst);
    console.log(`\n${listing(`${worst.length} worst pages`, worst)}`);
  }
  return 0;
}
