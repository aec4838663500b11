/**
 * Editorial-bias flags: what a detector reports about a brief, with the
 * evidence located by character offsets so readers can see it in place.
 */

export const FLAG_KINDS = [
  'publisher-disclosure',
  'secondhand',
  'anonymous-sourcing',
  'loaded-language',
  'speculation',
  'sensational-headline',
  'headline-body-mismatch',
  'unverifiable-quote',
  'unavailable-source',
  'promotional-contamination',
] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

export const SEVERITIES = ['info', 'caution', 'warning'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * Where the evidence is. `title` and `body` are the rendered headline and clean
 * body; the list fields are metadata the brief keeps beside the body (notices
 * removed by cleaning, cited links), indexed by `index`.
 */
export const FLAG_FIELDS = ['title', 'body', 'disclosures', 'attributions', 'citedUrls'] as const;
export type FlagField = (typeof FLAG_FIELDS)[number];

export interface Flag {
  kind: FlagKind;
  severity: Severity;
  field: FlagField;
  /** Item of a list field (disclosures, attributions, citedUrls) the offsets refer to. */
  index?: number;
  /** Offsets into the field's text: text === fieldText.slice(start, end). */
  start: number;
  end: number;
  text: string;
  /** One sentence a reader understands. */
  reason: string;
  /** The detector that produced the flag (or "editor" for flags added by hand). */
  detector: string;
  /** For secondhand reporting: the outlets the story relays, nearest first (e.g. ["RBC", "Bloomberg"]). */
  chain?: string[];
  /** Set by an editor who reviewed the flag and judged it wrong, with why. */
  suppressed?: { reason: string };
}

/** What the detectors read: plain strings, so they run on pipeline output and on any clean text. */
export interface FlagInput {
  title: string;
  /** False when the page had no headline and the title was made from the body's first words. */
  titleIsHeadline: boolean;
  /** Clean body: block texts joined by BLOCK_SEPARATOR ("\n\n"). */
  body: string;
  /** Publisher notices removed from the body by cleaning (exact texts). */
  disclosures: string[];
  /** Credit lines such as "Source: X" or "Published in … by …". */
  attributions: string[];
  citedUrls: string[];
  /** Outlets the metadata stage found cited. */
  citedOutlets: string[];
  /** The outlet that published the page, when known. */
  outlet: string | null;
  /** The brief's language (ISO 639 code); absent or "und" when unknown, which is read as English. */
  language?: string | undefined;
}

export function emptyInput(partial: Partial<FlagInput> & { body: string }): FlagInput {
  return {
    title: '',
    titleIsHeadline: partial.title !== undefined && partial.title !== '',
    disclosures: [],
    attributions: [],
    citedUrls: [],
    citedOutlets: [],
    outlet: null,
    ...partial,
  };
}
