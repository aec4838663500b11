import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../../src/pipeline/links/provenance.ts';

const chain = (text: string, options = {}) => findAttributions(text, options).edges.map((e) => `${e.from ?? '*'}>${e.to}`);

describe('provenance from attribution phrases', () => {
  it('reads "according to X" as the brief citing X', () => {
    expect(chain('The plant will close next year, according to Reuters.')).toEqual(['*>reuters']);
  });

  it('reads "reported by X with reference to Y" as a chain', () => {
    expect(chain('It is reported by RBC with reference to Bloomberg.')).toEqual(['*>rbc', 'rbc>bloomberg']);
  });

  it('reads "X, citing Y, reported" and "X wrote, citing Y" as chains', () => {
    expect(chain('Kommersant, citing Interfax, reported that prices rose.')).toEqual(['*>kommersant', 'kommersant>interfax']);
    expect(chain('Le Monde wrote on Tuesday, citing AFP, that talks had stalled.')).toEqual(['*>le-monde', 'le-monde>afp']);
  });

  it('learns unknown outlets from how they are introduced', () => {
    expect(chain('The talks collapsed, the Harbour Gazette newspaper reported.')).toEqual(['*>harbour-gazette']);
    expect(chain('The figures were first reported by the news agency Baltic Wire.')).toEqual(['*>baltic-wire']);
    expect(chain('Source: Valley Courier')).toEqual(['*>valley-courier']);
  });

  it('takes outlets the metadata already knows', () => {
    expect(chain('According to Coastline Daily, the ferry was late.', { knownOutlets: ['Coastline Daily'] })).toEqual(['*>coastline-daily']);
  });

  it('does not make outlets of officials, countries or demonyms', () => {
    expect(chain('The deal is off, according to officials familiar with the talks.')).toEqual([]);
    expect(chain('Russia reported record exports, Chinese customs data showed.')).toEqual([]);
    expect(chain('The talks stalled, according to the Russian news agency Interfax.')).toEqual(['*>interfax']);
  });

  it('skips the brief citing its own outlet', () => {
    expect(chain('Reuters reported the sale on Monday.', { outlet: 'Reuters' })).toEqual([]);
  });

  it('collects named sources for fact comparison', () => {
    const { sources } = findAttributions('According to European officials familiar with the document, the memo was real. Minister Ana Ruiz said it was fake.');
    expect(sources).toEqual(expect.arrayContaining(['Minister Ana Ruiz']));
    expect(sources.some((s) => /European officials/.test(s))).toBe(true);
  });
});
