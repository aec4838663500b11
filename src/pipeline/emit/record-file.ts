import { createHash } from 'node:crypto';
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * Keyed records in one file, one `[key, value]` JSON line each, with an index of byte
 * ranges: a page reads the one record it needs instead of parsing (and holding) a
 * whole-corpus JSON file, and the pipeline writes one file instead of one per record
 * (at 10,000 briefs, thousands of small files cost seconds to write).
 *
 * The file is named by a digest of its content, so an index always points at the exact
 * bytes it was written with, even while a dev server reads during a rebuild.
 */
export interface RecordFile {
  /** File name, in the folder given to the reader. */
  file: string;
  /** Record key -> [byte offset, byte length] of its line (without the newline). */
  at: Record<string, [number, number]>;
}

/** Bytes buffered before a write: few system calls, bounded memory. */
const CHUNK = 1 << 20;

/**
 * Writes `records` (in order) to `<dir>/<name>-<digest>.jsonl` and returns its index. A file
 * with the same content is kept as it is. Keys must be unique; a repeated key keeps the last range.
 */
export async function writeRecordFile(dir: string, name: string, records: Iterable<readonly [string, unknown]>): Promise<RecordFile> {
  const tmp = join(dir, `.${name}.${process.pid}.tmp`);
  const hash = createHash('sha256');
  const at: Record<string, [number, number]> = {};
  const handle = await open(tmp, 'w');
  try {
    let offset = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    for (const [key, value] of records) {
      const line = Buffer.from(`${JSON.stringify([key, value])}\n`);
      at[key] = [offset, line.length - 1];
      offset += line.length;
      hash.update(line);
      pending.push(line);
      pendingBytes += line.length;
      if (pendingBytes >= CHUNK) {
        await handle.writev(pending);
        pending = [];
        pendingBytes = 0;
      }
    }
    if (pending.length > 0) await handle.writev(pending);
  } finally {
    await handle.close();
  }
  const file = `${name}-${hash.digest('hex').slice(0, 16)}.jsonl`;
  const exists = await stat(join(dir, file)).then(() => true, () => false);
  if (exists) await rm(tmp, { force: true });
  else await rename(tmp, join(dir, file));
  return { file, at };
}

/** One record, or null when the key is not indexed or the file no longer holds it. */
export async function readRecord<T>(dir: string, index: RecordFile, key: string): Promise<T | null> {
  const range = Object.hasOwn(index.at, key) ? index.at[key] : undefined;
  if (!range) return null;
  const [offset, length] = range;
  // Synchronous reads: a page reads one small range, and a promise-based file handle costs more
  // than the read (open, read and close were a tenth of a brief page's render).
  let fd: number;
  try {
    fd = openSync(join(dir, index.file), 'r');
  } catch {
    return null; // replaced by a newer build since the index was read
  }
  try {
    const buffer = Buffer.alloc(length);
    const bytesRead = readSync(fd, buffer, 0, length, offset);
    if (bytesRead !== length) return null;
    const [found, value] = JSON.parse(buffer.toString('utf8')) as [string, T];
    return found === key ? value : null;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/** Every record in file order, read as a stream: memory holds one line at a time. */
export async function* eachRecord<T>(dir: string, index: RecordFile): AsyncGenerator<[string, T]> {
  let stream;
  try {
    stream = createReadStream(join(dir, index.file), { encoding: 'utf8' });
    await new Promise<void>((resolve, reject) => stream!.once('open', () => resolve()).once('error', reject));
  } catch {
    return;
  }
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    if (line) yield JSON.parse(line) as [string, T];
  }
}

/** Removes record files (and leftover temporary files) of `names` that no index in `keep` points at. */
export async function removeStaleRecordFiles(dir: string, names: string[], keep: RecordFile[]): Promise<void> {
  const kept = new Set(keep.map((k) => k.file));
  const ours = new RegExp(`^\\.?(?:${names.map((n) => n.replace(/[^a-z0-9-]/gi, '')).join('|')})[-.]`);
  for (const entry of await readdir(dir).catch(() => [] as string[])) {
    if (ours.test(entry) && !kept.has(entry) && (entry.endsWith('.jsonl') || entry.endsWith('.tmp'))) await rm(join(dir, entry), { force: true });
  }
}
