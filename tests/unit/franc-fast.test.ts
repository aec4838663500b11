import { franc } from 'franc';
import { describe, expect, it } from 'vitest';
import { francFast, READ_LANGUAGES } from '../../src/pipeline/clean/franc-fast.ts';

/** franc with the languages francFast reads (the Han script's one language among them). */
const only = [...READ_LANGUAGES, 'cmn'];

/** A tiny deterministic generator, so failures repeat. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SAMPLES = [
  'The council agreed on Tuesday to repair the old bridge before the winter storms arrive in the valley.',
  'Der Gemeinderat hat am Dienstag beschlossen, die alte Brücke vor den Winterstürmen zu reparieren.',
  'Le conseil municipal a décidé mardi de réparer le vieux pont avant les tempêtes de l’hiver.',
  'El ayuntamiento acordó el martes reparar el viejo puente antes de las tormentas del invierno.',
  'Городской совет во вторник решил отремонтировать старый мост до зимних штормов.',
  'Rada miasta postanowiła we wtorek naprawić stary most przed zimowymi burzami w dolinie.',
  'De gemeenteraad besloot dinsdag de oude brug te herstellen voordat de winterstormen komen.',
  '市议会周二决定在冬季风暴来临之前修复这座旧桥。',
  '12345 67890 !!! ??? ... 2024-01-01',
  'short',
  '',
];

describe('francFast', () => {
  it('gives franc’s answer on prose in several scripts and on edge cases', () => {
    for (const text of SAMPLES) {
      for (const minLength of [10, 20]) expect(francFast(text, minLength), text).toBe(franc(text, { minLength, only }));
    }
  });

  it('gives franc’s answer on long and random text', () => {
    const random = prng(7);
    const alphabet = 'abcdefghijklmnopqrstuvwxyz     äöüéèñçßąęłśżščřабвгдежзийклмнопрстуфхцчшщыэюя.,;:!?0123456789\n\t-’\'"İ';
    const words = SAMPLES.join(' ').split(/\s+/);
    for (let n = 0; n < 300; n++) {
      const length = Math.floor(random() * 3000);
      let text = '';
      if (n % 2 === 0) {
        while (text.length < length) text += alphabet[Math.floor(random() * alphabet.length)];
      } else {
        while (text.length < length) text += `${words[Math.floor(random() * words.length)]} `;
      }
      expect(francFast(text, 20), text).toBe(franc(text, { minLength: 20, only }));
    }
  });
});
