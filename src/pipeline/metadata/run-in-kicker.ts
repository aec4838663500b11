/**
 * A kicker the dump ran into the headline's line ("Energy prices Night buses return to the
 * eastern towns"): the page printed them as two elements, the text dump as one line with no
 * separator. Nothing in the line tells a kicker from the headline's first words, so the page's
 * breadcrumb trail decides: it names the page by its headline alone.
 */
import { isTrailTo, stackedTrailEnds } from '../clean/trail.ts';
import { normaliseKey, wordsOf } from '../clean/text.ts';
import type { CleanResult } from '../types.ts';

/** Words of a kicker at most (a topic, a place, "Thema Energie"). */
const KICKER_WORDS = 3;
/** Words of the headline after it at least. */
const HEADLINE_WORDS = 3;
/** A kicker of 1, 2 … KICKER_WORDS words of letters and digits only, then the headline from a capital, a digit or an opening quote. */
const KICKER_OF = Array.from({ length: KICKER_WORDS }, (_, k) => new RegExp(String.raw`^(?:[\p{L}\p{N}'’-]+\s+){${k + 1}}(?=[\p{Lu}\p{N}"“„'‘«])`, 'u'));

/**
 * The headline without a kicker of a few words run in before it, when the page's breadcrumb trail
 * (removed as navigation) ends with the rest of the line; `rest` then holds the kicker. A kicker
 * closed by a colon or a dash is the headline's own part and is never cut.
 */
export function withoutRunInKicker(tidy: { title: string; rest: string }, clean: CleanResult): { title: string; rest: string } {
  const words = wordsOf(tidy.title);
  if (words.length < HEADLINE_WORDS + 1) return tidy;
  const heads: { head: string; kicker: string }[] = [];
  KICKER_OF.forEach((kicker, k) => {
    const m = words.length - (k + 1) >= HEADLINE_WORDS ? kicker.exec(tidy.title) : null;
    if (m) heads.push({ head: tidy.title.slice(m[0].length), kicker: m[0].trim() });
  });
  if (heads.length === 0) return tidy;
  const removed = clean.removed.flatMap((r) => (r.line === undefined ? [] : [{ text: r.text.trim(), line: r.line }]));
  const stacked = new Set(stackedTrailEnds(removed).map((l) => normaliseKey(l.text)));
  for (const { head, kicker } of heads) {
    const name = unquoted(head);
    const inTrail = stacked.has(normaliseKey(name)) || removed.some((r) => endsTrailWith(r.text, name));
    if (inTrail) return { title: name, rest: [kicker, tidy.rest].filter(Boolean).join(' ') };
  }
  return tidy;
}

/**
 * A trail's last step is the whole of `head`: a separator or the trail's label stands right before it. A line that merely
 * ends with the words (the headline printed again, kicker and all; "You are here: Kicker Headline") says nothing.
 */
function endsTrailWith(line: string, head: string): boolean {
  return line.endsWith(head) && /[»›>/|:：]\s*$/u.test(line.slice(0, line.length - head.length)) && isTrailTo(line, head, true);
}

/** Quotation marks around the whole rest were the kicker's ('Reviews for "Garden hose, 20 m"'): the name is printed without them. */
function unquoted(head: string): string {
  const m = /^(["“„«'‘])([^"“”„«»'‘’]+)(["”“»'’])$/u.exec(head);
  return m ? m[2]!.trim() : head;
}
