import type { RemovalCategory } from '../types.ts';

/** What happened to one seed in a build. */
export type SeedOutcome =
  | {
      status: 'emitted' | 'cached';
      id: string;
      file: string;
      slug: string;
      title: string;
      output: string;
      /** Seed lines removed by cleaning, by category. */
      linesRemoved: Partial<Record<RemovalCategory, number>>;
      /** What cleaning removed, as printed: nothing of a seed is lost, and the brief page lists it. */
      removed?: RemovedText[];
      nodesKept: number;
      warnings: string[];
      /** Seed lines kept in the article (title and dek included). */
      linesKept?: number;
      /** Each metadata field: the value found and how, or null and why. */
      metadata?: MetadataFinding[];
    }
  | { status: 'rejected'; id: string; file: string; reason: string };

/** A unit cleaning removed from a seed, with the kind of furniture it was taken for. */
export interface RemovedText {
  category: RemovalCategory;
  text: string;
}

/** One metadata field in the cleaning report. */
export interface MetadataFinding {
  field: string;
  value: string | null;
  /** How the value was found, or why it is unknown. */
  how: string;
}

/** The build report: every seed appears exactly once, as a brief or with the reason it is not one. */
export interface BuildReport {
  /** Fingerprint of the pipeline code that produced it. */
  version: string;
  seedsDir: string;
  seeds: SeedOutcome[];
  totals: { seeds: number; emitted: number; cached: number; rejected: number };
  warnings: string[];
  /** Hand-written briefs analysed (content/briefs/), and problems an author must fix: "file:line:column: what and the fix". */
  authored?: { briefs: number; problems: string[] };
  /** Milliseconds per stage summed over seeds, when requested (benchmarks). */
  timings?: Record<string, number>;
}

export function summarise(outcomes: SeedOutcome[]): BuildReport['totals'] {
  const count = (s: SeedOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  return { seeds: outcomes.length, emitted: count('emitted'), cached: count('cached'), rejected: count('rejected') };
}
