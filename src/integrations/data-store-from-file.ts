import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Astro's module holding the content data store in a build (astro/dist/content/consts.js). */
const DATA_STORE_MODULE = '\0astro:data-layer-content';

/**
 * In `astro build`, the content data store (every brief's data, text and rendered HTML) reaches
 * the pages as a module that holds the whole store as one string literal. V8 grows a literal's
 * buffer by at most 1 MB at a time, so compiling that module takes time quadratic in the store's
 * size: 8 MB 1 s, 32 MB 12 s, the 60 MB store of 5,000 briefs 36 s of CPU, and the source stays
 * in memory for the whole build. This integration gives the build a module that reads the same
 * file (the store Astro wrote in its cache folder) when the pages first import it: linear, and
 * parsed once. Anything else (dev, a chunked store, no store yet) is left to Astro.
 */
export function dataStoreFromFile(): AstroIntegration {
  return {
    name: 'dispatch-data-store-from-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build' || (config.experimental.collectionStorage ?? 'single-file') !== 'single-file') return;
        updateConfig({ vite: { plugins: [dataStorePlugin(fileURLToPath(new URL('data-store.json', config.cacheDir)))] } });
      },
    },
  };
}

/** What a build says when the store reached the pages some other way (an Astro upgrade that moved the module). */
export const NOT_FROM_FILE = 'the content data store was compiled into the pages as one string';

/** The Vite plugin: answers the store's module with a read of `file`, and says so when it could not. */
export function dataStorePlugin(file: string) {
  let served = false;
  return {
    name: 'dispatch-data-store-from-file',
    enforce: 'pre' as const,
    load: {
      // Astro's own plugin loads this module too, and the first answer wins: a plain 'pre'
      // plugin comes after Astro's, so this hook asks to run before every other one.
      order: 'pre' as const,
      handler(id: string): string | null {
        if (id !== DATA_STORE_MODULE || !existsSync(file)) return null;
        served = true;
        return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
      },
    },
    buildEnd(this: { getModuleIds(): IterableIterator<string>; warn(message: string): void }) {
      if (served || !existsSync(file)) return;
      for (const id of this.getModuleIds()) {
        if (id === DATA_STORE_MODULE) return this.warn(`${NOT_FROM_FILE} (src/integrations/data-store-from-file.ts did not load it): builds of many briefs will be slow`);
      }
    },
  };
}
