import type { Flag } from './flags/types.ts';

/**
 * Typed seams between pipeline stages. Each stage takes the previous stage's
 * output and adds to it; later stages (flags, links) plug in after metadata.
 */

/** A seed file after its bytes were decoded into text. */
export interface Seed {
  /** Stable id: the file name without extension, as found in seeds/. */
  id: string;
  /** File name relative to the seeds folder. */
  file: string;
  /** Decoded text with line ends normalised to "\n". */
  text: string;
  /** Encoding the bytes were decoded from. */
  encoding: SeedEncoding;
  /** sha256 of the raw bytes: the cache key for unchanged seeds. */
  digest: string;
  /** Size of the raw file in bytes. */
  bytes: number;
  /** Problems found while decoding that did not stop it (e.g. replaced characters). */
  warnings: string[];
}

export type SeedEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Why a seed could not become a brief. */
export interface SeedRejection {
  id: string;
  file: string;
  reason: string;
}

export type ReadResult = { ok: true; seed: Seed } | { ok: false; rejection: SeedRejection };

/** A run of consecutive non-blank lines in the seed. */
export interface Block {
  /** 0-based index of the block in the seed. */
  index: number;
  /** 1-based line number of the block's first line in the seed. */
  line: number;
  /** The block's lines, right-trimmed, leading indentation kept. */
  lines: string[];
}

/** What a kept piece of the article is. A `code` node holds a technical post's code verbatim, its lines joined by newlines. */
export type ParagraphKind = 'paragraph' | 'heading' | 'list-item' | 'quote' | 'code';

export interface ArticleNode {
  kind: ParagraphKind;
  text: string;
  /** 1-based seed line the node starts on, when it comes from a seed. */
  line?: number;
}

/** Why a line was removed by cleaning. Later cleaning passes add categories. */
export type RemovalCategory =
  | 'blank-noise'
  | 'duplicate'
  | 'navigation'
  | 'site-name'
  | 'share'
  | 'related'
  | 'tags'
  | 'author-bio'
  | 'footer'
  | 'login'
  | 'cookie'
  | 'ad'
  | 'trailer'
  | 'disclosure'
  | 'attribution'
  | 'url'
  | 'dateline'
  | 'byline'
  | 'title'
  /** A picture's caption or credit. */
  | 'caption'
  /** Reader comments, their heading and comment counts. */
  | 'comments'
  /** Page furniture the classifier removed without a more specific name. */
  | 'boilerplate';

export interface Removal {
  category: RemovalCategory;
  text: string;
  line: number;
  /** Seed lines the removed text spans (1 when absent). */
  lineCount?: number;
}

export interface CleanResult {
  /** The article, in order. */
  nodes: ArticleNode[];
  removed: Removal[];
  warnings: string[];
  /** Index in `nodes` of the story's headline, or null when the page prints none. */
  headline?: number | null;
  /** The site's own name when the page repeats it (logo, header, footer lines), with how it was found. */
  siteName?: { name: string; how: string; confirmed?: boolean; printed?: number; headsPage?: boolean } | null;
  /** Page language as an ISO 639-1 code (639-3 when there is none, "und" when unknown), with how it was found. */
  language?: { code: string; how: string };
  /** Seed lines kept in the article. */
  linesKept?: number;
}

/** A value that may be unknown, with why. */
export type Found<T> = { value: T; how: string } | { value: null; why: string };

export interface BriefMetadata {
  seed: string;
  title: string;
  titleHow: string;
  /** True when the page prints no headline and the title was derived from the lead (absent otherwise). */
  titleDerived?: boolean;
  slug: string;
  dek: string | null;
  outlet: Found<string>;
  authors: string[];
  date: Found<string>;
  /** The update date the source page prints apart from its publication date ("Updated: …"), when it prints one. */
  sourceUpdated?: Found<string>;
  url: Found<string>;
  citedUrls: string[];
  /** News outlets and agencies the story cites ("Bloomberg reported", "news agency TASS"). */
  citedOutlets: string[];
  /** Publisher notices about the publication itself, exactly as printed (a summary notice, a "foreign agent" label). */
  disclosures: string[];
  /** Lines naming where the text comes from ("Source: X", "Published in … by X"), exactly as printed. */
  attributions: string[];
  language: string;
  wordCount: number;
  readingMinutes: number;
  /** How the other fields were found (authors, dek, language, citedOutlets…), or why they are empty. */
  evidence?: Record<string, string>;
}

/** Everything the emitter needs to write one brief. */
export interface BriefDocument {
  meta: BriefMetadata;
  nodes: ArticleNode[];
  /** Editorial-bias flags (src/pipeline/flags), with offsets into the title or the joined body. */
  flags?: Flag[];
  source: { file: string; digest: string; encoding: SeedEncoding };
}
