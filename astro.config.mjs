// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { dataStoreFromFile } from './src/integrations/data-store-from-file.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { contentSecurityPolicy } from './src/csp.ts';
import { normaliseBase } from './src/site-paths.ts';
import { flagMarks } from './src/plugins/rehype-flag-marks.ts';
import { inlineFlags } from './src/plugins/remark-inline-flags.ts';
import { MARKDOWN_FEATURES } from './src/pipeline/authored/prose.ts';

// Publishers set DISPATCH_BASE to deploy under a sub-path (e.g. /news) and
// DISPATCH_SITE to the public origin; tests also redirect the output folders.
export default defineConfig({
  site: process.env.DISPATCH_SITE || 'https://dispatch.example',
  base: normaliseBase(process.env.DISPATCH_BASE),
  trailingSlash: 'ignore',
  outDir: process.env.DISPATCH_OUT_DIR || './dist',
  cacheDir: process.env.DISPATCH_CACHE_DIR || './node_modules/.astro',
  // dataStoreFromFile: the build reads the content data store from its file (see the module for why).
  integrations: [mdx(), sitemap(), pagefind(), dataStoreFromFile()],
  // Stylesheets as files, never inline <style>: cacheable, and a strict Content-Security-Policy needs no style hashes.
  // Two pages at a time: Astro awaits each page's folder and file write, so one page at a time
  // left the main thread idle for 29% of page generation (a CPU profile at 3,000 briefs;
  // the pages written are the same bytes either way).
  build: { inlineStylesheets: 'never', concurrency: 2 },
  // Briefs reproduce the source text exactly: no curly-quote or dash rewriting. The features are
  // the ones hand-written briefs' prose is read with for flagging (src/pipeline/authored/prose.ts).
  // The flag-marks plugin highlights each editorial flag's evidence inline, and inlineFlags ties
  // the <Flag> tags authors write to the flags panel (see src/plugins/).
  // Code blocks are highlighted with Prism (class names) rather than Shiki, whose inline
  // styles the Content-Security-Policy below would block. MDX inherits the processor's features.
  markdown: {
    processor: satteri({ mdastPlugins: [inlineFlags], hastPlugins: [flagMarks], features: MARKDOWN_FEATURES }),
    syntaxHighlight: 'prism',
  },
  // Every page gets a Content-Security-Policy <meta>: scripts and styles only from the site
  // itself, plus the hashes Astro computes for the inline ones it emits. 'wasm-unsafe-eval'
  // lets Pagefind compile its search WebAssembly; nothing else may run inline.
  security: { csp: contentSecurityPolicy },
  vite: {
    build: {
      // One stylesheet for the whole site (about 26 KB) instead of one per component: a reader
      // fetches and caches it once, and each page renders faster, since Astro hashes every
      // stylesheet a page links for its Content-Security-Policy (a brief page linked three).
      cssCodeSplit: false,
      rollupOptions: {
        // Every MDX module carries Astro's "use astro:head-inject" directive, which the
        // bundler reports once per file; it is harmless and would bury real warnings.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
