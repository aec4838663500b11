/** The parts of a frontmatter flag that identify it; the rest is carried along. */
export interface FlagLike {
  kind: string;
  text: string;
  field?: string | undefined;
  start?: number | undefined;
  suppressed?: { reason: string } | undefined;
}

/**
 * Applies an amendment's flag list to a generated brief's flags. An entry that
 * names a generated flag (same kind and text, and the same start when it gives
 * one) suppresses or restores it; any other entry is a flag the editor adds.
 * Generated flags keep their order, so their marks in the text stay matched.
 */
export function mergeFlagEdits<T extends FlagLike>(generated: readonly T[], edits: readonly T[]): T[] {
  const out = generated.map((f) => ({ ...f }));
  for (const edit of edits) {
    const i = out.findIndex((g) => g.kind === edit.kind && g.text === edit.text && (edit.start === undefined || g.start === edit.start));
    if (i < 0) {
      out.push(edit);
      continue;
    }
    const { suppressed: _dropped, ...kept } = out[i]!;
    out[i] = (edit.suppressed ? { ...kept, suppressed: edit.suppressed } : kept) as T;
  }
  return out;
}

export function isFlagList(value: unknown): value is FlagLike[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null && typeof (v as FlagLike).kind === 'string' && typeof (v as FlagLike).text === 'string');
}
