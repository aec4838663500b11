import { describe, expect, it } from 'vitest';
import { extractLinkFeatures } from '../../../src/pipeline/links/features.ts';
import { namedIn as named } from '../../helpers/brief-entities.ts';

describe("countries' names in the brief's language", () => {
  it('reads the names a language gives countries as those countries', () => {
    expect(named('de', 'Die Fähre fährt von Deutschland nach Frankreich, und ab Mai auch nach Österreich.')).toEqual(['Austria/country', 'France/country', 'Germany/country']);
    expect(named('es', 'El ferry une Estados Unidos con México desde el lunes.')).toEqual(['Mexico/country', 'United States/country']);
    expect(named('pl', 'Prom łączy teraz Polska i Niemcy, powiedział kapitan.')).toEqual(['Germany/country', 'Poland/country']);
  });

  it('reads a country or a place in the German genitive with its "s" as that country or place', () => {
    expect(named('de', 'Die Häfen Russlands und Frankreichs Küsten sind voll, sagte Berlins Hafenmeisterin.')).toEqual(['Berlin/place', 'France/country', 'Russia/country']);
    // A name ending in a hissing sound takes no "s", and an English brief none at all.
    expect(named('en', 'The ferry sails for Russlands Harbour on Monday, the captain said.')).not.toContain('Russia/country');
  });

  it("reads a German name whose adjectives take the ending the article and the case ask for", () => {
    expect(named('de', 'Die Fähre fährt in die Vereinigten Staaten und in die Tschechischen Republik, sagte die Kapitänin.')).toEqual(['Czechia/country', 'United States/country']);
    expect(named('de', 'Das Europäische Parlament und der Sprecher der Europäischen Zentralbank stimmten zu.')).toEqual(['European Central Bank/organisation', 'European Parliament/organisation']);
  });

  // A page's soft hyphens are hyphenation hints: the words they break are read whole, names and nouns alike.
  it.each([
    ['a country', 'Die Fähre fährt nach Afgha\u00ADnistan und nach Frank\u00ADreich, sagte die Kapitänin.', ['Afghanistan/country', 'France/country']],
    ['a person and a city, and no noun', 'Die Forscherin Ann Kiess\u00ADling sagte, die Fähre fahre nach Bre\u00ADmen, ganz im Gegen\u00ADteil zur Fäh\u00ADre des Vorjahres.', ['Ann Kiessling/person', 'Bremen/place']],
  ])('reads %s broken by soft hyphens as written without them', (_name, text, expected) => {
    expect(named('de', text)).toEqual(expected);
    expect(named('de', text.replaceAll('\u00AD', ''))).toEqual(expected);
  });

  it("reads them in that language only: a word of another language's list means something else here", () => {
    // "Ungern" is Hungary in Swedish and "reluctantly" in German; "Butan" is Bhutan in Croatian and butane in German.
    expect(named('sv', 'Färjan går till Ungern i maj, sa kaptenen.')).toEqual(['Hungary/country']);
    expect(named('de', 'Ungern sagte die Kapitänin, dass die Fähre im Mai fährt.')).not.toContain('Hungary/country');
    expect(named('de', 'Das Butan in der Flasche reicht für die Fähre.')).not.toContain('Bhutan/country');
    // English text keeps its own names.
    expect(named('en', 'The ferry sails for Deutschland Harbour on Monday, the captain said.')).not.toContain('Germany/country');
  });

  it('leaves a one-word name before a surname to the name finder, where only names are capitalised', () => {
    // "Francia" is France in Spanish and a given name too.
    const spanish = extractLinkFeatures({ slug: 'x', seed: 'x', title: 'informe', outlet: null, date: null, language: 'es', paragraphs: [{ kind: 'paragraph', text: 'La capitana Francia Velarde dijo que el ferry zarpa hacia Francia el lunes.' }] });
    expect(spanish.entities.map((e) => `${e.label}/${e.count}`).sort()).toEqual(['France/1', 'Francia Velarde/1']);
    // German capitalises every noun, so a capital after the name says nothing.
    expect(named('de', 'In Deutschland Fähren zu bauen lohnt sich, sagte die Kapitänin.')).toContain('Germany/country');
  });

  it("takes no other language's name of the smallest countries, more often a given name there", () => {
    // "Dominika" is Dominica in Polish, and a Polish given name.
    expect(named('pl', 'Prom płynie na Dominika w maju.')).not.toContain('Dominica/country');
  });
});
