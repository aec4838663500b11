import { attributionIn, bylineNames, disclosuresIn, isBylineLabel } from '../clean/cues.ts';
import type { Removal } from '../types.ts';

const unique = (xs: string[]) => [...new Set(xs)];

/** Publisher disclosures exactly as printed, from the lines cleaning set aside. */
export function disclosuresFrom(removed: Removal[]): string[] {
  return unique(removed.filter((r) => r.category === 'disclosure').flatMap((r) => disclosuresIn(r.text)));
}

/** Attribution lines ("Source: X", "Published in … by X") exactly as printed. */
export function attributionsFrom(removed: Removal[]): string[] {
  return unique(removed.filter((r) => r.category === 'attribution').flatMap((r) => attributionIn(r.text) ?? []));
}

/** Author names from byline lines, with the line they came from. */
export function authorsFrom(removed: Removal[]): { names: string[]; how: string } {
  const lines = removed.filter((r) => r.category === 'byline');
  // A bare label ("By") reads with the names printed on the line after it.
  const names = unique(lines.flatMap((r, k) => bylineNames(isBylineLabel(r.text) && lines[k + 1] ? `${r.text.trim()} ${lines[k + 1]!.text.trim()}` : r.text) ?? []));
  if (names.length === 0) return { names, how: 'unknown: no byline ("By …", "Name by Name", "Author: …") on the page' };
  return { names, how: `byline "${lines[0]!.text}" (line ${lines[0]!.line})` };
}
