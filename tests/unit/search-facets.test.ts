import { describe, expect, it } from 'vitest';
import { mergeFilters, searchFilters, sortDate, UNDATED_SORT_KEY } from '../../src/lib/search-facets.ts';

describe('searchFilters', () => {
  it('files a brief under its outlet and year', () => {
    expect(searchFilters({ outlet: ' Newsweek ', date: new Date('2025-10-10T00:00:00Z') })).toEqual({ outlet: ['Newsweek'], year: ['2025'] });
  });

  it('gives no filter for what is unknown', () => {
    expect(searchFilters({ outlet: null, date: null })).toEqual({});
    expect(searchFilters({ outlet: '  ' })).toEqual({});
  });

  it('takes the year in UTC, as frontmatter dates are', () => {
    expect(searchFilters({ date: new Date('2024-12-31T23:30:00Z') }).year).toEqual(['2024']);
  });
});

describe('mergeFilters', () => {
  it('joins filter maps, each value once, dropping blank values', () => {
    expect(mergeFilters({ outlet: ['A'], year: ['2025'] }, { topic: ['Trade', 'Trade', ' '], outlet: ['A', 'B'] }, undefined)).toEqual({
      outlet: ['A', 'B'],
      year: ['2025'],
      topic: ['Trade'],
    });
  });
});

describe('sortDate', () => {
  it('sorts dated briefs by day and undated ones after every real day, newest first', () => {
    const keys = [sortDate(new Date('2025-01-02T00:00:00Z')), sortDate(null), sortDate(new Date('1999-05-06T00:00:00Z'))];
    expect(keys).toEqual(['2025-01-02', UNDATED_SORT_KEY, '1999-05-06']);
    expect([...keys].sort().reverse()).toEqual(['2025-01-02', '1999-05-06', UNDATED_SORT_KEY]);
  });
});
