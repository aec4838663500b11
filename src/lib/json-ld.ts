import { truncate } from './truncate.ts';

/**
 * schema.org metadata for brief pages. The JSON is written inside a <script>
 * element, where the HTML parser ends the element at the first "</script"
 * whatever JSON thinks, so every "<", ">" and "&" (and the two line separators
 * JavaScript once treated as line ends) is written as a \u escape: still the
 * same JSON value, but no seed text can close the element or open a comment.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export interface NewsArticleInput {
  title: string;
  description?: string | null | undefined;
  /** Canonical address of the brief page. */
  pageUrl: string;
  date?: Date | null | undefined;
  updated?: Date | null | undefined;
  authors: string[];
  outlet?: string | null | undefined;
  /** Address of the original article the brief was made from. */
  originalUrl?: string | null | undefined;
  language?: string | undefined;
  wordCount?: number | undefined;
  siteName: string;
  siteUrl: string;
  /** Topics or keywords; cross-links fill this in. */
  keywords?: string[] | undefined;
}

/** Google shows headlines of up to 110 characters; longer ones are cut at a word. */
const MAX_HEADLINE = 110;

export function newsArticle(input: NewsArticleInput): Record<string, unknown> {
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: truncate(input.title, MAX_HEADLINE),
    name: input.title,
    url: input.pageUrl,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.pageUrl },
    publisher: { '@type': 'Organization', name: input.siteName, url: input.siteUrl },
    isAccessibleForFree: true,
  };
  if (input.description) ld.description = input.description;
  if (input.date) ld.datePublished = input.date.toISOString();
  if (input.updated) ld.dateModified = input.updated.toISOString();
  if (input.authors.length > 0) ld.author = input.authors.map((name) => ({ '@type': 'Person', name }));
  if (input.outlet) ld.sourceOrganization = { '@type': 'NewsMediaOrganization', name: input.outlet };
  if (input.originalUrl) ld.isBasedOn = input.originalUrl;
  if (input.language && input.language !== 'und') ld.inLanguage = input.language;
  if (input.wordCount) ld.wordCount = input.wordCount;
  if (input.keywords && input.keywords.length > 0) ld.keywords = input.keywords;
  return ld;
}
