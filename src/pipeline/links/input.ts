import type { BriefDocument } from '../types.ts';
import type { LinkInput } from './types.ts';

/**
 * The link stage's view of a brief. Reads optional metadata fields
 * (citedOutlets, attributions) only when the metadata stage provides them,
 * so linking works with every version of that stage.
 */
export function linkInputFrom(doc: BriefDocument): LinkInput {
  const { meta } = doc;
  return {
    slug: meta.slug,
    seed: meta.seed,
    title: meta.title,
    outlet: meta.outlet.value,
    date: meta.date.value,
    // Code names programs and paths, not the story's people, places or subject.
    paragraphs: doc.nodes.filter((n) => n.kind !== 'code').map((n) => ({ kind: n.kind, text: n.text })),
    citedOutlets: stringList(meta, 'citedOutlets'),
    attributions: stringList(meta, 'attributions'),
    language: meta.language,
  };
}

function stringList(meta: object, field: string): string[] {
  const value: unknown = (meta as Record<string, unknown>)[field];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
