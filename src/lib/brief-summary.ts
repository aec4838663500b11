import { bodyFormat, briefText, leadParagraphOf, type BriefText } from './brief-text.ts';
import type { Brief } from './briefs.ts';
import { truncate } from './truncate.ts';

/** Plain text of a brief. Not kept between calls: a build would hold every brief's text. */
export function textOf(brief: Brief): BriefText {
  return briefText(brief.entry.body ?? '', bodyFormat(brief.entry.filePath));
}

/**
 * Lead paragraphs by brief, kept for the build: a brief's summary shows on its page and on the
 * card of every list it is in (entity, topic, outlet, story, archive pages), and each would parse
 * its body again. In dev a brief changes between requests, so nothing is kept there.
 */
const leads = new Map<string, string>();

function leadOf(brief: Brief): string {
  const cached = leads.get(brief.id);
  if (cached !== undefined) return cached;
  const lead = leadParagraphOf(brief.entry.body ?? '', bodyFormat(brief.entry.filePath));
  if (!import.meta.env.DEV) leads.set(brief.id, lead);
  return lead;
}

/** The brief's dek, or else the opening of its text: for descriptions, cards and feeds. */
export function summaryOf(brief: Brief, maxChars = 200): string {
  return brief.data.dek?.trim() || truncate(leadOf(brief), maxChars);
}

