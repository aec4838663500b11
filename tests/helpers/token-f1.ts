/** Token-level precision, recall and F1 of a cleaned text against the expected text. */
export interface TokenScores {
  precision: number;
  recall: number;
  f1: number;
}

/** Lower-cased word tokens; punctuation and layout do not count. */
export function tokens(text: string): string[] {
  return (text.normalize('NFKC').toLowerCase().replace(/[’‘`]/g, "'").match(/[\p{L}\p{N}]+/gu) ?? []);
}

/**
 * Matches tokens in order (longest common subsequence, as the CleanEval
 * measure does), so text kept in the wrong place or twice does not count as
 * found. Precision is the share of produced tokens that match, recall the share
 * of expected tokens that are found.
 */
export function tokenScores(produced: string, expected: string): TokenScores {
  const a = tokens(produced);
  const b = tokens(expected);
  if (a.length === 0 || b.length === 0) {
    const same = a.length === b.length;
    return { precision: same ? 1 : 0, recall: same ? 1 : 0, f1: same ? 1 : 0 };
  }
  let prev = new Uint32Array(b.length + 1);
  let row = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      row[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    }
    [prev, row] = [row, prev];
  }
  const common = prev[b.length]!;
  const precision = common / a.length;
  const recall = common / b.length;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
