import { z } from 'astro/zod';
import { FLAG_FIELDS, FLAG_KINDS, SEVERITIES } from '../pipeline/flags/types.ts';

/**
 * One editorial-bias flag in a brief's frontmatter. Generated briefs carry every
 * field; an author adding a flag by hand needs only kind, text and reason (the
 * text is then found in the body), and an author suppressing one sets
 * `suppressed: { reason }`, because a silent removal would hide the judgement.
 */
export const flagSchema = z
  .strictObject({
    kind: z.enum(FLAG_KINDS, { error: `kind must be one of: ${FLAG_KINDS.join(', ')}` }),
    severity: z.enum(SEVERITIES, { error: `severity must be one of: ${SEVERITIES.join(', ')}` }).default('caution'),
    field: z.enum(FLAG_FIELDS).default('body'),
    index: z.number().int().nonnegative().optional(),
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().positive().optional(),
    text: z.string().min(1, 'a flag needs the evidence text it points at'),
    reason: z.string().trim().min(1, 'a flag needs a one-sentence reason readers understand'),
    detector: z.string().default('editor'),
    chain: z.array(z.string()).optional(),
    suppressed: z
      .strictObject({ reason: z.string().trim().min(1, 'say why the flag is suppressed') }, { error: 'write `suppressed: { reason: "why this flag is wrong" }`' })
      .optional(),
  })
  .superRefine((flag, ctx) => {
    if ((flag.start === undefined) !== (flag.end === undefined)) ctx.addIssue({ code: 'custom', message: 'give both start and end, or neither (the text is then searched for)' });
    if (flag.start !== undefined && flag.end !== undefined && flag.end - flag.start !== flag.text.length) {
      ctx.addIssue({ code: 'custom', message: `end - start (${flag.end - flag.start}) must equal the length of text (${flag.text.length})` });
    }
  });

export type FlagData = z.infer<typeof flagSchema>;
