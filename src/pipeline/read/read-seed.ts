import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ReadResult, SeedEncoding } from '../types.ts';

/** Seeds larger than this are refused: no news article is this long, and one huge file must not stall the build. */
export const MAX_SEED_BYTES = 2 * 1024 * 1024;

/**
 * Lines longer than this are refused. A paragraph of a news article is a few thousand
 * characters and a whole long read about 60,000; a longer line is minified code or data,
 * and Markdown parsing slows down super-linearly on one huge paragraph.
 */
export const MAX_LINE_CHARS = 100_000;

/** Share of control characters above which text is treated as binary. */
const MAX_CONTROL_RATIO = 0.05;

/** Like git's binary check: a NUL byte near the start, or more than a stray few, means binary. */
const NUL_SNIFF_BYTES = 8000;
const MAX_NUL_RATIO = 0.001;

/** Share of U+FFFD (undecodable) characters above which a UTF-16 guess is treated as binary. */
const MAX_REPLACEMENT_RATIO = 0.05;

/** A seed's id: its file name without extension, in composed Unicode so it is the same on every file system. */
export function seedIdFromFile(file: string): string {
  return basename(file, extname(file)).normalize('NFC');
}

/** Reads a seed file from disk and decodes it; never throws for bad content. */
export async function readSeedFile(path: string, file = basename(path)): Promise<ReadResult> {
  const id = seedIdFromFile(file);
  try {
    const info = await stat(path);
    if (info.isDirectory()) return reject(id, file, 'a folder, not a file: seeds in sub-folders are not read; move its files into the seeds folder');
    if (!info.isFile()) return reject(id, file, 'not a regular file (a device, socket or pipe): replace it with a text file');
    if (info.size > MAX_SEED_BYTES) return reject(id, file, tooLarge(info.size));
    const bytes = await readFile(path);
    return decodeSeed(bytes, file);
  } catch (error) {
    return reject(id, file, unreadableReason(error));
  }
}

/** Why a seed file could not be read, and what to do about it. */
export function unreadableReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'error';
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `unreadable (${code}): permission denied; make the file readable by the user running the build (e.g. chmod a+r)`;
    case 'ENOENT':
      return 'unreadable (ENOENT): the file vanished during the build or is a link to a missing file; fix or remove the link';
    case 'ELOOP':
      return 'unreadable (ELOOP): a symbolic link that points to itself; replace it with the file';
    case 'EISDIR':
      return 'unreadable (EISDIR): a folder, not a file; move its files into the seeds folder';
    default:
      return `unreadable (${code}): ${(error as Error | undefined)?.message ?? 'unknown error'}; check the file and its permissions`;
  }
}

/** Decodes raw seed bytes: BOM-aware, UTF-8 first, Windows-1252 as the fallback for legacy pages. */
export function decodeSeed(bytes: Uint8Array, file: string): ReadResult {
  const id = seedIdFromFile(file);
  if (bytes.length > MAX_SEED_BYTES) return reject(id, file, tooLarge(bytes.length));
  const warnings: string[] = [];
  const { encoding, offset } = sniffEncoding(bytes);
  const body = bytes.subarray(offset);
  let text: string;
  let used: SeedEncoding = encoding;
  if (encoding === 'utf-8') {
    const nuls = countNuls(body);
    if (nuls > 0) {
      if (body.subarray(0, NUL_SNIFF_BYTES).includes(0) || nuls > body.length * MAX_NUL_RATIO) {
        return reject(id, file, 'binary content: the file contains NUL bytes, so it is not a text dump of a page');
      }
      warnings.push(`${nuls} stray NUL byte${nuls === 1 ? '' : 's'} removed`);
    }
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
    const replaced = countOf(text, '\uFFFD');
    if (replaced > text.length * MAX_REPLACEMENT_RATIO) {
      return reject(id, file, `binary content: looks like ${encoding.toUpperCase()} but most of it does not decode`);
    }
    if (replaced > 0) warnings.push(`invalid ${encoding} sequences replaced with U+FFFD`);
  }

  text = normaliseText(text);
  if (controlRatio(text) > MAX_CONTROL_RATIO) {
    return reject(id, file, 'binary content: too many control characters to be a text dump of a page');
  }
  text = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
  if (text.trim() === '') return reject(id, file, bytes.length === 0 ? 'empty file: nothing to publish; add the article text or delete the file' : 'no text: the file holds only white space; add the article text or delete the file');
  const longest = longestLine(text);
  if (longest.length > MAX_LINE_CHARS) {
    return reject(
      id,
      file,
      `line ${longest.line} is ${longest.length.toLocaleString('en')} characters long (the limit is ${MAX_LINE_CHARS.toLocaleString('en')}): this looks like minified code or data, not an article; if it is an article, put line breaks between its paragraphs`,
    );
  }

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

/** The longest line (1-based line number and length), in one linear pass. */
function longestLine(text: string): { line: number; length: number } {
  let best = { line: 1, length: 0 };
  let start = 0;
  for (let line = 1; start <= text.length; line++) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    if (stop - start > best.length) best = { line, length: stop - start };
    if (end === -1) break;
    start = end + 1;
  }
  return best;
}

function controlRatio(text: string): number {
  if (text.length === 0) return 0;
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  const controls = sample.match(/[\u0000-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  return controls / sample.length;
}

function countNuls(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0); i !== -1; i = bytes.indexOf(0, i + 1)) n++;
  return n;
}

function countOf(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}

function reject(id: string, file: string, reason: string): ReadResult {
  return { ok: false, rejection: { id, file, reason } };
}

function tooLarge(size: number): string {
  return `too large: ${formatBytes(size)} exceeds the ${formatBytes(MAX_SEED_BYTES)} limit for one article; trim the page dump or split it`;
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`;
}
