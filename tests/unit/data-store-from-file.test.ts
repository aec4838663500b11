import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataStoreFromFile } from '../../src/integrations/data-store-from-file.ts';

type Load = (id: string) => string | null;

/** The Vite load hook the integration adds for one command and storage, if any. */
function loadHook(command: string, cacheDir: string, collectionStorage?: unknown): Load | null {
  let load: Load | null = null;
  const setup = dataStoreFromFile().hooks['astro:config:setup'] as (options: unknown) => void;
  setup({
    command,
    config: { cacheDir: pathToFileURL(`${cacheDir}/`), experimental: collectionStorage ? { collectionStorage } : {} },
    updateConfig: (c: { vite: { plugins: { load: Load }[] } }) => (load = c.vite.plugins[0]!.load),
  });
  return load;
}

describe('the content data store in a build', () => {
  it('is read from the file Astro wrote, not compiled as one string', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dispatch-store-'));
    try {
      const load = loadHook('build', dir)!;
      // No store written yet: Astro answers with its own (empty) module.
      expect(load('\0astro:data-layer-content')).toBeNull();
      await writeFile(join(dir, 'data-store.json'), '[["Map",1]]');
      const code = load('\0astro:data-layer-content')!;
      expect(code).toContain('readFileSync');
      expect(code).toContain(JSON.stringify(join(dir, 'data-store.json')));
      expect(code).not.toContain('["Map"');
      expect(load('\0astro:content')).toBeNull();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is left to Astro in dev and for a chunked store', () => {
    expect(loadHook('dev', tmpdir())).toBeNull();
    expect(loadHook('build', tmpdir(), 'chunked')).toBeNull();
  });
});
