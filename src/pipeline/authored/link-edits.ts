import { closestField } from '../../collections/field-suggestions.ts';
import { gazetteer, lookupName, type GazetteerEntry } from '../links/gazetteer.ts';
import { entityId, termKey } from '../links/normalise.ts';
import { topics } from '../links/topics.ts';
import type { EntityMention, LinkFeatures, TopicScore } from '../links/types.ts';
import type { FieldPath } from './frontmatter.ts';

/**
 * Topics and entities an author adds to or removes from what the link stage found in a
 * hand-written brief (frontmatter `topics`, `entities`, `removeTopics`, `removeEntities`).
 * Each must name a known one: a topic of the taxonomy (links/data/topics.json), an entity of
 * the gazetteer or one found in any brief. A typo gets a "did you mean".
 */

export const LINK_EDIT_FIELDS = ['topics', 'entities', 'removeTopics', 'removeEntities'] as const;
export type LinkEditField = (typeof LINK_EDIT_FIELDS)[number];

/** One name an author wrote, and where. */
export interface LinkEditItem {
  field: LinkEditField;
  value: string;
  path: FieldPath;
}

export function readLinkEdits(data: Record<string, unknown>): LinkEditItem[] {
  const items: LinkEditItem[] = [];
  for (const field of LINK_EDIT_FIELDS) {
    const value = data[field];
    if (!Array.isArray(value)) continue;
    value.forEach((v, i) => {
      if (typeof v === 'string' && v.trim() !== '') items.push({ field, value: v.trim(), path: [field, i] });
    });
  }
  return items;
}

/** What an author's name must resolve to: an entity as the gazetteer describes one. */
type KnownEntity = GazetteerEntry;

/** Entities an author may name: the gazetteer's and every one the briefs of this build mention. */
export interface KnownEntities {
  byId: ReadonlyMap<string, KnownEntity>;
  /** termKey of every label and variant -> id. */
  byName: ReadonlyMap<string, string>;
}

/** An entity as the corpus step and the link graph describe it. */
export type EntityLike = KnownEntity & { variants: readonly string[] };

export function knownEntities(corpus: Iterable<EntityLike>): KnownEntities {
  const byId = new Map<string, KnownEntity>();
  const byName = new Map<string, string>();
  for (const e of gazetteer().byId.values()) {
    byId.set(e.id, e);
    byName.set(termKey(e.label), e.id);
  }
  for (const e of corpus) {
    if (!byId.has(e.id)) byId.set(e.id, { id: e.id, label: e.label, kind: e.kind, media: e.media, relations: e.relations });
    for (const name of [e.label, ...e.variants]) if (!byName.has(termKey(name))) byName.set(termKey(name), e.id);
  }
  return { byId, byName };
}

/** A problem with one item: what is wrong and the fix (the item names the field). */
export interface LinkEditProblem<I extends LinkEditItem = LinkEditItem> {
  item: I;
  message: string;
}

/** The brief's features with the author's edits applied, and a problem for each name that is not known. */
export function applyLinkEdits<I extends LinkEditItem>(features: LinkFeatures, items: readonly I[], known: KnownEntities): { features: LinkFeatures; problems: LinkEditProblem<I>[] } {
  const problems: LinkEditProblem<I>[] = [];
  let topicList: TopicScore[] = [...features.topics];
  let entityList: EntityMention[] = [...features.entities];
  for (const item of items) {
    if (item.field === 'topics' || item.field === 'removeTopics') {
      const id = topicIdOf(item.value);
      if (!id) {
        problems.push({ item, message: unknownTopic(item) });
        continue;
      }
      if (item.field === 'removeTopics') topicList = topicList.filter((t) => t.id !== id);
      // The author's word is the surest there is: an added topic ranks first.
      else if (!topicList.some((t) => t.id === id)) topicList = [{ id, score: Math.max(1, ...topicList.map((t) => t.score)), hits: 0 }, ...topicList];
      continue;
    }
    const id = entityIdOf(item.value, known, entityList);
    if (!id) {
      problems.push({ item, message: unknownEntity(item, known) });
      continue;
    }
    if (item.field === 'removeEntities') entityList = entityList.filter((e) => e.id !== id);
    else if (!entityList.some((e) => e.id === id)) {
      const e = known.byId.get(id)!;
      entityList.push({ id, label: e.label, kind: e.kind, count: 1, demonymCount: 0, variants: [e.label], media: e.media, relations: e.relations });
    }
  }
  return { features: { ...features, topics: topicList, entities: entityList }, problems };
}

/** A topic by id, or by its label in any case. */
function topicIdOf(value: string): string | null {
  const key = value.toLowerCase();
  return topics().find((t) => t.id === key || t.label.toLowerCase() === key)?.id ?? null;
}

/** An entity by id, by a name the brief or the gazetteer writes it with, or by the id its name would have. */
function entityIdOf(value: string, known: KnownEntities, own: readonly EntityMention[]): string | null {
  const key = termKey(value);
  const mine = own.find((e) => e.id === value || termKey(e.label) === key || e.variants.some((v) => termKey(v) === key));
  if (mine) return mine.id;
  if (known.byId.has(value)) return value;
  const found = lookupName(value)?.id ?? known.byName.get(key) ?? entityId(value);
  return known.byId.has(found) ? found : null;
}

function unknownTopic(item: LinkEditItem): string {
  const ids = topics().map((t) => t.id);
  // A typo in an id or in a label: suggest whichever form it is closest to.
  const guess = closestField(item.value, [...ids, ...topics().map((t) => t.label)]);
  return guess
    ? `"${item.value}" is not a topic: did you mean "${guess}"?`
    : `"${item.value}" is not a topic; use one of: ${ids.join(', ')}`;
}

function unknownEntity(item: LinkEditItem, known: KnownEntities): string {
  const labels = [...new Set([...known.byId.values()].map((e) => e.label))];
  const guess = closestField(item.value, labels);
  const hint = guess ? `did you mean "${guess}"?` : 'name one the gazetteer (src/pipeline/links/data/entities.json) or a published brief knows, as on the /entities/ page or a brief\'s page';
  return `"${item.value}" is not a known entity: ${hint}`;
}
