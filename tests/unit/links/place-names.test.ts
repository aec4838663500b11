import { describe, expect, it } from 'vitest';
import placeNames from '../../../src/pipeline/links/data/place-names.json' with { type: 'json' };
import { gazetteer } from '../../../src/pipeline/links/gazetteer.ts';
import { namedIn } from '../../helpers/brief-entities.ts';

/** The entities of a one-paragraph brief in a language, as "id/kind". */
const named = (language: string, text: string) => namedIn(language, text, 'id');

describe("places by the names other languages give them", () => {
  it('reads a city by its name in the brief\'s language as the city an English brief names', () => {
    expect(named('de', 'Die Fähre fährt von Wien über München nach Köln, sagte die Kapitänin.')).toEqual(['cologne/place', 'munich/place', 'vienna/place']);
    expect(named('es', 'El ferry une Moscú con Pekín y Nueva York desde el lunes.')).toEqual(['beijing/place', 'moscow/place', 'new-york/place']);
    expect(named('fr', 'Le ferry relie Bruxelles à Londres et à La Haye depuis lundi.')).toEqual(['brussels/place', 'hague/place', 'london/place']);
    expect(named('pl', 'Prom łączy teraz Warszawa i Londyn, powiedział kapitan.')).toEqual(['london/place', 'warsaw/place']);
    // …in the Polish cases and the German genitive too.
    expect(named('pl', 'Ambasador Wielkiej Brytanii mieszka w Polsce, a jego syn w Moskwie i w Iranie.')).toEqual(['iran/country', 'moscow/place', 'poland/country', 'united-kingdom/country']);
    expect(named('de', 'Wiens Bürgermeisterin eröffnete den Hafen.')).toContain('vienna/place');
  });

  // Continents and regions by their names in the brief's language; a body named with one ("Europa League") stays whole.
  it.each([
    ['de', 'Die Zukunft Europas liegt im Nahen Osten und in Afrika, sagte die Kapitänin.', ['africa/place', 'europe/place', 'middle-east/place']],
    ['es', 'El ferry une Europa con América Latina desde el lunes.', ['europe/place', 'latin-america/place']],
    ['de', 'Die Eintracht spielt in der Europa League gegen Rom.', ['europa-league/organisation', 'rome/place']],
    // A country's states and provinces: the lists know German and Austrian ones by their German names only.
    ['de', 'Hochwasser in Bayern und Niedersachsen, in Tirol und in Südtirol.', ['bavaria/place', 'lower-saxony/place', 'south-tyrol/place', 'tyrol/place']],
    ['en', 'Floods hit Bavaria, Lower Saxony and South Tyrol, and Hermann Hesse museums closed.', ['bavaria/place', 'hermann-hesse/person', 'lower-saxony/place', 'south-tyrol/place']],
  ])('reads continents, regions and states in %s ("%s")', (language, text, expected) => {
    expect(named(language, text)).toEqual(expected);
  });

  it('reads the English names of cities the list of large cities knows by their local names', () => {
    expect(named('en', 'The ferry runs from Cologne to Antwerp and on to Nuremberg, the captain said.')).toEqual(['antwerp/place', 'cologne/place', 'nuremberg/place']);
    expect(named('en', 'The court in The Hague ruled on Monday.')).toEqual(['hague/place']);
  });

  // "Roma" is Rome in Spanish and Italian, the Romani people in German and English; "Damas" is Damascus in French, "ladies" in Spanish.
  it.each([
    ['it', 'Il traghetto parte da Roma ogni lunedì.', 'rome/place', true],
    ['de', 'Die Roma in der Stadt feierten am Montag.', 'rome/place', false],
    ['en', 'The Roma community marched on Monday.', 'rome/place', false],
    ['es', 'Damas y caballeros, el ferry zarpa el lunes.', 'damascus/place', false],
  ])('reads a name only in the language it is listed under (%s: "%s" names %s: %s)', (language, text, id, names) => {
    expect(named(language, text).includes(id)).toBe(names);
  });

  it('gives every city the id an English brief gives it, so that briefs in both languages link', () => {
    const g = gazetteer();
    for (const place of placeNames.places) {
      const known = g.byId.get(place.id);
      const english = known?.label ?? place.label!;
      expect(named('en', `The envoy flew to ${english} on Monday, officials said.`), english).toContain(`${place.id}/${known?.kind ?? 'place'}`);
    }
  });
});

describe('a body named by its place after its word', () => {
  it('keeps a German institution or a sports club whole, with its place, as an organisation', () => {
    expect(named('de', 'Das Landgericht Köln und die Universität Wien prüfen den Fall, sagte die Sprecherin.')).toEqual(['landgericht-koln/organisation', 'universitat-wien/organisation']);
    expect(named('de', 'Eintracht Frankfurt gewann in Köln, sagte der Trainer.')).toEqual(['cologne/place', 'eintracht-frankfurt/organisation']);
    expect(named('en', 'Real Madrid beat the hosts in Madrid on Sunday.')).toEqual(['madrid/place', 'real-madrid/organisation']);
  });

  it('keeps a German body named by its state whole, but not a country\'s bare party', () => {
    expect(named('de', 'Die Verbraucherzentrale Sachsen und die Kantonspolizei Bern warnten am Montag.')).toEqual(['kantonspolizei-bern/organisation', 'verbraucherzentrale-sachsen/organisation']);
    expect(named('de', 'Er gründete die größte Partei Deutschlands, sagte sie.')).toEqual(['germany/country']);
  });

  it('leaves the place alone where the word before it is none of these', () => {
    // A town's centre in the genitive, and a plain noun before a place.
    expect(named('de', 'Im Zentrum Münchens eröffnet am Montag ein Laden.')).toEqual(['munich/place']);
    expect(named('de', 'Die Fähre fährt am Montag nach Wien, sagte die Kapitänin.')).toEqual(['vienna/place']);
  });
});

