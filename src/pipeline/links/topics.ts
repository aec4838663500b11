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
  regex: RegExp;
}

/** A topic needs this many pattern hits… */
export const MIN_TOPIC_HITS = 3;
/** …and this many per 100 words, so one passing mention in a long brief does not make it a topic. */
export const MIN_TOPIC_DENSITY = 0.6;
/** At most this many topics per brief, strongest first. */
export const MAX_TOPICS = 4;

let compiled: CompiledTopic[] | null = null;

export function topics(): Topic[] {
  return compiledTopics().map(({ regex: _regex, ...t }) => t);
}

export function topicById(id: string): Topic | undefined {
  return compiledTopics().find((t) => t.id === id);
}

function compiledTopics(): CompiledTopic[] {
  compiled ??= (taxonomy as { topics: Topic[] }).topics.map((t) => ({ ...t, regex: compilePatterns(t.patterns) }));
  return compiled;
}

/** "sanction*" -> sanction\p{L}*; phrases allow any white space or a hyphen between words. */
export function compilePatterns(patterns: string[]): RegExp {
  const parts = patterns.map((p) => {
    const wildcard = p.endsWith('*');
    const words = (wildcard ? p.slice(0, -1) : p).split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return `${words.join('[\\s-]+')}${wildcard ? '[\\p{L}-]*' : ''}`;
  });
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** The taxonomy topics a text is about, with hits per 100 words. */
export function scoreTopics(text: string, wordCount: number): TopicScore[] {
  const words = Math.max(wordCount, 1);
  const out: TopicScore[] = [];
  for (const topic of compiledTopics()) {
    const hits = text.match(topic.regex)?.length ?? 0;
    const score = (hits * 100) / words;
    if (hits >= MIN_TOPIC_HITS && score >= MIN_TOPIC_DENSITY) out.push({ id: topic.id, score: Math.round(score * 100) / 100, hits });
  }
  return out.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, MAX_TOPICS);
}
