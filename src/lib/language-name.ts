const NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** A language's English name from its ISO 639 code ("de" -> "German"), or null when the runtime does not know it. */
export function languageName(code: string | null | undefined): string | null {
  if (!code || code === 'und') return null;
  try {
    const name = NAMES.of(code);
    return name && name !== code ? name : null;
  } catch {
    // Not a well-formed language tag.
    return null;
  }
}
