/**
 * The writing direction of a brief's language, for its `dir` attribute: "rtl" for a language written right to left
 * (Arabic, Hebrew, Persian, Urdu…), undefined otherwise, so the page's own left-to-right direction holds. The runtime's
 * locale data (Intl.Locale's text info) says which languages those are, not a list kept here.
 */
export function textDirection(language: string | null | undefined): 'rtl' | undefined {
  if (!language || language === 'und') return undefined;
  try {
    const locale = new Intl.Locale(language) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    return info?.direction === 'rtl' ? 'rtl' : undefined;
  } catch {
    // Not a well-formed language tag.
    return undefined;
  }
}
