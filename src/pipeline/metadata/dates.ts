import { datelineDate, printedDates, urlDate } from '../clean/dates.ts';
import type { ArticleNode, Found, Removal } from '../types.ts';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_RE = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/;
/** Paragraphs searched for a relative day: news names the day of the event in the lede. */
const LEDE_NODES = 3;

export interface DateInputs {
  removed: Removal[];
  body: ArticleNode[];
  /** Seed line of the headline, when there is one. */
  headlineLine: number | null;
  originalUrl: string | null;
  citedUrls: string[];
}

/**
 * The publication date, by precedence:
 * 1. a printed date on a line of its own above the story (a dateline), the one
 *    nearest the headline when there are several ("Published:" labels first);
 * 2. a date in the original URL's path (/2023-04-19/, /2023/04/19/);
 * 3. a weekday named in the lede ("reported Wednesday") anchored to the newest
 *    date in a cited URL: the nearest such weekday on or before that date.
 * Dates in related-article lists and in the story's text are never used.
 */
export function findDate(input: DateInputs): Found<string> {
  const bodyStart = input.body[0]?.line ?? Number.POSITIVE_INFINITY;
  const datelines = input.removed
    .filter((r) => r.category === 'dateline' && r.line < bodyStart)
    .map((r) => ({ r, date: datelineDate(r.text)! }))
    .filter((d) => d.date !== null);
  if (datelines.length > 0) {
    const anchor = input.headlineLine ?? bodyStart;
    const labelled = datelines.filter((d) => /^\s*(?:published|posted|first published)/i.test(d.r.text));
    const pool = labelled.length > 0 ? labelled : datelines;
    const best = [...pool].sort((a, b) => Math.abs(a.r.line - anchor) - Math.abs(b.r.line - anchor))[0]!;
    const others = datelines.filter((d) => d !== best).map((d) => `"${d.r.text}"`);
    const note = others.length > 0 ? `; nearest the headline of ${datelines.length} printed dates (also ${others.join(', ')})` : '';
    return { value: best.date.iso, how: `printed date "${best.r.text}" (line ${best.r.line})${note}` };
  }
  if (input.originalUrl) {
    const d = urlDate(input.originalUrl);
    if (d) return { value: d.iso, how: `date in the original URL (${d.text})` };
  }
  const relative = relativeWeekday(input.body, input.citedUrls);
  if (relative) return relative;
  return { value: null, why: 'no printed date above the story, no date in the original URL, and no weekday in the lede with a dated source to anchor it' };
}

function relativeWeekday(body: ArticleNode[], cited: string[]): Found<string> | null {
  const anchors = cited.flatMap((u) => {
    const d = urlDate(u);
    return d ? [{ ...d, url: u }] : [];
  });
  if (anchors.length === 0) return null;
  const anchor = anchors.sort((a, b) => b.iso.localeCompare(a.iso))[0]!;
  for (const node of body.slice(0, LEDE_NODES)) {
    // A weekday printed as part of a full date is not a relative day.
    const withoutDates = printedDates(node.text).reduce((t, d) => t.replace(d.text, ' '), node.text);
    const m = WEEKDAY_RE.exec(withoutDates);
    if (!m) continue;
    const target = WEEKDAYS.indexOf(m[1]!.toLowerCase());
    const day = new Date(`${anchor.iso}T00:00:00Z`);
    const back = (day.getUTCDay() - target + 7) % 7;
    day.setUTCDate(day.getUTCDate() - back);
    const iso = day.toISOString().slice(0, 10);
    const context = withoutDates.slice(Math.max(0, m.index - 30), m.index + m[0].length + 10).trim();
    return { value: iso, how: `relative day "${m[1]}" ("…${context}…") anchored to ${anchor.iso}, the date in a cited URL (${anchor.text}): the nearest ${m[1]} on or before it` };
  }
  return null;
}
