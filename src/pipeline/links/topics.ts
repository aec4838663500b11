import taxonomy from './data/topics.json' with { type: 'json' };
import type { TopicScore } from './types.ts';

/** One subject of the taxonomy in data/topics.json (documented there). */
export interface Topic {
  id: string;
  label: string;
  description: string;
  patterns: string[];
}

interface CompiledTopic extends Topic {
  /** The patterns without the guard before them (see countHits). */
  search: RegExp;
}

/** A topic needs this many pattern hits… */
export const MIN_TOPIC_HITS = 3;
/** …and this many per 100 words, so one passing mention in a long brief does not make it a topic. */
export const MIN_TOPIC_DENSITY = 0.6;
/** At most this many topics per brief, strongest first. */
export const MAX_TOPICS = 4;

let compiled: CompiledTopic[] | null = null;

export function topics(): Topic[] {
  return compiledTopics().map(({ search: _search, ...t }) => t);
}

export function topicById(id: string): Topic | undefined {
  return compiledTopics().find((t) => t.id === id);
}

function compiledTopics(): CompiledTopic[] {
  compiled ??= (taxonomy as { topics: Topic[] }).topics.map((t) => ({ ...t, search: compilePatterns(t.patterns, false) }));
  return compiled;
}

/** "sanction*" -> sanction\p{L}*; phrases allow any white space or a hyphen between words. */
export function compilePatterns(patterns: string[], guardBefore = true): RegExp {
  const parts = patterns.map((p) => {
    const wildcard = p.endsWith('*');
    const words = (wildcard ? p.slice(0, -1) : p).split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return `${words.join('[\\s-]+')}${wildcard ? '[\\p{L}-]*' : ''}`;
  });
  return new RegExp(`${guardBefore ? '(?<![\\p{L}\\p{N}])' : ''}(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** The guard of compilePatterns, tested on the character before a match (same flags, same answer). */
const WORD_BEFORE = /[\p{L}\p{N}]$/iu;

/**
 * Matches of `compilePatterns(patterns, false)`, as many as `text.match(compilePatterns(patterns))` finds. A look-behind
 * leading a pattern is tried at every position of the text and keeps the engine from searching
 * for the words' letters, which made scoring topics three times slower: the search runs without
 * it, a match inside a word is dropped and the search goes on from the next character, so the
 * same matches are counted.
 */
export function countHits(text: string, search: RegExp): number {
  let hits = 0;
  search.lastIndex = 0;
  for (let m = search.exec(text); m; m = search.exec(text)) {
    if (m.index > 0 && WORD_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index))) search.lastIndex = m.index + 1;
    else hits++;
  }
  return hits;
}

/** The taxonomy topics a text is about, with hits per 100 words. */
export function scoreTopics(text: string, wordCount: number): TopicScore[] {
  const words = Math.max(wordCount, 1);
  const out: TopicScore[] = [];
  for (const topic of compiledTopics()) {
    const hits = countHits(text, topic.search);
    const score = (hits * 100) / words;
    if (hits >= MIN_TOPIC_HITS && score >= MIN_TOPIC_DENSITY) out.push({ id: topic.id, score: Math.round(score * 100) / 100, hits });
  }
  return out.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, MAX_TOPICS);
}
