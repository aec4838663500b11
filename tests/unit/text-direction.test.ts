import { describe, expect, it } from 'vitest';
import { textDirection } from '../../src/lib/text-direction.ts';

describe('textDirection', () => {
  it.each([
    ['ar', 'rtl'],
    ['he', 'rtl'],
    ['fa', 'rtl'],
    ['ur', 'rtl'],
    ['en', undefined],
    ['de', undefined],
    ['zh', undefined],
    ['und', undefined],
    [null, undefined],
    ['not a tag', undefined],
  ])('reads %s as %s', (language, direction) => {
    expect(textDirection(language)).toBe(direction);
  });
});
