import { z } from 'astro/zod';

/**
 * One schema for generated and hand-written briefs. Unknown keys are errors,
 * so a misspelt field is reported instead of silently ignored.
 */
export const briefSchema = z.strictObject({
  title: z.string().trim().min(1, 'a brief needs a title'),
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, e.g. "russia-china-chips"')
    .optional(),
  seed: z.string().optional(),
  dek: z.string().nullish(),
  outlet: z.string().nullish(),
  authors: z.array(z.string()).default([]),
  date: z.coerce.date({ error: 'write the date as YYYY-MM-DD' }).nullish(),
  url: z.string().nullish(),
  citedUrls: z.array(z.string()).default([]),
  language: z.string().default('en'),
  wordCount: z.number().int().nonnegative().optional(),
  readingMinutes: z.number().int().positive().optional(),
  evidence: z.record(z.string(), z.string()).default({}),
  generated: z.boolean().default(false),
  source: z
    .object({ file: z.string(), digest: z.string(), encoding: z.string() })
    .optional(),
});

export type BriefData = z.infer<typeof briefSchema>;
