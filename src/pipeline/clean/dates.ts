import * as chrono from 'chrono-node';

/** A calendar date printed in full (day, month and year) in a text. */
export interface PrintedDate {
  iso: string;
  text: string;
  /** Where the date starts in the text. */
  index: number;
}

/** A fixed reference so parsing never depends on the machine's clock (only full dates are accepted anyway). */
const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

function isoOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Full calendar dates printed in the text, found with chrono's strict parser.
 * Only dates that print a four-digit year are kept, so "3 days ago" or "May"
 * never become a publication date.
 */
export function printedDates(text: string): PrintedDate[] {
  return chrono.strict
    .parse(text, REFERENCE)
    .filter((r) => /\b\d{4}\b/.test(r.text) && r.start.isCertain('day') && r.start.isCertain('month') && r.start.isCertain('year'))
    .map((r) => ({ iso: isoOf(r.start.get('year')!, r.start.get('month')!, r.start.get('day')!), text: r.text, index: r.index }));
}

const DATE_LABEL = /^(?:published|updated|posted|last updated|modified|date|first published|on)\s*[:：]?\s*/i;

/** A line that is only a date (with an optional "Published:" label, weekday or time): a dateline. */
export function datelineDate(text: string): PrintedDate | null {
  const t = text.trim();
  // Cheap checks first: chrono is the costly part and most lines hold no year.
  if (t.length > 80 || !/\b\d{4}\b/.test(t)) return null;
  const found = printedDates(t);
  if (found.length !== 1) return null;
  const rest = t.replace(found[0]!.text, ' ').replace(DATE_LABEL, '').replace(/\b(?:at|am|pm|utc|gmt|[ap]\.m\.)\b/gi, ' ');
  const leftover = rest.match(/\p{L}{3,}/gu) ?? [];
  const weekdays = /^(?:mon|tue|wed|thu|fri|sat|sun)/i;
  return leftover.filter((w) => !weekdays.test(w)).length === 0 ? found[0]! : null;
}

/** Dates written into a URL path: /2023-04-19/, /2023/04/19/ or /20230419/. */
export function urlDate(url: string): { iso: string; text: string } | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /(?:^|\/|[-_])((?:19|20)\d{2})([-/_]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=$|\/|[-_.])/.exec(path);
  if (!m) return null;
  const iso = isoOf(Number(m[1]), Number(m[3]), Number(m[4]));
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) return null;
  return { iso, text: m[0].replace(/^[/_-]/, '') };
}
