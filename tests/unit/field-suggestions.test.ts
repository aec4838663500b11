import { describe, expect, it } from 'vitest';
import { closestField, unknownFieldsMessage } from '../../src/collections/field-suggestions.ts';

const known = ['title', 'dek', 'outlet', 'authors', 'date', 'editedBy'];

describe('field suggestions', () => {
  it('suggests the field a typo meant', () => {
    expect(closestField('titel', known)).toBe('title');
    expect(closestField('author', known)).toBe('authors');
    expect(closestField('editedby', known)).toBe('editedBy');
  });

  it('suggests nothing for an unrelated key', () => {
    expect(closestField('colour', known)).toBeNull();
    expect(unknownFieldsMessage(['colour'], known)).toMatch(/unknown field "colour": remove it \(known fields: title, dek/);
  });
});
