import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eachRecord, readRecord, removeStaleRecordFiles, writeRecordFile } from '../../src/pipeline/emit/record-file.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dispatch-records-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const records: [string, unknown][] = [
  ['alpha', { title: 'Plain' }],
  ['2024', { title: 'A key that looks like a number' }],
  ['ünïcode-ключ', { title: 'Multi-byte text: “quotes”, 日本語, emoji 🎉', lines: ['a\nb', '</script>'] }],
  ['empty', null],
];

describe('record files', () => {
  it('reads back each record by key, multi-byte text included, and nothing for unknown keys', async () => {
    const index = await writeRecordFile(dir, 'things', records);
    for (const [key, value] of records) expect(await readRecord(dir, index, key)).toEqual(value);
    expect(await readRecord(dir, index, 'missing')).toBeNull();
    expect(await readRecord(dir, index, 'toString')).toBeNull();
  });

  it('streams every record in the order written', async () => {
    const index = await writeRecordFile(dir, 'things', records);
    const seen: [string, unknown][] = [];
    for await (const entry of eachRecord(dir, index)) seen.push(entry);
    expect(seen).toEqual(records);
  });

  it('names the file by its content, keeps an unchanged file and removes files no index points at', async () => {
    const first = await writeRecordFile(dir, 'things', records);
    const same = await writeRecordFile(dir, 'things', records);
    expect(same.file).toBe(first.file);
    const changed = await writeRecordFile(dir, 'things', [...records, ['new', 1]]);
    expect(changed.file).not.toBe(first.file);
    await writeFile(join(dir, 'unrelated.jsonl'), 'kept');
    await removeStaleRecordFiles(dir, ['things'], [changed]);
    expect((await readdir(dir)).sort()).toEqual([changed.file, 'unrelated.jsonl'].sort());
    expect(await readRecord(dir, changed, 'new')).toBe(1);
  });

  it('answers null, never throws, when the file behind an index is gone or holds other bytes', async () => {
    const index = await writeRecordFile(dir, 'things', records);
    await writeFile(join(dir, index.file), (await readFile(join(dir, index.file), 'utf8')).replace('alpha', 'omega'));
    expect(await readRecord(dir, index, 'alpha')).toBeNull();
    await rm(join(dir, index.file));
    expect(await readRecord(dir, index, '2024')).toBeNull();
    const seen = [];
    for await (const entry of eachRecord(dir, index)) seen.push(entry);
    expect(seen).toEqual([]);
  });

  it('writes an empty set of records', async () => {
    const index = await writeRecordFile(dir, 'none', []);
    expect(index.at).toEqual({});
    expect(await readFile(join(dir, index.file), 'utf8')).toBe('');
  });
});
