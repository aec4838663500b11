/**
 * Whether text in a language (the code cleaning found, ISO 639) is read with the English word lists: English,
 * or a language not known. The flags' wording detectors and the topics' English-only patterns ask it; a brief
 * in another language is read only by what does not depend on its wording.
 */
export function readsAsEnglish(language: string | null | undefined): boolean {
  const code = baseLanguage(language);
  return code === '' || code === 'und' || code === 'en' || code === 'eng';
}

/** The language without its region, lower-cased ("de" of "de-CH"), or "" when not known. */
export function baseLanguage(language: string | null | undefined): string {
  return (language ?? '').toLowerCase().split('-')[0]!;
}

/**
 * Languages that capitalise every noun (German, Luxembourgish, Swiss and Low German): there a capital inside a sentence does
 * not mark a name, so a lone capitalised word is as likely "Stimmung" as one.
 */
const NOUN_CAPITALISING = new Set(['de', 'lb', 'gsw', 'nds']);

/** Whether text in a language (ISO 639 code, with or without a region) capitalises every noun. */
export function capitalisesNouns(language: string | null | undefined): boolean {
  return NOUN_CAPITALISING.has(baseLanguage(language));
}
