import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/pipeline/links/entities.ts';
import { lookupName } from '../../../src/pipeline/links/gazetteer.ts';
import { abbreviates, canonicalName, entityId, isAcronym, tidy } from '../../../src/pipeline/links/normalise.ts';

const prose = (...texts: string[]) => texts.map((text) => ({ text, prose: true }));
const byId = (texts: string[]) => new Map(extractEntities(prose(...texts)).map((e) => [e.id, e]));

describe('acronyms', () => {
  it('are capitals with digits, dots or "&" between, two letters at least', () => {
    expect(['FDA', 'U.N.', 'G7S', 'AT&T', 'NATO'].filter(isAcronym)).toHaveLength(5);
    expect(['A', 'Fed', 'AfD', 'G20', '2020', 'NATO-led'].filter(isAcronym)).toEqual([]);
  });

  it("abbreviate a name by its capitalised words' initials, or by some of all its initials in order", () => {
    const pairs = [['FDA', 'Food and Drug Administration'], ['CDC', 'Centers for Disease Control and Prevention'], ['U.N.', 'United Nations']];
    expect(pairs.map(([short, full]) => abbreviates(short!, full!))).toEqual([true, true, true]);
    const others = [['TLC', 'Mara Quillon'], ['DCA', 'Centers for Disease Control'], ['FDA', 'Administration']];
    expect(others.map(([short, full]) => abbreviates(short!, full!))).toEqual([false, false, false]);
  });
});

describe('entity normalisation', () => {
  it('merges the ways of writing one country', () => {
    const found = byId(['The US imposed tariffs. U.S. officials said the United States would not back down, and America agreed.']);
    expect(found.get('united-states')?.count).toBe(4);
    expect(found.get('united-states')?.variants).toEqual(expect.arrayContaining(['US', 'U.S.', 'United States', 'America']));
    expect([...found.keys()].filter((id) => /^(?:us|u-s|america)$/.test(id))).toEqual([]);
  });

  it('keeps Moscow and the Kremlin distinct from Russia but linked to it', () => {
    const found = byId(['Moscow said the Kremlin would answer. Russia’s envoy agreed.']);
    expect(found.get('moscow')?.relations).toEqual([{ type: 'capitalOf', target: 'russia', targetLabel: 'Russia' }]);
    expect(found.get('kremlin')?.relations).toEqual([{ type: 'seatOf', target: 'russia', targetLabel: 'Russia' }]);
    expect(found.get('kremlin')?.variants).toEqual(['the Kremlin']);
    expect(found.get('russia')?.count).toBe(1);
  });

  it('counts a demonym as a mention of the country, apart from its name', () => {
    const found = byId(['Russian officials met Chinese diplomats in Paris.']);
    expect(found.get('russia')).toMatchObject({ count: 0, demonymCount: 1 });
    expect(found.get('china')).toMatchObject({ count: 0, demonymCount: 1 });
    expect(found.get('france')).toBeUndefined();
    expect(found.get('paris')?.count).toBe(1);
  });

  it('reads "the Chinese government" as China, not as an organisation', () => {
    const found = byId(['The Chinese government denied the report, and the Chinese government repeated it.']);
    expect(found.get('china')?.demonymCount).toBe(2);
    expect([...found.keys()]).not.toContain('chinese-government');
  });

  it('drops possessives, articles, titles and company forms', () => {
    expect(canonicalName('Russia’s', 'place')).toBe('Russia');
    expect(canonicalName('the Kremlin,')).toBe('Kremlin');
    expect(canonicalName('President Maria Lopez', 'person')).toBe('Maria Lopez');
    expect(canonicalName('Northwind Shipping Ltd.', 'organisation')).toBe('Northwind Shipping');
    expect(canonicalName('U.S.')).toBe('U.S.');
  });

  it('joins a lone surname to the full name in the same brief', () => {
    const found = byId(['Prime Minister Helena Vasquez arrived on Monday.', 'Vasquez told reporters that Vasquez would stay.']);
    expect(found.get('helena-vasquez')?.count).toBe(3);
    expect(found.has('vasquez')).toBe(false);
  });

  it('does not take lower-case words or headline case for names', () => {
    const found = extractEntities([{ text: 'Talk To Us: Will This Be The End?', prose: false }, { text: 'Give us the chips, they said.', prose: true }]);
    expect(found.map((e) => e.id)).toEqual(['semiconductors']);
  });

  it('finds technologies in any case and model designations', () => {
    const found = byId(['Artificial intelligence and 5G base stations were listed, along with the Su-27 and S-400.']);
    expect([...found.keys()].sort()).toEqual(['5g', 'artificial-intelligence', 's-400', 'su-27', 'telecom-equipment']);
    expect(found.get('su-27')?.kind).toBe('product');
  });

  it('gives names without Latin letters distinct ids, spelled in Latin letters where their script allows', () => {
    expect(entityId('Сбербанк')).toMatch(/^sberbank-[0-9a-f]{8}$/);
    expect(entityId('Сбербанк')).not.toBe(entityId('Газпром'));
    // Spelled alike, a Cyrillic name is no Latin one's: the hash keeps their pages apart.
    expect(entityId('Тарнпорт')).not.toBe(entityId('Tarnport'));
    expect(entityId('Тарнпорт')).toBe(entityId('ТАРНПОРТ'));
    // Figures alone are no name's slug: two such names of one year stay two.
    expect(entityId('Форум-2016')).toMatch(/^forum-2016-[0-9a-f]{8}$/);
    expect(entityId('Олимпиада-2016')).not.toBe(entityId('Форум-2016'));
    expect(entityId('北京')).toMatch(/^name-[0-9a-f]{10}$/);
    expect(entityId('2016')).toBe('2016');
    expect(entityId('U.S. Navy')).toBe('us-navy');
  });

  it('looks up known outlets by any alias', () => {
    expect(lookupName('Bloomberg News')).toMatchObject({ id: 'bloomberg', media: true });
    expect(lookupName('Agence France-Presse')?.id).toBe('afp');
    expect(lookupName('Atlantis')).toBeNull();
  });

  it('reads no country in a place named after it ("New Jersey", "Papua New Guinea", "Northern Ireland")', () => {
    const ids = [...byId(['Voters in New Jersey and New Mexico went to the polls, as did friends in Papua New Guinea and Northern Ireland. Ireland and Mexico watched.']).keys()];
    expect(ids).toEqual(expect.arrayContaining(['ireland', 'mexico']));
    expect(ids).not.toContain('jersey');
    expect(ids).not.toContain('guinea');
    const once = byId(['Voters in New Jersey and New Mexico went to the polls, as did friends in Papua New Guinea and Northern Ireland.']);
    expect(once.has('ireland')).toBe(false);
    expect(once.has('mexico')).toBe(false);
  });

  it('knows a country by its other names, but not by one that is an everyday word or a given name', () => {
    expect(lookupName('Schweiz')?.id).toBe('switzerland');
    expect(lookupName('Nippon')?.id).toBe('japan');
    for (const word of ['Island', 'Mann', 'Reunion', 'Dominique']) expect(lookupName(word), word).toBeNull();
    expect(lookupName('Iceland')?.id).toBe('iceland');
    expect(lookupName('Isle of Man')?.id).toBe('isle-of-man');
  });
});

describe('tidy on names with nothing to tidy', () => {
  it('returns plain names as they are and still tidies the rest', () => {
    expect(tidy('Harbour Board 7')).toBe('Harbour Board 7');
    expect(tidy('Harbour  Board')).toBe('Harbour Board');
    expect(tidy(' Harbour Board,')).toBe('Harbour Board');
    expect(tidy('Harbour Board.')).toBe('Harbour Board');
    expect(tidy('Okafor J.')).toBe('Okafor J.');
  });
});
