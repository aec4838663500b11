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

  it('finds nothing in a text with no outlet cue', () => {
    expect(find('The ferry was late. Gulls circled Quayside Harbour while the crew counted crates.')).toEqual([]);
  });
});
