import { describe, expect, it } from 'vitest';
import { entitiesByKind, outletPath, outletSegment, type LinkSummary } from '../../src/lib/links.ts';
import { BRIEFS, countOf, pageCount, pageTitle } from '../../src/lib/pagination.ts';
import { totalsInWords } from '../../src/lib/report.ts';

describe('list counts', () => {
  it('says how long a list is and which page this is', () => {
    expect(pageCount({ total: 312, currentPage: 2, lastPage: 7 }, BRIEFS)).toBe('312 briefs, page 2 of 7');
    expect(pageCount({ total: 3, currentPage: 1, lastPage: 1 }, BRIEFS)).toBe('3 briefs');
    expect(pageCount({ total: 1, currentPage: 1, lastPage: 1 }, ['person', 'people'])).toBe('1 person');
    expect(countOf(12345, ['outlet', 'outlets'])).toBe('12,345 outlets');
    expect(countOf(0, BRIEFS)).toBe('0 briefs');
  });

  it("gives the build report's totals as the other counts are written", () => {
    expect(totalsInWords({ seeds: 2400, emitted: 1100, cached: 1299, rejected: 1 })).toBe('2,400 seeds: 2,399 briefs (1,299 unchanged since the last build), 1 not published');
    expect(totalsInWords({ seeds: 1, emitted: 1, cached: 0, rejected: 0 })).toBe('1 seed: 1 brief (0 unchanged since the last build), 0 not published');
  });

  it('names page n of a list in its title, and page 1 by the list alone', () => {
    expect(pageTitle('Defence', 1)).toBe('Defence');
    expect(pageTitle('Defence', 3)).toBe('Defence, page 3');
  });
});

describe('outlet URLs', () => {
  it('never give an outlet the URL of a page of the outlets list', () => {
    expect(outletPath('reuters')).toBe('/outlets/reuters/');
    expect(outletPath('2')).toBe('/outlets/2-/');
    expect(outletSegment('2024')).toBe('2024-');
    expect(outletSegment('9-news')).toBe('9-news');
  });
});

describe('entities by kind', () => {
  it('groups entities in the order of kinds, the most mentioned first, then by name', () => {
    const e = (id: string, kind: LinkSummary['entities'][number]['kind'], briefs: number) => ({ id, label: id, kind, media: false, briefs, stories: briefs });
    const groups = entitiesByKind([e('paris', 'place', 3), e('ada', 'person', 1), e('bo', 'person', 4), e('al', 'person', 1), e('oslo', 'place', 9)]);
    expect(groups.map((g) => [g.kind, g.items.map((i) => i.id)])).toEqual([
      ['person', ['bo', 'ada', 'al']],
      ['place', ['oslo', 'paris']],
    ]);
  });
});
