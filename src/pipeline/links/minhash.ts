import { contentWords } from './text.ts';

/**
 * Near-duplicate detection: word shingles -> MinHash signature -> LSH bands.
 * Hand-written (a few lines) because the npm MinHash packages either pull in
 * BigInt arithmetic per hash or are unmaintained; this uses a bijective
 * 32-bit mixer, so each seeded hash is a true permutation of shingle hashes.
 */

export const PERMUTATIONS = 128;
export const SHINGLE_WORDS = 3;

/** FNV-1a hash of a string to an unsigned 32-bit integer. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: a bijection on 32-bit integers that spreads every input bit. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS: number[] = Array.from({ length: PERMUTATIONS }, (_, i) => mix(0x9e3779b9 ^ Math.imul(i + 1, 0x2545f491)));
const SEED_WORDS = Uint32Array.from(SEEDS);

/**
 * Overlapping runs of k content words (stopwords dropped, plurals folded), so
 * rewording of function words and inflections still leaves shingles in common.
 */
export function shingles(text: string, k = SHINGLE_WORDS): Set<string> {
  return shinglesOf(contentWords(text), k);
}

/** Shingles of content words already read (contentWords, contentWordsOf). */
export function shinglesOf(words: readonly string[], k = SHINGLE_WORDS): Set<string> {
  const out = new Set<string>();
  if (words.length < k) {
    if (words.length > 0) out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + k <= words.length; i++) out.add(words.slice(i, i + k).join(' '));
  return out;
}

/** The MinHash signature of a set of shingles: per permutation, the smallest permuted hash. */
export function minhashSignature(set: Iterable<string>, permutations = PERMUTATIONS): number[] {
  const hashes: number[] = [];
  for (const shingle of set) hashes.push(hash32(shingle));
  return signatureOfHashes(hashes, permutations);
}

/** Per permutation, the smallest permuted value of the shingles' hashes. */
function signatureOfHashes(hashes: ArrayLike<number>, permutations: number): number[] {
  // A permutation at a time, its minimum kept in a local (not read and written in an array for every
  // shingle). A hash is read as its 32 bits: a signed value mixes as the unsigned one does.
  const signature: number[] = [];
  for (let i = 0; i < permutations; i++) {
    const seed = SEED_WORDS[i]!;
    let min = 0xffffffff;
    for (let k = 0; k < hashes.length; k++) {
      const v = mix(hashes[k]! ^ seed);
      if (v < min) min = v;
    }
    signature.push(min);
  }
  return signature;
}

/**
 * minhashSignature(shinglesOf(words, k)), without building the shingles: a signature depends only
 * on the set of the shingles' hashes, so each shingle is hashed straight from its words (FNV-1a
 * reads the characters in order, the joining spaces included) and each distinct hash mixed once.
 */
export function minhashOfWords(words: readonly string[], k = SHINGLE_WORDS, permutations = PERMUTATIONS): number[] {
  if (words.length < k) return signatureOfHashes(words.length > 0 ? [hash32(words.join(' '))] : [], permutations);
  // The hashes as 32-bit integers in a typed array, sorted so that repeats are neighbours: a Set of
  // numbers boxed every hash past 2^30 (most of them) and hashed it again.
  const hashes = new Int32Array(words.length - k + 1);
  for (let i = 0; i + k <= words.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + k; j++) {
      if (j > i) h = Math.imul(h ^ 32, 0x01000193);
      const word = words[j]!;
      for (let c = 0; c < word.length; c++) h = Math.imul(h ^ word.charCodeAt(c), 0x01000193);
    }
    hashes[i] = h;
  }
  hashes.sort();
  return signatureOfHashes(distinctSorted(hashes), permutations);
}

/** The values of a sorted array, each once. */
function distinctSorted(sorted: Int32Array): Int32Array {
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i]!;
  return sorted.subarray(0, n);
}

/** Share of equal positions: an unbiased estimate of the Jaccard similarity of the two shingle sets. */
export function estimateJaccard(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

export function exactJaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** LSH band keys of a signature: briefs sharing any key become candidate pairs. */
export function bandKeys(signature: readonly number[], bands: number): string[] {
  const rows = Math.floor(signature.length / bands);
  const keys: string[] = [];
  for (let b = 0; b < bands; b++) keys.push(`${b}:${signature.slice(b * rows, (b + 1) * rows).join('.')}`);
  return keys;
}

/** Signature as compact text for the cache (base64 of the 32-bit words). */
export function encodeSignature(signature: readonly number[]): string {
  return Buffer.from(new Uint32Array(signature).buffer).toString('base64');
}

export function decodeSignature(text: string): number[] {
  const bytes = Buffer.from(text, 'base64');
  return [...new Uint32Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.length / 4))];
}
