import { isMap, isScalar, parseDocument, type Document } from 'yaml';

/**
 * The frontmatter of a hand-written brief, read with where each value sits in the file, so
 * the lint and the build can point an author at the line and column of a field or list item.
 * A missing or broken frontmatter reads as empty: the pre-build check names YAML errors.
 */

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** A path into the frontmatter: a field name, then list indices or keys. */
export type FieldPath = readonly (string | number)[];

export interface Frontmatter {
  data: Record<string, unknown>;
  /** Source offset of the value at a path (of its field when the value has no place of its own); null when absent. */
  offsetOf(path: FieldPath): number | null;
  /** Source offset of a top-level field's name. */
  keyOffset(field: string): number | null;
}

const EMPTY: Frontmatter = { data: {}, offsetOf: () => null, keyOffset: () => null };

export function readFrontmatter(source: string): Frontmatter {
  const match = FRONTMATTER.exec(source);
  if (!match) return EMPTY;
  const start = match[0].indexOf(match[1]!);
  // YAML 1.1, as Astro's frontmatter reader (js-yaml) reads it: the same values here and on the page.
  const doc = parseDocument(match[1]!, { version: '1.1' });
  if (doc.errors.length > 0) return EMPTY;
  const value: unknown = doc.toJS();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return EMPTY;
  return { data: value as Record<string, unknown>, offsetOf: (path) => offsetIn(doc, path, start), keyOffset: (field) => keyIn(doc, field, start) };
}

function keyIn(doc: Document, field: string, start: number): number | null {
  if (!isMap(doc.contents)) return null;
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === field);
  return pair && isScalar(pair.key) && pair.key.range ? start + pair.key.range[0] : null;
}

function offsetIn(doc: Document, path: FieldPath, start: number): number | null {
  for (let n = path.length; n > 0; n--) {
    const node: unknown = doc.getIn(path.slice(0, n), true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) return start + range[0];
    // A field whose value is empty has no node: point at its name.
    if (n === 1 && typeof path[0] === 'string') {
      const key = keyIn(doc, path[0], start);
      if (key !== null) return key;
    }
  }
  return null;
}

/** A string field, trimmed; null when absent or not a string. */
export function stringField(data: Record<string, unknown>, field: string): string | null {
  const value = data[field];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** A list-of-strings field; anything else reads as empty (the schema reports it). */
export function stringList(data: Record<string, unknown>, field: string): string[] {
  const value = data[field];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
