import { briefText, summarise, type BriefText } from './brief-text.ts';
import type { Brief } from './briefs.ts';

const texts = new Map<string, BriefText>();

/** Plain text of a brief, parsed once per build. */
export function textOf(brief: Brief): BriefText {
  let text = texts.get(brief.id);
  if (!text) {
    text = briefText(brief.entry.body ?? '');
    if (!import.meta.env.DEV) texts.set(brief.id, text);
  }
  return text;
}

/** The brief's dek, or else the opening of its text: for descriptions, cards and feeds. */
export function summaryOf(brief: Brief, maxChars = 200): string {
  return brief.data.dek?.trim() || summarise(textOf(brief).paragraphs, maxChars);
}
