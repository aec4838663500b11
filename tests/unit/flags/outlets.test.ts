import { describe, expect, it } from 'vitest';
import { OutletFinder } from '../../../src/pipeline/flags/outlets.ts';
import { analyse } from '../../../src/pipeline/flags/text.ts';

const find = (text: string) => new OutletFinder({ citedOutlets: [], citedUrls: [], outlet: null }).find(analyse(text)).map((m) => `${m.how}:${m.name}`);

describe('OutletFinder.find', () => {
  // Each pattern is tried only on a text holding a part every match of it contains (a media noun, a masthead word, "wrote"…).
  it('finds outlets by every pattern', () => {
    expect(find('The news agency Harbour Wire said the ferry was late.')).toContain('context:Harbour Wire');
    expect(find('The ferry was late, said staff at Quayside Courant newspaper.')).toContain('context:Quayside Courant');
    expect(find('Quayside Courant wrote that the ferry was late.')).toContain('context:Quayside Courant');
    expect(find('The ferry was late, the Harbour Gazette said.')).toContain('context:Harbour Gazette');
    expect(find('The ferry was reportedly late, as local media reported.')).toEqual(['unnamed:unnamed outlets', 'unnamed:unnamed outlets']);
  });

  it("reads a masthead's whole name: a second masthead after 'and', a place after 'of', a news service's last word, not where it is based", () => {
    // Each outlet is cited by "according to"; the name found is the one after "the", whole.
    const names = ['Post and Ledger', 'Times of Tarnport', 'Harbour News Service', 'Quayside News Today'];
    expect(find(`The ferry was late, according to the Tarnport-based ${names[0]}.`)).toEqual([`context:${names[0]}`]);
    for (const name of names.slice(1)) expect(find(`The ferry was late, according to the ${name}.`), name).toEqual([`context:${name}`]);
    // A learned journal's subject, the week a record is of, and a month stay out of the name.
    expect(find('The ferry was late, according to a study in the Harbour Journal of Tides.')).toEqual(['context:Harbour Journal']);
    expect(find('The song is the Harbour Record of The Week.')).toEqual(['context:Harbour Record']);
    expect(find('The ferry was late, according to the Quayside Times of March.')).toEqual(['context:Quayside Times']);
  });

  it('finds nothing in a text with no outlet cue', () => {
    expect(find('The ferry was late. Gulls circled Quayside Harbour while the crew counted crates.')).toEqual([]);
  });
});
