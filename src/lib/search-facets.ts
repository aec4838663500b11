/**
 * What Pagefind learns about a brief besides its text: filters (shown as
 * checkboxes on the search page) and the date it sorts by. Filters are a map
 * from filter name to values, so a new facet is one more entry here, e.g.
 * `topic: data.topics` once briefs carry topics.
 */
export interface FacetSource {
  outlet?: string | null | undefined;
  date?: Date | null | undefined;
}

export type SearchFilters = Record<string, string[]>;

export function searchFilters(data: FacetSource): SearchFilters {
  const filters: SearchFilters = {};
  if (data.outlet?.trim()) filters.outlet = [data.outlet.trim()];
  if (data.date) filters.year = [String(data.date.getUTCFullYear())];
  return filters;
}

/** Merges filter maps, keeping each value once per filter. */
export function mergeFilters(...maps: (SearchFilters | undefined)[]): SearchFilters {
  const merged: Record<string, Set<string>> = {};
  for (const map of maps) {
    for (const [name, values] of Object.entries(map ?? {})) {
      for (const value of values) if (value.trim()) (merged[name] ??= new Set()).add(value.trim());
    }
  }
  return Object.fromEntries(Object.entries(merged).map(([name, values]) => [name, [...values]]));
}

/**
 * The value briefs sort by on the search page: the ISO day. Pagefind leaves a
 * page without a sort value out of sorted results altogether, so undated
 * briefs get the lowest possible day and come last when newest come first.
 */
export const UNDATED_SORT_KEY = '0000-00-00';

export function sortDate(date: Date | null | undefined): string {
  return date ? isoDay(date) : UNDATED_SORT_KEY;
}

/** YYYY-MM-DD in UTC, the form of brief dates in frontmatter. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
