import { statSync } from 'node:fs';
import { authoredFlagInput, detectAuthoredFlags, flagInputKey, withFlagEdits } from '../pipeline/authored/flags.ts';
import { readProse } from '../pipeline/authored/prose.ts';
import { loadAuthoredStore, type AuthoredStore } from '../pipeline/authored/store.ts';
import type { Flag } from '../pipeline/flags/types.ts';
import { sitePaths } from '../site-paths.ts';
import { mayHaveInlineFlags, readInlineFlags } from './inline-flags.ts';

/**
 * The flags of a hand-written brief as the page shows them: what the detectors find in its
 * prose, less what a `<Flag>` in the text already says (the author's words win), with the
 * author's `flags:` edits applied. Two users, which must agree flag for flag (a mark's id is
 * its flag's): the compile plugin that marks evidence in the text
 * (src/plugins/rehype-flag-marks.ts) and the brief's data for the panel, search filter and
 * badges (src/lib/briefs.ts). Both call this with the brief's MDX and frontmatter.
 *
 * The pipeline analysed the brief when the build started (src/pipeline/authored/) and stored
 * its flags: they are reused when they were found on the same prose and frontmatter.
 * Otherwise (the file was just edited in `astro dev`) they are found here.
 */

/** Detected flags by input key: the plugin and the page ask for the same brief in one process. */
const found = new Map<string, Flag[]>();

let store: { mtimeMs: number; entries: AuthoredStore } | null = null;

/** The pipeline's stored results, read again only when the file changed. */
function storedEntries(): AuthoredStore {
  const path = sitePaths().authoredPath;
  let mtimeMs = -1;
  try {
    mtimeMs = statSync(path).mtimeMs;
  } catch {
    // not written yet
  }
  if (store?.mtimeMs !== mtimeMs) store = { mtimeMs, entries: loadAuthoredStore(path) };
  return store.entries;
}

/**
 * @param file the brief's path from the project root, with `/` (`content/briefs/x.mdx`)
 * @param source its MDX (the frontmatter may be there, blanked or cut off)
 * @param data its frontmatter, as parsed YAML or as the schema's data
 */
export function authoredFlags(file: string, source: string, data: Record<string, unknown>): Flag[] {
  let prose;
  try {
    prose = readProse(source);
  } catch {
    return withFlagEdits<Flag>([], data.flags); // unparsable: the build already stops, naming the line
  }
  const input = authoredFlagInput(prose, data);
  const key = flagInputKey(input);
  let detected = found.get(key);
  if (!detected) {
    const stored = storedEntries()[file];
    // The store was written by this build's (or this dev server's) own pipeline run, so the same key means the same flags.
    detected = stored && stored.brief.key === key ? stored.brief.flags : detectAuthoredFlags(prose, input).flags;
    found.set(key, detected);
  }
  return withFlagEdits<Flag>(withoutInlineRepeats(detected, source), data.flags);
}

/** Detected flags less those a `<Flag>` of the same kind already raises on (part of) the same words: the author's words win. */
export function withoutInlineRepeats(detected: readonly Flag[], source: string): Flag[] {
  if (!mayHaveInlineFlags(source)) return [...detected];
  const inline = readInlineFlags(source).flags;
  return detected.filter((f) => !inline.some((i) => i.kind === f.kind && (f.text.includes(i.text) || i.text.includes(f.text))));
}

/**
 * True for a hand-written brief published on its own: no `seed`, or a seed with no generated
 * brief (as the pipeline found when the build started). An amendment shows the generated
 * brief's flags with its edits (src/lib/amendments.ts).
 */
export function isStandaloneBrief(file: string, data: Record<string, unknown>): boolean {
  return typeof data.seed !== 'string' || data.seed === '' || storedEntries()[file]?.standalone === true;
}
