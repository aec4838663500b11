import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ReadResult, SeedEncoding } from './types.ts';

/** Seeds larger than this are refused: no news article is this long, and one huge file must not stall the build. */
export const MAX_SEED_BYTES = 2 * 1024 * 1024;

/** Share of control characters above which text is treated as binary. */
const MAX_CONTROL_RATIO = 0.05;

export function seedIdFromFile(file: string): string {
  return basename(file, extname(file));
}

/** Reads a seed file from disk and decodes it; never throws for bad content. */
export async function readSeedFile(path: string, file = basename(path)): Promise<ReadResult> {
  const id = seedIdFromFile(file);
  try {
    const info = await stat(path);
    if (!info.isFile()) return reject(id, file, 'not a regular file');
    if (info.size > MAX_SEED_BYTES) {
      return reject(id, file, `too large: ${formatBytes(info.size)} exceeds the ${formatBytes(MAX_SEED_BYTES)} limit for one article; trim the page dump or split it`);
    }
    const bytes = await readFile(path);
    return decodeSeed(bytes, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return reject(id, file, `unreadable (${code}): check the file's permissions`);
  }
}

/** Decodes raw seed bytes: BOM-aware, UTF-8 first, Windows-1252 as the fallback for legacy pages. */
export function decodeSeed(bytes: Uint8Array, file: string): ReadResult {
  const id = seedIdFromFile(file);
  if (bytes.length > MAX_SEED_BYTES) {
    return reject(id, file, `too large: ${formatBytes(bytes.length)} exceeds the ${formatBytes(MAX_SEED_BYTES)} limit for one article; trim the page dump or split it`);
  }
  const warnings: string[] = [];
  const { encoding, offset } = sniffEncoding(bytes);
  const body = bytes.subarray(offset);
  let text: string;
  let used: SeedEncoding = encoding;
  if (encoding === 'utf-8') {
    if (body.includes(0)) return reject(id, file, 'binary content: the file contains NUL bytes, so it is not a text dump of a page');
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      // Legacy pages are often saved as Windows-1252; every byte decodes, so nothing is lost.
      text = new TextDecoder('windows-1252').decode(body);
      used = 'windows-1252';
      warnings.push('not valid UTF-8: decoded as Windows-1252');
    }
  } else {
    text = new TextDecoder(encoding).decode(body);
    if (text.includes('\uFFFD')) warnings.push(`invalid ${encoding} sequences replaced with U+FFFD`);
  }

  text = normaliseText(text);
  if (controlRatio(text) > MAX_CONTROL_RATIO) {
    return reject(id, file, 'binary content: too many control characters to be a text dump of a page');
  }
  text = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
  if (text.trim() === '') return reject(id, file, bytes.length === 0 ? 'empty file' : 'no text: the file holds only white space');

  const digest = createHash('sha256').update(bytes).digest('hex');
  return { ok: true, seed: { id, file, text, encoding: used, digest, bytes: bytes.length, warnings } };
}

function sniffEncoding(bytes: Uint8Array): { encoding: SeedEncoding; offset: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', offset: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', offset: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', offset: 2 };
  // BOM-less UTF-16 shows as NUL in every other byte of ASCII text.
  const sample = bytes.subarray(0, 4096);
  if (sample.length >= 4) {
    let evenZero = 0;
    let oddZero = 0;
    for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 === 0 ? evenZero++ : oddZero++);
    const half = sample.length / 2;
    if (oddZero > half * 0.4 && evenZero < half * 0.05) return { encoding: 'utf-16le', offset: 0 };
    if (evenZero > half * 0.4 && oddZero < half * 0.05) return { encoding: 'utf-16be', offset: 0 };
  }
  return { encoding: 'utf-8', offset: 0 };
}

/** One line-end convention, composed Unicode, no BOM left inside. */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\uFEFF/g, '').replace(/[\u2028\u2029]/g, '\n').normalize('NFC');
}

function controlRatio(text: string): number {
  if (text.length === 0) return 0;
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  const controls = sample.match(/[\u0000-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  return controls / sample.length;
}

function reject(id: string, file: string, reason: string): ReadResult {
  return { ok: false, rejection: { id, file, reason } };
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`;
}
