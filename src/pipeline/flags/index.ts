import { createContext, type Detector } from './context.ts';
import { anonymousSourcing } from './detectors/anonymous-sourcing.ts';
import { headlineBodyMismatch } from './detectors/headline-body-mismatch.ts';
import { loadedLanguage } from './detectors/loaded-language.ts';
import { promotionalContamination } from './detectors/promotional-contamination.ts';
import { publisherDisclosure } from './detectors/publisher-disclosure.ts';
import { secondhand } from './detectors/secondhand.ts';
import { sensationalHeadline } from './detectors/sensational-headline.ts';
import { speculation } from './detectors/speculation.ts';
import { unavailableSource } from './detectors/unavailable-source.ts';
import { unverifiableQuote } from './detectors/unverifiable-quote.ts';
import { BLOCK_SEPARATOR } from './body.ts';
import { readsAsEnglish } from '../clean/language-code.ts';
import { FLAG_FIELDS, FLAG_KINDS, type Flag, type FlagInput } from './types.ts';

export { bodyText, BLOCK_SEPARATOR, joinBlocks } from './body.ts';
export { readsAsEnglish } from '../clean/language-code.ts';
export type { Flag, FlagField, FlagInput, FlagKind, Severity } from './types.ts';
export { FLAG_FIELDS, FLAG_KINDS, SEVERITIES, emptyInput } from './types.ts';

/** Every detector, in the order their flags are listed for the same span. */
export const DETECTORS: readonly Detector[] = [
  publisherDisclosure,
  headlineBodyMismatch,
  sensationalHeadline,
  secondhand,
  anonymousSourcing,
  unverifiableQuote,
  unavailableSource,
  speculation,
  loadedLanguage,
  promotionalContamination,
];

export interface FlagResult {
  flags: Flag[];
  /** Detectors that failed on this input (the others' flags are kept). */
  warnings: string[];
}

/** Runs every detector on one brief; a detector that throws costs its own flags, never the brief. */
export function detectFlags(input: FlagInput, detectors: readonly Detector[] = DETECTORS): FlagResult {
  const ctx = createContext(input);
  const flags: Flag[] = [];
  const warnings: string[] = [];
  const english = readsAsEnglish(input.language);
  for (const detector of detectors) {
    if (detector.reads === 'english' && !english) continue;
    try {
      flags.push(...detector.detect(ctx));
    } catch (error) {
      warnings.push(`flag detector ${detector.name} failed: ${(error as Error).message}`);
    }
  }
  return { flags: sortFlags(flags.map(withinOneBlock).filter((f) => f.end > f.start)), warnings };
}

/** Evidence never crosses a block boundary: each block renders as its own element, where the mark goes. */
function withinOneBlock(flag: Flag): Flag {
  const cut = flag.text.indexOf(BLOCK_SEPARATOR);
  if (cut < 0 || flag.field !== 'body') return flag;
  return { ...flag, end: flag.start + cut, text: flag.text.slice(0, cut) };
}

/** Reading order: headline, body, then notices and links; by position, then by kind. */
export function sortFlags(flags: Flag[]): Flag[] {
  const field = (f: Flag) => FLAG_FIELDS.indexOf(f.field);
  const kind = (f: Flag) => FLAG_KINDS.indexOf(f.kind);
  return [...flags].sort((a, b) => field(a) - field(b) || (a.index ?? 0) - (b.index ?? 0) || a.start - b.start || kind(a) - kind(b) || a.end - b.end);
}
