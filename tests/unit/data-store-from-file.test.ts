import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataStoreFromFile, dataStorePlugin, NOT_FROM_FILE } from '../../src/integrations/data-store-from-file.ts';

const STORE = '\0astro:data-layer-content';

/** The Vite plugins the integration adds for one command and storage. */
function plugins(command: string, cacheDir: string, collectionStorage?: unknown): unknown[] {
  let added: unknown[] = [];
  const setup = dataStoreFromFile().hooks['astro:config:setup'] as (options: unknown) => void;
  setup({
    command,
    config: { cacheDir: pathToFileURL(`${cacheDir}/`), experimental: collectionStorage ? { collectionStorage } : {} },
    updateConfig: (c: { vite: { plugins: unknown[] } }) => (added = c.vite.plugins),
  });
  return added;
}

/** Runs the plugin's buildEnd over a module graph holding `ids`; returns its warnings. */
function warningsAfterBuild(plugin: ReturnType<typeof dataStorePlugin>, ids: string[]): string[] {
  const warnings: string[] = [];
  plugin.buildEnd.call({ getModuleIds: () => ids.values(), warn: (m: string) => warnings.push(m) });
  return warnings;
}

describe('the content data store in a build', () => {
  it('is read from the file Astro wrote, not compiled as one string', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dispatch-store-'));
    try {
      const plugin = dataStorePlugin(join(dir, 'data-store.json'));
      // It must answer before Astro's own plugin, which loads the same module.
      expect(plugin.load.order).toBe('pre');
      // No store written yet: Astro answers with its own (empty) module.
      expect(plugin.load.handler(STORE)).toBeNull();
      await writeFile(join(dir, 'data-store.json'), '[["Map",1]]');
      const code = plugin.load.handler(STORE)!;
      expect(code).toContain('readFileSync');
      expect(code).toContain(JSON.stringify(join(dir, 'data-store.json')));
      expect(code).not.toContain('["Map"');
      expect(plugin.load.handler('\0astro:content')).toBeNull();
      expect(warningsAfterBuild(plugin, [STORE])).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('says so when the store reached the pages another way', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dispatch-store-'));
    try {
      await writeFile(join(dir, 'data-store.json'), '[["Map",1]]');
      const plugin = dataStorePlugin(join(dir, 'data-store.json'));
      // Another plugin answered first: the store is in the graph, but this plugin never served it.
      expect(warningsAfterBuild(plugin, ['/src/pages/index.astro', STORE])[0]).toContain(NOT_FROM_FILE);
      // A bundle without the store (the client build) is no sign of anything.
      expect(warningsAfterBuild(plugin, ['/src/pages/index.astro'])).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is left to Astro in dev and for a chunked store', () => {
    expect(plugins('build', tmpdir())).toHaveLength(1);
    expect(plugins('dev', tmpdir())).toEqual([]);
    expect(plugins('build', tmpdir(), 'chunked')).toEqual([]);
  });
});
