/** The fields that identify a flag on the page. */
export interface AnchoredFlag {
  kind: string;
  text: string;
  field?: string | undefined;
  start?: number | undefined;
}

/**
 * A flag's element id ("flag-1a2b3c4d"), derived from what the flag is rather
 * than its position in a list, so the inline mark (made when the MDX compiles)
 * and the panel entry (made when the page renders) agree even after an
 * amendment adds or suppresses flags. FNV-1a: short, stable, no dependency.
 */
export function flagAnchor(flag: AnchoredFlag): string {
  const key = `${flag.kind}|${flag.field ?? 'body'}|${flag.start ?? ''}|${flag.text}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `flag-${hash.toString(16).padStart(8, '0')}`;
}

/** The id of the panel entry that describes a flag (its mark's aria-describedby). */
export function flagNoteId(flag: AnchoredFlag): string {
  return `${flagAnchor(flag)}-note`;
}
