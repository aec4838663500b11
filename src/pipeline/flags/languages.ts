/**
 * Which briefs the wording detectors read. Their word lists and verbs of saying are English, so they
 * run on English briefs and on briefs whose language is unknown; a brief in another language is read
 * only by the detectors that do not depend on its wording (notices, promotion, headline punctuation).
 */
export function readsAsEnglish(language: string | null | undefined): boolean {
  const code = (language ?? '').toLowerCase().split('-')[0]!;
  return code === '' || code === 'und' || code === 'en' || code === 'eng';
}
