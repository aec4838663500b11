import { describe, expect, it } from 'vitest';
import { polishCaseForms } from '../../../src/pipeline/links/polish-cases.ts';
import { namedIn } from '../../helpers/brief-entities.ts';

describe('the case forms of a Polish place name', () => {
  it.each([
    ['Polska', ['Polski', 'Polsce', 'Polskę', 'Polską']],
    ['Rosja', ['Rosji', 'Rosję', 'Rosją']],
    ['Hiszpania', ['Hiszpanii', 'Hiszpanię', 'Hiszpanią']],
    ['Praga', ['Pragi', 'Pradze', 'Pragę', 'Pragą']],
    ['Moskwa', ['Moskwy', 'Moskwie', 'Moskwę', 'Moskwą']],
    ['Kanada', ['Kanady', 'Kanadzie', 'Kanadę', 'Kanadą']],
    ['Iran', ['Iranu', 'Iranie', 'Iranem']],
    ['Egipt', ['Egiptu', 'Egipcie']],
    ['Irak', ['Iraku', 'Irakiem']],
    ['Wielka Brytania', ['Wielkiej Brytanii', 'Wielką Brytanię', 'Wielką Brytanią']],
    ['Nowa Zelandia', ['Nowej Zelandii', 'Nową Zelandię']],
  ])('declines %s', (name, forms) => {
    expect(polishCaseForms(name)).toEqual(expect.arrayContaining(forms));
    expect(polishCaseForms(name)).not.toContain(name);
  });

  it('declines the countries named in the plural or as a neuter phrase from its table', () => {
    expect(polishCaseForms('Niemcy')).toEqual(expect.arrayContaining(['Niemiec', 'Niemczech']));
    expect(polishCaseForms('Stany Zjednoczone')).toEqual(expect.arrayContaining(['Stanów Zjednoczonych', 'Stanach Zjednoczonych']));
    expect(namedIn('pl', 'Premier Zjednoczonego Królestwa spotkał się w Niemczech z prezydentem Stanów Zjednoczonych.', 'id')).toEqual([
      'germany/country',
      'united-kingdom/country',
      'united-states/country',
    ]);
  });

  it('leaves a name it cannot decline, or of more words, as it is', () => {
    expect(polishCaseForms('Kongo')).toEqual([]);
    expect(polishCaseForms('Stany Zjednoczone Ameryki')).toEqual([]);
    expect(polishCaseForms('USA')).toEqual([]);
  });
});
