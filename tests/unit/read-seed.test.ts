import { describe, expect, it } from 'vitest';
import { decodeSeed, MAX_SEED_BYTES } from '../../src/pipeline/read/read-seed.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

function text(result: ReturnType<typeof decodeSeed>): string {
  if (!result.ok) throw new Error(`rejected: ${result.rejection.reason}`);
  return result.seed.text;
}

describe('decodeSeed', () => {
  it('decodes UTF-8 and records the digest and id', () => {
    const result = decodeSeed(bytes('Hello — мир 世界\n'), 'a b.txt');
    expect(text(result)).toBe('Hello — мир 世界\n');
    expect(result.ok && result.seed.id).toBe('a b');
    expect(result.ok && result.seed.digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('normalises CRLF and lone CR line ends', () => {
    expect(text(decodeSeed(bytes('a\r\nb\rc\n'), 'x.txt'))).toBe('a\nb\nc\n');
  });

  it('strips a UTF-8 byte order mark', () => {
    expect(text(decodeSeed(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Title')]), 'x.txt'))).toBe('Title');
  });

  it('decodes UTF-16 LE and BE with a byte order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, ...[...'Hi ж'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const be = new Uint8Array([0xfe, 0xff, ...[...'Hi ж'].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])]);
    expect(text(decodeSeed(le, 'le.txt'))).toBe('Hi ж');
    expect(text(decodeSeed(be, 'be.txt'))).toBe('Hi ж');
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8, with a warning', () => {
    const result = decodeSeed(new Uint8Array([0x93, 0x51, 0x94, 0x20, 0x96, 0x20, 0xe9]), 'legacy.txt');
    expect(text(result)).toBe('“Q” – é');
    expect(result.ok && result.seed.encoding).toBe('windows-1252');
    expect(result.ok && result.seed.warnings[0]).toMatch(/Windows-1252/);
  });

  it.each([
    ['empty file', new Uint8Array(), /empty/],
    ['white space only', bytes('  \n\t\n  '), /white space/],
    ['NUL bytes', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41, 0x00, 0x42, 0x43, 0x00, 0x44]), /binary/],
    ['too large', new Uint8Array(MAX_SEED_BYTES + 1).fill(0x61), /too large/],
  ])('rejects %s with a reason', (_name, input, reason) => {
    const result = decodeSeed(input, 'bad.txt');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.rejection.reason).toMatch(reason);
  });
});
