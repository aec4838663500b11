import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/pipeline/links/entities.ts';
import { otherSensePattern } from '../../../src/pipeline/links/gazetteer.ts';

/** Technology entities of a text read as prose, with their counts. */
const technology = (text: string) =>
  Object.fromEntries(
    extractEntities([{ text, prose: true }])
      .filter((e) => e.kind === 'technology')
      .map((e) => [e.id, e.count]),
  );

describe('a term in a phrase that gives it another sense names nothing', () => {
  it('reads chips as food or a figure of speech, and as semiconductors elsewhere', () => {
    expect(technology('Fold the chocolate chips into the dough, then serve with tortilla chips and salsa.')).toEqual({});
    expect(technology('He has a chip on his shoulder. A bag of chips was on the table.')).toEqual({});
    expect(technology('The chocolate-chip cookies sold out.')).toEqual({});
    expect(technology('The company designs chips for phones; its newest chip is made by a foundry.')).toEqual({ semiconductors: 2 });
  });

  it('counts only the mentions outside such phrases', () => {
    expect(technology('Potato chips aside, the fab makes memory chips.')).toEqual({ semiconductors: 1 });
  });

  it('reads "under the radar" and "auf dem Radar" as figures of speech', () => {
    expect(technology('The deal flew under the radar. Investors had it on their radar.')).toEqual({});
    expect(technology('Das Thema hatte niemand auf dem Radar.')).toEqual({});
    expect(technology('The coastal radar tracked the ship, and a second radar confirmed it.')).toEqual({ radar: 2 });
  });

  it('reads a battery in court or at war as no battery of cells', () => {
    expect(technology('He was charged with domestic battery and later with assault and battery.')).toEqual({});
    expect(technology('A Patriot battery was moved north after a battery of tests.')).toEqual({});
    expect(technology('The battery lasts ten hours, and new batteries charge faster.')).toEqual({ batteries: 2 });
  });
});

describe('otherSensePattern', () => {
  it('offers choices per word and joins words by a space or a hyphen, in any case', () => {
    const pattern = otherSensePattern(['under|on the radar', 'chocolate chip|chips']);
    const found = (text: string) => [...text.matchAll(pattern)].map((m) => m[0]);
    expect(found('Under the radar, on  the radar, chocolate-chip and Chocolate Chips.')).toEqual(['Under the radar', 'on  the radar', 'chocolate-chip', 'Chocolate Chips']);
  });

  it('matches whole words only', () => {
    const pattern = otherSensePattern(['corn chips']);
    expect([...'popcorn chips, corn chipset'.matchAll(pattern)]).toEqual([]);
  });
});
