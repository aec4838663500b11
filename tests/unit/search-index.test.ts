import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexSite } from '../../src/integrations/pagefind.ts';

/** A built site in miniature: brief pages marked for the index, and a list page that is not. */
function site(briefs: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'dispatch-search-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><body><h1>Latest</h1><p>Night buses and bridges.</p></body></html>');
  for (const [i, text] of briefs.entries()) {
    mkdirSync(join(dir, 'briefs', `brief-${i}`), { recursive: true });
    writeFileSync(join(dir, 'briefs', `brief-${i}`, 'index.html'), `<!doctype html><html lang="en"><body><article data-pagefind-body><h1>Brief ${i}</h1><p>${text}</p></article></body></html>`);
  }
  return dir;
}

describe('the search index', () => {
  it('indexes the brief pages only and says how many', async () => {
    const dir = site(['The assembly extends the night bus network.', 'The bridge reopens after repairs.']);
    expect(await indexSite(dir)).toBe(2);
    expect(existsSync(join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)).toBe(2);
  }, 30_000);

  it('writes an empty index for a site without brief pages, so the search page still loads', async () => {
    const dir = site([]);
    expect(await indexSite(dir)).toBe(0);
    expect(existsSync(join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
  }, 30_000);
});
