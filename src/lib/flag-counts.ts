import type { FlagData } from '../collections/flag-schema.ts';
import { FLAG_KINDS, type FlagKind } from '../pipeline/flags/types.ts';

/** How many flags and notes (severity "info", the weaker signals) of one kind a brief carries. */
export interface KindCount {
  kind: FlagKind;
  flags: number;
  notes: number;
}

/**
 * The active (not set aside) flags of a brief counted by kind, in the kinds' order, with notes
 * counted apart: the panel lists "each of the N flags" and the notes separately, so a count that
 * added notes into flags would not match the list a reader checks it against.
 */
export function countByKind(flags: readonly FlagData[]): KindCount[] {
  const counts = new Map<FlagKind, KindCount>();
  for (const f of flags) {
    if (f.suppressed) continue;
    const count = counts.get(f.kind) ?? { kind: f.kind, flags: 0, notes: 0 };
    if (f.severity === 'info') count.notes++;
    else count.flags++;
    counts.set(f.kind, count);
  }
  return FLAG_KINDS.flatMap((kind) => counts.get(kind) ?? []);
}

/** "1 note", "4 notes". */
export const notesText = (n: number): string => `${n} ${n === 1 ? 'note' : 'notes'}`;
