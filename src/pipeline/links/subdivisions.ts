import provinces from 'provinces/provinces.json' with { type: 'json' };
import { isCommonWord, isGivenName } from './lexicon.ts';

/** An entry of the provinces package (MIT): a state or province, its country's ISO code, and its name in English where it differs. */
interface Province {
  name: string;
  country: string;
  english?: string;
  /** The first-level part an entry lies in, where the list is of a part's parts ("England" over "Kent", "Cusco" over its provinces). */
  region?: string;
}

/**
 * Countries whose states and provinces the package lists at the first level under names that read as places only.
 * Left out: lists of a part's parts (English counties, Peruvian provinces: their regions are read instead, "England",
 * "Scotland", "Cusco"), lists in another language's names (Belgium's in Dutch: "Namen"), and countries whose provinces
 * share their names with surnames or common nouns (Japan's "Yamaguchi" and "Miyazaki", Mexico's "Hidalgo" and
 * "Chihuahua", Turkey's "Batman", the Philippines' "Aurora").
 */
const COUNTRIES = new Set(['US', 'CA', 'AU', 'IN', 'CN', 'DE', 'AT', 'NL', 'DK', 'BR', 'NG']);

let names: Set<string> | undefined;

/**
 * The name is a country's state or province as written ("Texas", "New South Wales", "Bayern", "Ontario"): a place,
 * though no preposition says so. A one-word name that is an everyday English word or a given name is left out.
 */
export function isSubdivision(name: string): boolean {
  names ??= subdivisionNames(provinces as Province[]);
  return names.has(name);
}

function subdivisionNames(list: readonly Province[]): Set<string> {
  const out = new Set<string>();
  for (const p of list) {
    if (p.region !== undefined && readsAsPlaceOnly(p.region)) out.add(p.region);
    if (!COUNTRIES.has(p.country)) continue;
    // The list writes one English name in small letters ("sichuan"); a name is written with its capital.
    for (const n of [p.name, p.english]) if (n && readsAsPlaceOnly(n)) out.add(n.charAt(0).toUpperCase() + n.slice(1));
  }
  return out;
}

/** Latin script, four letters or more, no code in capitals, and no everyday word or given name alone: a listed name that reads as a place only. */
export function readsAsPlaceOnly(name: string): boolean {
  if (name.length < 4 || name === name.toUpperCase() || !/^[\p{Script=Latin}\s.'’-]+$/u.test(name)) return false;
  if (/\s/u.test(name)) return true;
  const lower = name.toLowerCase();
  return !isCommonWord(lower) && !isGivenName(lower);
}
