import { z } from 'astro/zod';
import { flagSchema } from './flag-schema.ts';
import { unknownFieldsMessage } from './field-suggestions.ts';

const nameList = z.array(z.string().trim().min(1, 'an empty name: remove the line or write the name'), { error: 'write a list, e.g. [name, other name]' }).optional();

/**
 * One schema for generated and hand-written briefs. Unknown keys are errors,
 * so a misspelt field is reported instead of silently ignored.
 */
const shape = {
  title: z.string({ error: 'every brief needs a title: add `title: Your headline` to the frontmatter' }).trim().min(1, 'the title is empty: write the headline after `title:`'),
  /** Set by the pipeline when the page printed no headline and the title was derived from its lead. */
  titleDerived: z.boolean().optional(),
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, e.g. "russia-china-chips"')
    .optional(),
  seed: z.string().optional(),
  dek: z.string().nullish(),
  outlet: z.string().nullish(),
  authors: z.array(z.string()).default([]),
  date: z.coerce.date({ error: 'write the date as YYYY-MM-DD' }).nullish(),
  /** The update date the source page printed apart from its publication date. */
  sourceUpdated: z.coerce.date({ error: 'write the date as YYYY-MM-DD' }).optional(),
  url: z.string().nullish(),
  citedUrls: z.array(z.string()).default([]),
  citedOutlets: z.array(z.string()).default([]),
  /** Publisher notices exactly as printed (e.g. "This publication contains editorial commentary…"). */
  disclosures: z.array(z.string()).default([]),
  /** "Source: X" / "Published in … by X" lines exactly as printed. */
  attributions: z.array(z.string()).default([]),
  language: z.string().default('en'),
  wordCount: z.number().int().nonnegative().optional(),
  readingMinutes: z.number().int().positive().optional(),
  evidence: z.record(z.string(), z.string()).default({}),
  generated: z.boolean().default(false),
  /** Who last edited a brief by hand; shown on the page for amendments. */
  editedBy: z.string().trim().min(1).optional(),
  /** A note from the editor, shown above the text. */
  editorsNote: z.string().trim().min(1).optional(),
  /** When the brief was last edited by hand. */
  updated: z.coerce.date({ error: 'write the date as YYYY-MM-DD' }).optional(),
  source: z
    .object({ file: z.string(), digest: z.string(), encoding: z.string() })
    .optional(),
  /** Editorial-bias flags (see /flags/); authors may add one or suppress one with a reason. */
  flags: z.array(flagSchema).default([]),
  /**
   * A hand-written brief's topics and entities beyond (or instead of) those the link stage
   * finds in its text: topic ids or labels, entity names or ids. The pipeline checks each
   * against the known ones (src/pipeline/authored/link-edits.ts), naming the line of a typo.
   */
  topics: nameList,
  entities: nameList,
  removeTopics: nameList,
  removeEntities: nameList,
};

export const briefSchema = z.strictObject(shape, {
  error: (issue) => (issue.code === 'unrecognized_keys' ? unknownFieldsMessage(issue.keys, Object.keys(shape)) : undefined),
});

export type BriefData = z.infer<typeof briefSchema>;
