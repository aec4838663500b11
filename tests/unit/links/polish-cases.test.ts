import { describe, expect, it } from 'vitest';
import { polishCaseForms } from '../../../src/pipeline/links/polish-cases.ts';

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

  it('leaves a name it cannot decline regularly, or of more words, as it is', () => {
    expect(polishCaseForms('Chiny')).toEqual([]);
    expect(polishCaseForms('Stany Zjednoczone Ameryki')).toEqual([]);
    expect(polishCaseForms('USA')).toEqual([]);
  });
});
