import cities from './data/cities.json' with { type: 'json' };
import { withoutMarks } from './normalise.ts';
import { isSubdivision, readsAsPlaceOnly } from './subdivisions.ts';

let names: Set<string> | undefined;

/**
 * The name is a large city's as written ("Detroit", "San Francisco", "Melbourne"), or without its accents, as English
 * news writes most ("Montreal", "Zurich", "Kandahar"): a place, though no preposition says so. A one-word name that is an
 * everyday English word or a given name is left out ("Reading", "Nice", "Charlotte"), as subdivisions.ts leaves them.
 */
export function isCity(name: string): boolean {
  names ??= cityNames(cities.names);
  return names.has(name);
}

function cityNames(list: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const name of list) {
    if (!readsAsPlaceOnly(name)) continue;
    out.add(name);
    out.add(withoutMarks(name));
  }
  return out;
}

/** A state's, a province's or a large city's name as written: a place by the lists, whatever stands around it. */
export function isListedPlace(name: string): boolean {
  return isSubdivision(name) || isCity(name);
}
