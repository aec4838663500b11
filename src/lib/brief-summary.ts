import { bodyFormat, briefText, leadParagraph, type BriefText } from './brief-text.ts';
import type { Brief } from './briefs.ts';
import { truncate } from './truncate.ts';

/** Plain text of a brief. Not kept between calls: a build would hold every brief's text. */
export function textOf(brief: Brief): BriefText {
  return briefText(brief.entry.body ?? '', bodyFormat(brief.entry.filePath));
}

/** The brief's dek, or else the opening of its text: for descriptions, cards and feeds. */
export function summaryOf(brief: Brief, maxChars = 200): string {
  return brief.data.dek?.trim() || truncate(leadParagraph(textOf(brief).paragraphs), maxChars);
}
