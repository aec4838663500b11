/** Edit distance between two short strings (field names), for "did you mean" hints. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The closest known field to a misspelt one, if it is close enough to be a typo. */
export function closestField(unknown: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const field of known) {
    const d = distance(unknown, field);
    if (d < bestDistance) [best, bestDistance] = [field, d];
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(unknown.length / 3)) ? best : null;
}

/** The message for frontmatter keys the schema does not know. */
export function unknownFieldsMessage(keys: readonly string[], known: readonly string[]): string {
  return keys
    .map((key) => {
      const guess = closestField(key, known);
      return guess ? `unknown field "${key}": did you mean "${guess}"?` : `unknown field "${key}": remove it (known fields: ${known.join(', ')})`;
    })
    .join('; ');
}
