import { createHash } from 'node:crypto';
import { detectFlags, readsAsEnglish, type FlagResult } from '../flags/index.ts';
import { isFlagList, mergeFlagEdits, type FlagLike } from '../flags/merge.ts';
import type { FlagInput } from '../flags/types.ts';
import { stringField, stringList } from './frontmatter.ts';
import { touchesCode, type Prose } from './prose.ts';

/**
 * The flags stage for a hand-written brief: the same detectors as for a seed's brief, on its
 * prose and the headline and lists its frontmatter gives. The author's `flags:` list then
 * edits the result as an amendment's does (merge.ts): set a flag aside with a reason, or add one.
 */

/** The detectors' input. Reads plain frontmatter values, as parsed YAML or as the schema's data, alike. */
export function authoredFlagInput(prose: Prose, data: Record<string, unknown>): FlagInput {
  const language = stringField(data, 'language');
  return {
    title: stringField(data, 'title') ?? '',
    // An author's title is a headline they wrote, never the opening words of the text.
    titleIsHeadline: true,
    body: prose.body,
    disclosures: stringList(data, 'disclosures'),
    attributions: stringList(data, 'attributions'),
    citedUrls: stringList(data, 'citedUrls'),
    citedOutlets: stringList(data, 'citedOutlets'),
    outlet: stringField(data, 'outlet'),
    // Only a language the wording detectors do not read is kept: the schema's default "en" and no language at all give one key.
    ...(language && !readsAsEnglish(language) ? { language } : {}),
  };
}

/** What the detected flags depend on: a stored result is reused only for the same key. */
export function flagInputKey(input: FlagInput): string {
  return createHash('sha256').update(JSON.stringify(input)).digest('hex').slice(0, 16);
}

/** Every detector on the brief's prose; evidence in inline code is not prose and is dropped. */
export function detectAuthoredFlags(prose: Prose, input: FlagInput): FlagResult {
  const result = detectFlags(input);
  return { ...result, flags: result.flags.filter((f) => f.field !== 'body' || !touchesCode(prose, f.start, f.end)) };
}

/** The author's `flags:` edits applied to the detected flags. */
export function withFlagEdits<T extends FlagLike>(detected: readonly T[], edits: unknown): T[] {
  return isFlagList(edits) && edits.length > 0 ? mergeFlagEdits(detected, edits as T[]) : [...detected];
}
