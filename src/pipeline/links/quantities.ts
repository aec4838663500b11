/**
 * Figures as values, so that versions of one story written differently still
 * share them: "$70 million", "$70M" and "$70 mln" are one figure, and so are
 * "266,000" and "266K", "$3.5 trillion" and "$3.5T", "one billion" and "1 billion".
 * Bare small numbers and years say little about a story and are left out.
 */

const MULTIPLIERS: Record<string, number> = {
  thousand: 1e3, k: 1e3,
  million: 1e6, mln: 1e6, mn: 1e6, m: 1e6,
  billion: 1e9, bln: 1e9, bn: 1e9, b: 1e9,
  trillion: 1e12, trln: 1e12, tn: 1e12, t: 1e12,
};
const SPELLED: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, a: 1 };

/**
 * A currency sign, a number (digits with thousands separators, or a small number in words),
 * then a percent sign or a multiplier word or letter. Linear: no nested quantifiers.
 */
const FIGURE = /(?<![\p{L}\p{N}.,])([$€£¥])?\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|a)(?:\s?(%|percent|per cent)|[\s-]?(thousand|million|billion|trillion|mln|bln|trln|bn|mn|tn|[kmbt])(?![\p{L}\p{N}]))?/giu;

/**
 * What every figure quantityKeys keeps holds besides its number: a number word and then a multiplier
 * word or "k" (a lone m, b or t counts only after a currency sign, tested apart). FIGURE's look-behind
 * is tried at every position and "a" opens a match at most words: a text with no digit, no currency
 * sign and none of these (most paragraphs) cannot hold a figure, and is not searched.
 */
const SPELLED_FIGURE = /(?:one|two|three|four|five|six|seven|eight|nine|ten|a)[\s-]?(?:thousand|million|billion|trillion|mln|bln|trln|bn|mn|tn|k)(?![\p{L}\p{N}])/iu;

function mayHoldFigure(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5) return true;
  }
  return SPELLED_FIGURE.test(text);
}

/** The figures of a text as comparable keys ("#7e+7", "#%6.1"), in order, repeats kept. */
export function quantityKeys(text: string): string[] {
  const out: string[] = [];
  if (!mayHoldFigure(text)) return out;
  for (const m of text.matchAll(FIGURE)) {
    const written = m[2]!.toLowerCase();
    const spelled = SPELLED[written];
    const multiplier = m[4] ? MULTIPLIERS[m[4].toLowerCase()] : undefined;
    // "one" or "a" alone is a word, not a figure; "one billion" is one.
    if (spelled !== undefined && multiplier === undefined) continue;
    // A lone m, b or t after a number is a multiplier only for money ("$70M", not "5 m"); k always is ("266K").
    if (multiplier !== undefined && /^[mbt]$/i.test(m[4]!) && !m[1]) continue;
    let value = spelled ?? Number(written.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    if (multiplier !== undefined) value *= multiplier;
    const percent = m[3] !== undefined;
    const plain = !percent && multiplier === undefined && !m[1];
    if (plain && (value < 100 || (Number.isInteger(value) && value >= 1900 && value <= 2100))) continue;
    out.push(`#${percent ? '%' : ''}${Number(value.toPrecision(3))}`);
  }
  return out;
}
