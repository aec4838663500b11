import { getCollection, type CollectionEntry } from 'astro:content';

export type Brief = CollectionEntry<'briefs'>;

/** Newest first; briefs without a known date come last, by title. */
export function byNewest(a: Brief, b: Brief): number {
  const da = a.data.date?.getTime() ?? -Infinity;
  const db = b.data.date?.getTime() ?? -Infinity;
  if (da !== db) return db - da;
  return a.data.title.localeCompare(b.data.title);
}

export async function allBriefs(): Promise<Brief[]> {
  return (await getCollection('briefs')).sort(byNewest);
}

export function briefPath(brief: Brief): string {
  return `/briefs/${brief.id}/`;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDate(date: Date | null | undefined): string | null {
  return date ? dateFormat.format(date) : null;
}
