/**
 * One brief as the feeds see it: absolute addresses and plain text, no Astro
 * types, so the feed builders are pure functions tested without a build.
 */
export interface FeedEntry {
  /** Absolute address of the brief page; also its permanent id. */
  url: string;
  title: string;
  /** One- or two-sentence summary: the dek, else the opening of the text. */
  summary: string;
  /** The brief's text as plain paragraphs separated by blank lines. */
  text: string;
  date: Date | null;
  updated: Date | null;
  authors: string[];
  outlet: string | null;
  /** The original article, when known. */
  originalUrl: string | null;
  language: string | null;
  tags: string[];
}

export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute address of the home page (site + base). */
  homeUrl: string;
  /** Absolute address of this feed. */
  feedUrl: string;
  language: string;
}
