import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';

/**
 * `franc(value, { minLength, only })` from franc 6, same answer, a fraction of the CPU.
 *
 * franc scores a sample against every language of its script by looking each of the sample's
 * trigrams up in every language model (54 models read for Latin), after building the trigram list
 * in a sparse array. Language detection was about a tenth of cleaning a page. Here each
 * script's models are inverted once (trigram -> the languages that list it, with its rank), so
 * a trigram costs one lookup, and only the languages that know it are touched. The data,
 * script patterns, sample length and scoring are franc's own; `tests/unit/franc-fast.test.ts`
 * checks the answers against franc itself.
 */

/**
 * The languages read of the Latin and Cyrillic scripts. franc-min's 82 languages (those of 8 million speakers or more)
 * lack Finnish, Danish, Norwegian, Slovak, Slovenian, Catalan, Albanian, Macedonian and the Baltic languages, whose pages
 * it took for Quechua or Malay; franc's 187 have them, but also regional languages close to a big one (Scots, Haitian
 * Creole, Low German, Venetian), which took English and German pages for theirs. So franc's models are read for
 * franc-min's languages and those national ones; every language of the other scripts is read.
 */
export const READ_LANGUAGES: ReadonlySet<string> = new Set([
  // franc-min's, Latin script
  'spa', 'eng', 'por', 'ind', 'fra', 'deu', 'jav', 'vie', 'ita', 'tur', 'pol', 'swh', 'sun', 'ron', 'hau', 'fuv', 'bos', 'hrv', 'nld', 'srp', 'ckb', 'yor',
  'uzn', 'zlm', 'ibo', 'ceb', 'tgl', 'hun', 'azj', 'ces', 'run', 'plt', 'qug', 'mad', 'nya', 'zyb', 'kin', 'zul', 'swe', 'lin', 'som', 'hms', 'hnj', 'ilo',
  // franc-min's, Cyrillic script
  'rus', 'ukr', 'koi', 'bel', 'bul', 'kaz',
  // Europe's national languages that franc-min lacks
  'fin', 'dan', 'nob', 'slk', 'slv', 'cat', 'als', 'lit', 'lvs', 'ekk', 'mkd',
]);
const LIMITED_SCRIPTS = new Set(['Latin', 'Cyrillic']);

/** franc's limits: the sample it reads, and the score of a trigram a model lacks. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

interface ScriptModels {
  languages: string[];
  /** trigram -> pairs of (language index, rank in that language's model), flat in a typed array (read in the hot loop). */
  postings: Map<string, Int32Array>;
  /**
   * The trigrams of three characters below PACK_LIMIT as `packed` integers, sorted, with their lists at the same index
   * in `packedLists`: the sample's trigrams, sorted too, are found by a search that only moves forward.
   */
  packedKeys: Int32Array;
  packedLists: Int32Array[];
}

/** Bits per character in a packed trigram: three fit a small integer, which a map hashes without a string made and hashed per position. */
const PACK_BITS = 10;
const PACK_LIMIT = 1 << PACK_BITS;

/** A trigram of three characters below PACK_LIMIT as one integer. */
function packed(a: number, b: number, c: number): number {
  return (((a << PACK_BITS) | b) << PACK_BITS) | c;
}

let models: Map<string, ScriptModels> | null = null;

function scriptModels(): Map<string, ScriptModels> {
  if (models) return models;
  models = new Map();
  for (const [script, languages] of Object.entries(data)) {
    const names = Object.keys(languages).filter((name) => !LIMITED_SCRIPTS.has(script) || READ_LANGUAGES.has(name));
    const lists = new Map<string, number[]>();
    names.forEach((name, l) => {
      const model = languages[name]!.split('|');
      // franc keeps the first rank of a trigram listed twice.
      const ranks = new Map<string, number>();
      for (let rank = model.length - 1; rank >= 0; rank--) ranks.set(model[rank]!, rank);
      for (const [trigram, rank] of ranks) {
        let list = lists.get(trigram);
        if (!list) lists.set(trigram, (list = []));
        list.push(l, rank);
      }
    });
    const postings = new Map<string, Int32Array>();
    for (const [trigram, list] of lists) postings.set(trigram, Int32Array.from(list));
    const packedPostings: [number, Int32Array][] = [];
    for (const [trigram, list] of postings) {
      if (trigram.length !== 3) continue;
      const [a, b, c] = [trigram.charCodeAt(0), trigram.charCodeAt(1), trigram.charCodeAt(2)];
      if ((a | b | c) < PACK_LIMIT) packedPostings.push([packed(a, b, c), list]);
    }
    packedPostings.sort((x, y) => x[0] - y[0]);
    models.set(script, { languages: names, postings, packedKeys: Int32Array.from(packedPostings, ([key]) => key), packedLists: packedPostings.map(([, list]) => list) });
  }
  return models;
}

/** The first index from `from` on whose key is `key` or more (keys sorted ascending). */
function lowerBound(keys: Int32Array, key: number, from: number): number {
  let lo = from;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The ISO 639-3 code franc gives the text, of READ_LANGUAGES in the Latin and Cyrillic scripts ("und" when it cannot tell). */
export function francFast(value: string, minLength = 10): string {
  if (!value || value.length < minLength) return 'und';
  const sample = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(sample);
  const scripts = scriptModels();
  const model = script === undefined ? undefined : scripts.get(script);
  if (!model) return !script || share === 0 ? 'und' : script;
  const counts = trigramCounts(sample);
  // Every trigram starts at the full penalty for every language; a language that lists it gets the difference instead.
  // Integers all through (at most MAX_LENGTH trigrams times MAX_DIFFERENCE), so a typed array holds them exactly.
  const distance = new Int32Array(model.languages.length).fill((counts.packedDistinct + counts.other.size) * MAX_DIFFERENCE);
  const score = (list: Int32Array | undefined, count: number) => {
    if (!list) return;
    for (let k = 0; k < list.length; k += 2) {
      const l = list[k]!;
      distance[l] = distance[l]! - MAX_DIFFERENCE + Math.abs(count - list[k + 1]! - 1);
    }
  };
  // The sums are of integers: the order the trigrams are scored in does not change them.
  const keys = counts.packed;
  const known = model.packedKeys;
  let at = 0;
  for (let i = 0; i < keys.length; ) {
    const key = keys[i]!;
    let j = i + 1;
    while (j < keys.length && keys[j] === key) j++;
    at = lowerBound(known, key, at);
    if (at < known.length && known[at] === key) score(model.packedLists[at], j - i);
    i = j;
  }
  counts.other.forEach((count, trigram) => score(model.postings.get(trigram), count));
  // franc sorts stably by distance and takes the first: the lowest distance, earliest language on ties.
  let best = 0;
  for (let l = 1; l < distance.length; l++) if (distance[l]! < distance[best]!) best = l;
  return model.languages[best]!;
}

const SCRIPTS = Object.entries(expressions);
const SURROGATE = /[\uD800-\uDFFF]/;
/**
 * For each UTF-16 code unit once asked: bit k set when it is a character of SCRIPTS[k] (bit 31 marks the entry as
 * known). A script's expression matches single characters of the Basic Multilingual Plane, and pairs of surrogates,
 * so in a text without surrogates it matches once per character of its class: counted from the table, without the
 * array of every matching character that `match` builds.
 */
const SCRIPT_BITS = new Int32Array(0x10000);
const KNOWN = 1 << 31;
const WHOLE = SCRIPTS.map(([, expression]) => new RegExp(`^(?:${expression.source})$`));

function scriptBits(code: number): number {
  let bits = SCRIPT_BITS[code]!;
  if (bits === 0) {
    bits = KNOWN;
    const char = String.fromCharCode(code);
    WHOLE.forEach((whole, k) => {
      if (whole.test(char)) bits |= 1 << k;
    });
    SCRIPT_BITS[code] = bits;
  }
  return bits;
}

/** How many characters of each script the sample holds, as `sample.match(expression).length` counts them. */
function scriptCounts(sample: string): number[] {
  if (SURROGATE.test(sample)) return SCRIPTS.map(([, expression]) => sample.match(expression)?.length ?? 0);
  const counts = new Array<number>(SCRIPTS.length).fill(0);
  for (let i = 0; i < sample.length; i++) {
    // Only the set bits are visited (a character belongs to one script or none, nearly always).
    for (let bits = scriptBits(sample.charCodeAt(i)) & ~KNOWN; bits !== 0; bits &= bits - 1) counts[31 - Math.clz32(bits & -bits)]!++;
  }
  return counts;
}

/** The script most of the sample's characters belong to (the first listed on ties), and its share. */
function topScript(sample: string): [string | undefined, number] {
  let top: string | undefined;
  let topShare = -1;
  const counts = scriptCounts(sample);
  for (let k = 0; k < SCRIPTS.length; k++) {
    const script = SCRIPTS[k]![0];
    const share = counts[k]! / sample.length || 0;
    if (share > topShare) {
      topShare = share;
      top = script;
    }
  }
  return [top, topShare];
}

/**
 * Packed trigrams sorted ascending: three passes of a counting sort, one per character (PACK_BITS each), from the
 * last. The same order as a numeric sort; the typed array's own sort was most of counting a sample's trigrams.
 */
function sortPacked(keys: Int32Array): Int32Array {
  let from: Int32Array = keys;
  let to: Int32Array = new Int32Array(keys.length);
  const starts = new Int32Array(PACK_LIMIT);
  for (let shift = 0; shift < 3 * PACK_BITS; shift += PACK_BITS) {
    starts.fill(0);
    for (let i = 0; i < from.length; i++) starts[(from[i]! >> shift) & (PACK_LIMIT - 1)]!++;
    let at = 0;
    for (let d = 0; d < PACK_LIMIT; d++) {
      const count = starts[d]!;
      starts[d] = at;
      at += count;
    }
    for (let i = 0; i < from.length; i++) {
      const key = from[i]!;
      to[starts[(key >> shift) & (PACK_LIMIT - 1)]!++] = key;
    }
    [from, to] = [to, from];
  }
  return from;
}

interface TrigramCounts {
  /** The trigrams of three characters below PACK_LIMIT, packed and sorted: each distinct one is a run, its length the count. */
  packed: Int32Array;
  /** How many runs `packed` has. */
  packedDistinct: number;
  /** The other trigrams with their counts. */
  other: Map<string, number>;
}

/**
 * trigram-utils' trigrams: ASCII punctuation and digits become spaces, white space collapses, lower case, padded.
 * Trigrams of three characters below PACK_LIMIT (nearly all of a Latin text) are kept as packed integers and sorted
 * (a sort of a typed array costs less than a map updated per position), the others counted by their string. A
 * trigram is in one of the two only, so together they hold the distinct trigrams once.
 */
function trigramCounts(sample: string): TrigramCounts {
  const text = ` ${sample.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
  const keys = new Int32Array(Math.max(0, text.length - 2));
  let n = 0;
  const other = new Map<string, number>();
  for (let i = 0; i + 3 <= text.length; i++) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    const c = text.charCodeAt(i + 2);
    if ((a | b | c) < PACK_LIMIT) {
      keys[n++] = packed(a, b, c);
    } else {
      const trigram = text.slice(i, i + 3);
      other.set(trigram, (other.get(trigram) ?? 0) + 1);
    }
  }
  const packedKeys = sortPacked(keys.subarray(0, n));
  let distinct = 0;
  for (let i = 0; i < n; i++) if (i === 0 || packedKeys[i] !== packedKeys[i - 1]) distinct++;
  return { packed: packedKeys, packedDistinct: distinct, other };
}
