import { isAuthorPage, parsedUrl, pathOf, urlsIn } from '../clean/text.ts';
import type { ArticleNode, Found, Removal } from '../types.ts';

/**
 * The original article's URL: the link of a "Read the full article at" or
 * "originally published at" trailer, or of a "Source:" attribution. Other
 * links on the page are cited URLs, not the original.
 */
export function originalUrl(removed: Removal[]): Found<string> {
  for (const category of ['trailer', 'attribution'] as const) {
    const lines = removed.filter((r) => r.category === category);
    for (const [i, r] of lines.entries()) {
      const url = urlsIn(r.text)[0];
      if (url) {
        const label = category === 'trailer' ? (lines[i - 1] && !urlsIn(lines[i - 1]!.text)[0] ? lines[i - 1]!.text : r.text) : r.text;
        return { value: url, how: `link of the ${category} "${label.slice(0, 80)}" (line ${r.line})` };
      }
    }
  }
  return { value: null, why: 'no "Read the full article at" trailer or source link on the page' };
}

/**
 * URLs the story cites: lines that were only a URL, and URLs written inside kept paragraphs. A blog's own
 * machinery (its trackback address, an author's page) cites nothing.
 */
export function citedUrls(removed: Removal[], nodes: ArticleNode[], original: string | null): string[] {
  const found = [...removed.filter((r) => r.category === 'url').flatMap((r) => urlsIn(r.text)), ...nodes.flatMap((n) => urlsIn(n.text))];
  return [...new Set(found)].filter((u) => u !== original && !TRACKBACK.test(pathOf(u)) && !isAuthorPage(u));
}

/** A blog's trackback address ("/services/trackback/6a00…"). */
const TRACKBACK = /\/trackback(?:\/|$)/iu;

/** Host of a URL without "www.", or null. */
export function hostOf(url: string): string | null {
  return parsedUrl(url)?.hostname.replace(/^www\./, '') ?? null;
}
