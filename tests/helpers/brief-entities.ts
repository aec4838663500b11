import { extractLinkFeatures } from '../../src/pipeline/links/features.ts';

/** The entities of a one-paragraph brief in a language, as "label/kind" (or "id/kind"), sorted. */
export function namedIn(language: string, text: string, by: 'label' | 'id' = 'label'): string[] {
  const features = extractLinkFeatures({ slug: 'x', seed: 'x', title: 'bericht', outlet: null, date: null, language, paragraphs: [{ kind: 'paragraph', text }] });
  return features.entities.filter((e) => e.count > 0).map((e) => `${e[by]}/${e.kind}`).sort();
}
