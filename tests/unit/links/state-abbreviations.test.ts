import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/pipeline/links/entities.ts';
import { abbreviatedStates, stateOfAbbreviation } from '../../../src/pipeline/links/state-abbreviations.ts';

// Invented sentences; the towns and states are real, the people and firms made up.
const kinds = (text: string) => Object.fromEntries(extractEntities([{ text, prose: true }]).map((e) => [e.label, e.kind]));

describe("US states as news agencies abbreviate them", () => {
  it('names a state abbreviated after a town in full, and reads the town as a place', () => {
    expect(kinds('The ferry firm moved from Boulder, Colo. last year.')).toEqual({ Boulder: 'place', Colorado: 'place' });
    expect(kinds('Harpoon Labs, based in Kent, Wash., and Trenton, N.J., opened on Monday.')).toMatchObject({ Kent: 'place', 'Washington (U.S. state)': 'place', Trenton: 'place', 'New Jersey': 'place' });
    // A state that shares its name with a country or a capital is named as the state.
    expect(kinds('Police in Palmetto, Ga., said the ferry was late.')).toMatchObject({ Palmetto: 'place', 'Georgia (U.S. state)': 'place' });
  });

  it("counts the abbreviation as a mention of the state the text names in full elsewhere", () => {
    const states = extractEntities([{ text: 'Ferries in Sonoma, Calif., ran late. California said it would pay.', prose: true }]).filter((e) => e.label === 'California');
    expect(states.map((e) => [e.kind, e.count])).toEqual([['place', 2]]);
  });

  it("reads a lawmaker's party label as no name and no place", () => {
    const labels = kinds('Sen. Ann Harrow (D-Calif.) and Rep. Joe Brindle, R-W.Va., met Ted Quill (R-TX) and Mia Lund (D., Ky.).');
    expect(labels).toEqual({ 'Ann Harrow': 'person', 'Joe Brindle': 'person', 'Ted Quill': 'person', 'Mia Lund': 'person' });
    expect(abbreviatedStates('Ann Harrow (D-Calif.) and Mia Lund (D., Ky.)').map((s) => [s.state, s.partyLabel])).toEqual([
      ['California', true],
      ['Kentucky', true],
    ]);
  });

  it('needs the full stop, a comma after a capitalised name, and no figure after it', () => {
    expect(stateOfAbbreviation('Calif.')).toBe('California');
    expect(stateOfAbbreviation('Ill')).toBeUndefined();
    expect(abbreviatedStates('The ferry was late, Ill. or not.')).toEqual([]);
    // German abbreviates a weekday so before a date.
    expect(abbreviatedStates('Dresden, Mo., 12. März')).toEqual([]);
    expect(abbreviatedStates('No state here, and no party label.')).toEqual([]);
  });
});

describe('a town before its state', () => {
  it("reads a one-word name before a state's full name that closes the clause as a place", () => {
    expect(kinds('He moved to Smallville, Kansas, where Hobbs, New Mexico, buyers met.')).toEqual({ Smallville: 'place', Kansas: 'place', Hobbs: 'place', 'New Mexico': 'place' });
  });

  it('leaves a name whose state goes on with another word, and a longer name before a full state name, as they were', () => {
    expect(kinds('The buyer was Greg Harrow, Texas governor, they said.')).toEqual({ 'Greg Harrow': 'person', Texas: 'place' });
    expect(kinds('Makers such as Intel, Texas Instruments and Harpoon grew.')).not.toMatchObject({ Intel: 'place' });
    expect(kinds('This is the blog of Cem Tarhan, Hamburg, Germany.')).not.toMatchObject({ 'Cem Tarhan': 'place' });
  });
});

describe("a lawmaker described by state and party", () => {
  it("reads 'the Ohio Republican' as no name, as a party label is none, while the state's party members stay a group", () => {
    expect(kinds('Ann Harrow, the West Virginia Democrat, said the ferry was late. The New York Republican agreed.')).toEqual({ 'Ann Harrow': 'person' });
    expect(kinds('Ohio Democrats met on Monday.')).toEqual({ 'Ohio Democrats': 'other' });
  });
});

describe("a country named like a US state", () => {
  it('is the state where the brief names another US state, the state abbreviated, or a US party by the name', () => {
    expect(kinds('Voters in Georgia and Arizona decided the race.')).toEqual({ 'Georgia (U.S. state)': 'place', Arizona: 'place' });
    expect(kinds('Ann Harrow, the Georgia Republican, said the ferry was late.')).toMatchObject({ 'Georgia (U.S. state)': 'place' });
    const joined = extractEntities([{ text: 'The firm moved from Atlanta, Ga., to other parts of Georgia.', prose: true }]).filter((e) => e.label.startsWith('Georgia'));
    expect(joined.map((e) => [e.label, e.kind, e.count])).toEqual([['Georgia (U.S. state)', 'place', 2]]);
  });

  it('stays the country alone, beside its capital, or with no US state named', () => {
    expect(kinds('Russia sent troops to Georgia in 2008.')).toMatchObject({ Georgia: 'country' });
    expect(kinds('Envoys from Georgia met in Tbilisi with buyers from Texas.')).toMatchObject({ Georgia: 'country' });
  });
});
