import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeSeed, MAX_LINE_CHARS, readSeedFile, seedIdFromFile, unreadableReason } from '../../src/pipeline/read/read-seed.ts';
import type { ReadResult } from '../../src/pipeline/types.ts';
import { pngLikeBytes } from '../helpers/hostile-seeds.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const reason = (r: ReadResult) => (r.ok ? null : r.rejection.reason);
const text = (r: ReadResult) => (r.ok ? r.seed.text : `rejected: ${r.rejection.reason}`);

describe('decoding hostile bytes', () => {
  it('rejects a line over the limit, naming the line and its length, and accepts one at the limit', () => {
    const over = decodeSeed(utf8(`Title\n\n${'a'.repeat(MAX_LINE_CHARS + 1)}\nlast`), 'long.txt');
    expect(reason(over)).toBe(`line 3 is ${(MAX_LINE_CHARS + 1).toLocaleString('en')} characters long (the limit is 100,000): this looks like minified code or data, not an article; if it is an article, put line breaks between its paragraphs`);
    expect(decodeSeed(utf8(`Title\n\n${'a'.repeat(MAX_LINE_CHARS)}`), 'ok.txt').ok).toBe(true);
  });

  it('counts line length after CRLF and lone CR are normalised, so CR-only files are not one long line', () => {
    const cr = `Title\r\r${'Some words here. '.repeat(5000)}\r${'More words. '.repeat(5000)}`;
    expect(cr.length).toBeGreaterThan(MAX_LINE_CHARS);
    expect(decodeSeed(utf8(cr), 'cr.txt').ok).toBe(true);
  });

  it('rejects binary with NUL bytes near the start, but keeps a long text with a stray NUL, with a warning', () => {
    expect(reason(decodeSeed(pngLikeBytes(), 'image.png'))).toMatch(/^binary content: the file contains NUL bytes/);
    const article = `Title\n\n${'A sentence of the article. '.repeat(2000)}`;
    const stray = decodeSeed(utf8(`${article}\u0000 and more.`), 'stray.txt');
    expect(stray.ok && stray.seed.warnings).toEqual(['1 stray NUL byte removed']);
    expect(text(stray)).not.toContain('\u0000');
    expect(text(stray)).toContain(' and more.');
  });

  it('rejects bytes that only look like UTF-16, instead of publishing garbage', () => {
    // 0xFF 0xFE then lone low surrogates: a "UTF-16 LE" file in which almost nothing decodes.
    const bytes = new Uint8Array([0xff, 0xfe, ...Array.from({ length: 2000 }, (_, i) => (i % 2 === 0 ? 0x00 : 0xdc))]);
    expect(reason(decodeSeed(bytes, 'fake.txt'))).toMatch(/^binary content: looks like UTF-16LE but most of it does not decode/);
  });

  it('keeps decoding the committed encodings: Windows-1252 quotes and euro, UTF-16 with BOM', () => {
    const cp1252 = decodeSeed(new Uint8Array([0x93, 0x80, 0x34, 0x94]), 'a.txt');
    expect(text(cp1252)).toBe('“€4”');
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from('Ж\r\nok', 'utf16le')]);
    expect(text(decodeSeed(le, 'b.txt'))).toBe('Ж\nok');
  });

  it('gives the same seed id for composed and decomposed Unicode file names', () => {
    expect(seedIdFromFile('cafe\u0301 news.txt')).toBe(seedIdFromFile('caf\u00e9 news.txt'));
    expect(seedIdFromFile('café ünïcödé 新闻.txt')).toBe('café ünïcödé 新闻');
  });
});

describe('reading seed files that cannot be read', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dispatch-read-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('explains a dangling link, a folder and a 10 MB file, without reading the big one', async () => {
    await symlink(join(dir, 'missing.txt'), join(dir, 'link.txt'));
    await mkdir(join(dir, 'folder.txt'));
    await writeFile(join(dir, 'big.txt'), Buffer.alloc(10 * 1024 * 1024, 0x61));
    expect(reason(await readSeedFile(join(dir, 'link.txt')))).toMatch(/^unreadable \(ENOENT\): .*link to a missing file; fix or remove the link$/);
    expect(reason(await readSeedFile(join(dir, 'folder.txt')))).toMatch(/^a folder, not a file: .*move its files into the seeds folder$/);
    const start = performance.now();
    expect(reason(await readSeedFile(join(dir, 'big.txt')))).toMatch(/^too large: 10\.0 MB exceeds the 2\.0 MB limit/);
    expect(performance.now() - start).toBeLessThan(200);
  });

  it('explains a file without read permission (as a user that permissions apply to)', async () => {
    const path = join(dir, 'secret.txt');
    await writeFile(path, 'Title\n\nBody.');
    await chmod(path, 0o000);
    const result = await readSeedFile(path);
    // Root reads anything, so there the permission check cannot be exercised on disk; the reason itself is checked below.
    if (process.getuid?.() !== 0) expect(reason(result)).toMatch(/^unreadable \(EACCES\): permission denied; make the file readable/);
    await chmod(path, 0o644);
  });

  it('turns each error code into what to do', () => {
    const err = (code: string) => Object.assign(new Error(`${code}: boom`), { code });
    expect(unreadableReason(err('EACCES'))).toBe('unreadable (EACCES): permission denied; make the file readable by the user running the build (e.g. chmod a+r)');
    expect(unreadableReason(err('EPERM'))).toMatch(/^unreadable \(EPERM\): permission denied/);
    expect(unreadableReason(err('ELOOP'))).toMatch(/points to itself; replace it with the file$/);
    expect(unreadableReason(err('EIO'))).toBe('unreadable (EIO): EIO: boom; check the file and its permissions');
    expect(unreadableReason('not an error')).toMatch(/^unreadable \(error\)/);
  });
});
