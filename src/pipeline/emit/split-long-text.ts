/**
 * Longest paragraph the emitter writes. News paragraphs are far shorter; the cap exists
 * because MDX (micromark) parsing of one huge paragraph dense with escaped punctuation
 * slows down super-linearly (measured: 1 MB in one paragraph took minutes, in 5,000-character
 * paragraphs about 2 seconds), and a seed must never stall the build.
 */
export const MAX_PARAGRAPH_CHARS = 5000;

/**
 * Splits text longer than `max` characters into pieces of at most `max`, preferring to
 * cut after a sentence, then at a space, and only then anywhere (never inside a
 * surrogate pair). Joining the pieces with single spaces gives back the text, up to the
 * white space at each cut. Linear in the text's length.
 */
export function splitLongText(text: string, max: number = MAX_PARAGRAPH_CHARS): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > max) {
    const cut = cutPoint(text, start, start + max);
    const piece = text.slice(start, cut).trimEnd();
    if (piece) pieces.push(piece);
    start = cut;
    while (start < text.length && /\s/.test(text[start]!)) start++;
  }
  const rest = text.slice(start);
  if (rest.trim()) pieces.push(rest);
  return pieces;
}

/** Where to end a piece that must stop at or before `limit`: scans back at most half a piece. */
function cutPoint(text: string, start: number, limit: number): number {
  const floor = start + Math.floor((limit - start) / 2);
  let space = -1;
  for (let i = limit; i > floor; i--) {
    if (!/\s/.test(text[i]!)) continue;
    if (/[.!?…:;]/.test(text[i - 1]!)) return i;
    if (space === -1) space = i;
  }
  if (space !== -1) return space;
  // No space: cut anywhere, but not between the halves of a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}
