import type { Neighbour } from './similarity.ts';
import type { RelatedLink, RelatedReason } from './types.ts';

/**
 * Related briefs for each brief, ranked, each with the reason it is related:
 * 1. other versions of the same story (its same-story cluster), then
 * 2. its nearest neighbours by story similarity, each labelled by what it
 *    shares: people and organisations first, else a topic or keywords; one
 *    that shares none of these only when its wording is close.
 * A brief with any neighbour on the same subject lists at least one, however
 * low the score: a small corpus on one subject has low similarities all round.
 */

/** What a brief offers for reasons: its named people and organisations, topics and keywords. */
export interface ReasonFeatures {
  slug: string;
  /** People and organisations (corpus-merged ids), strongest first. */
  names: { id: string; label: string; weight: number }[];
  topics: { id: string; label: string }[];
  /** Distinctive keywords, strongest first. */
  keywords: { key: string; label: string; weight: number }[];
}

export interface RelatedOptions {
  /** Related briefs kept per brief. */
  k?: number;
  /** Similarity below which a neighbour is listed only if nothing better shares its subject. */
  minScore?: number;
  /**
   * Similarity a neighbour that shares no name, topic or keyword needs. Below it such neighbours are chance: on
   * stories-dev only 15% of them were the same story or topic, against 57% of those sharing a topic.
   */
  minWordingScore?: number;
  /** How many shared items a reason names. */
  reasonItems?: number;
}

export function relatedBriefs(briefs: ReasonFeatures[], neighbours: Neighbour[][], clusterOf: (i: number) => number[], options: RelatedOptions = {}): RelatedLink[][] {
  const { k = 5, minScore = 0.1, minWordingScore = 0.2, reasonItems = 3 } = options;
  return briefs.map((brief, i) => {
    const out: RelatedLink[] = [];
    const listed = new Set<number>([i]);
    const scoreOf = new Map(neighbours[i]!.map((nb) => [nb.index, nb.score]));
    const sameStory = clusterOf(i)
      .filter((j) => j !== i)
      .sort((a, b) => (scoreOf.get(b) ?? 0) - (scoreOf.get(a) ?? 0) || a - b);
    for (const j of sameStory.slice(0, k)) {
      out.push(link(brief, briefs[j]!, scoreOf.get(j) ?? 0, 'same-story', reasonItems));
      listed.add(j);
    }
    for (const { index: j, score } of neighbours[i]!) {
      if (out.length >= k) break;
      if (listed.has(j)) continue;
      const candidate = link(brief, briefs[j]!, score, null, reasonItems);
      // Below the floor, only the first neighbour that shares a name or a topic, and only for an empty list.
      if (score < minScore && !(out.length === 0 && (candidate.relation === 'shared-names' || candidate.relation === 'shared-topic'))) continue;
      // Sharing no name, topic or keyword, a neighbour has only its wording: listed when that is close.
      if (candidate.relation === 'similar-text' && score < minWordingScore) continue;
      out.push(candidate);
      listed.add(j);
    }
    return out;
  });
}

function link(a: ReasonFeatures, b: ReasonFeatures, score: number, given: RelatedReason | null, items: number): RelatedLink {
  const bNames = new Set(b.names.map((x) => x.id));
  const names = a.names.filter((x) => bNames.has(x.id)).slice(0, items);
  const bTopics = new Set(b.topics.map((x) => x.id));
  const topics = a.topics.filter((x) => bTopics.has(x.id)).slice(0, items);
  const bKeys = new Set(b.keywords.map((x) => x.key));
  const keywords = a.keywords.filter((x) => bKeys.has(x.key)).slice(0, items);
  const relation: RelatedReason = given ?? (names.length > 0 ? 'shared-names' : topics.length > 0 || keywords.length > 0 ? 'shared-topic' : 'similar-text');
  const shared: RelatedLink['shared'] = [
    ...names.map((x) => ({ kind: 'entity' as const, id: x.id, label: x.label })),
    ...topics.map((x) => ({ kind: 'topic' as const, id: x.id, label: x.label })),
    ...keywords.map((x) => ({ kind: 'keyword' as const, id: x.key, label: x.label })),
  ].slice(0, items);
  return { slug: b.slug, score: Math.round(score * 1000) / 1000, relation, reason: reasonText(relation, shared), shared };
}

/** The reason as a reader sees it: "same story; both name Meridian Rail, Rotterdam" (commas only: topic labels contain "and"). */
export function reasonText(relation: RelatedReason, shared: Pick<RelatedLink['shared'][number], 'kind' | 'label'>[]): string {
  const names = shared.filter((s) => s.kind === 'entity').map((s) => s.label);
  const subjects = shared.filter((s) => s.kind !== 'entity').map((s) => s.label);
  switch (relation) {
    case 'same-story':
      return names.length > 0 ? `same story; both name ${names.join(', ')}` : subjects.length > 0 ? `same story; shares ${subjects.join(', ')}` : 'same story';
    case 'shared-names':
      return `shares people and organisations: ${names.join(', ')}`;
    case 'shared-topic':
      return `same subject: ${subjects.join(', ')}`;
    default:
      return 'similar wording';
  }
}
