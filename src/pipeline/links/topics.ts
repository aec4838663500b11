import taxonomy from './data/topics.json' with { type: 'json' };
import { readsAsEnglish } from '../clean/language-code.ts';
import { escapeRegExp } from '../clean/text.ts';
import { matchesNotAfter } from './text.ts';
import type { TopicScore } from './types.ts';

/** One subject of the taxonomy in data/topics.json (documented there). */
export interface Topic {
  id: string;
  label: string;
  description: string;
  patterns: string[];
}

interface CompiledTopic extends Topic {
  /** The topic's patterns without the guard before them, merged (compileMerged) and sticky: tried only where some topic's pattern matched (see scoreTopics). */
  at: RegExp;
}

/** A topic needs this many pattern hits… */
export const MIN_TOPIC_HITS = 3;
/** …and this many per 100 words, so one passing mention in a long brief does not make it a topic. */
export const MIN_TOPIC_DENSITY = 0.6;
/** At most this many topics per brief, strongest first. */
export const MAX_TOPICS = 4;

/**
 * The patterns read in a brief's language: "war@en" is read in English text only (and where the language is
 * unknown), since the same letters are an everyday word elsewhere (German "war" = was, French "ai" = have).
 */
type Reading = 'en' | 'other';

const compiled = new Map<Reading, CompiledTopic[]>();

function readingOf(language: string | null | undefined): Reading {
  return readsAsEnglish(language) ? 'en' : 'other';
}

/** The patterns of a topic that apply in a reading, without their language tags. */
function patternsFor(patterns: string[], reading: Reading): string[] {
  return patterns.flatMap((p) => {
    const at = p.lastIndexOf('@');
    if (at < 0) return [p];
    return reading === 'en' && p.slice(at + 1) === 'en' ? [p.slice(0, at)] : [];
  });
}

let listed: Topic[] | null = null;

export function topics(): Topic[] {
  listed ??= (taxonomy as { topics: Topic[] }).topics.map((t) => ({ ...t, patterns: patternsFor(t.patterns, 'en') }));
  return listed;
}

export function topicById(id: string): Topic | undefined {
  return topics().find((t) => t.id === id);
}

/** Every topic's patterns in one search: where none matches, no topic does. */
const anyTopic = new Map<Reading, RegExp>();

function compiledTopics(reading: Reading): CompiledTopic[] {
  let out = compiled.get(reading);
  if (!out) {
    out = (taxonomy as { topics: Topic[] }).topics.map((t) => {
      const patterns = patternsFor(t.patterns, reading);
      // Read in the lower-cased text (scoreTopics): without the "i" flag the engine compares code units, several times faster.
      return { ...t, patterns, at: new RegExp(compileMerged(patterns).source, 'guy') };
    });
    compiled.set(reading, out);
  }
  return out;
}

function anyTopicSearch(reading: Reading): RegExp {
  let search = anyTopic.get(reading);
  if (!search) anyTopic.set(reading, (search = compileMerged(compiledTopics(reading).flatMap((t) => t.patterns))));
  return search;
}

/** "sanction*" -> sanction\p{L}*; phrases allow any white space or a hyphen between words. */
export function compilePatterns(patterns: string[], guardBefore = true): RegExp {
  return new RegExp(`${guardBefore ? '(?<![\\p{L}\\p{N}])' : ''}(?:${patternSources(patterns).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

function patternSources(patterns: string[]): string[] {
  return patterns.map((p) => {
    const wildcard = p.endsWith('*');
    const words = (wildcard ? p.slice(0, -1) : p).split(/\s+/).map(escapeRegExp);
    return `${words.join('[\\s-]+')}${wildcard ? '[\\p{L}-]*' : ''}`;
  });
}

/**
 * A search that matches where compilePatterns(patterns, false) does (the same start positions, which is all
 * candidateStarts asks), faster: the alternatives are merged on their leading letters and digits ("war|wars|
 * warship*" -> "war(?:|s|ship…)"), so the engine no longer tries every alternative at every position, and the
 * patterns with a * share one "any ending" at the end instead of one each, since every copy of a Unicode letter
 * class makes the search slower to compile and to run.
 */
function compileMerged(patterns: string[]): RegExp {
  const whole = patternSources(patterns.filter((p) => !p.endsWith('*')));
  const stems = patternSources(patterns.filter((p) => p.endsWith('*')).map((p) => p.slice(0, -1)));
  const groups = [whole.length > 0 ? `${trie(whole)}(?![\\p{L}\\p{N}])` : null, stems.length > 0 ? `${trie(stems)}[\\p{L}-]*(?![\\p{L}\\p{N}])` : null];
  return new RegExp(groups.filter((g) => g !== null).join('|') || '(?!)', 'gu');
}

/** Regex sources merged on their leading lower-case letters and digits into one group. */
function trie(sources: string[]): string {
  interface Node {
    ends: string[];
    next: Map<string, Node>;
  }
  const root: Node = { ends: [], next: new Map() };
  for (const source of sources) {
    const literal = /^[\p{Ll}\p{N}]*/u.exec(source)![0];
    let node = root;
    for (const c of literal) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { ends: [], next: new Map() }));
      node = child;
    }
    node.ends.push(source.slice(literal.length));
  }
  // A node with one way on is written without a group ("war" rather than "w(?:a(?:r(?:)))").
  const merged = (node: Node): string => {
    const ways = [...node.ends, ...[...node.next].map(([c, child]) => c + merged(child))];
    return ways.length === 1 ? ways[0]! : `(?:${ways.join('|')})`;
  };
  return `(?:${merged(root)})`;
}

/** The guard of compilePatterns, tested on the character before a match (same flags, same answer). */
const WORD_BEFORE = /[\p{L}\p{N}]$/iu;

/**
 * Matches of `compilePatterns(patterns, false)`, as many as `text.match(compilePatterns(patterns))` finds: the guard is
 * tested before each match instead of as a leading look-behind, which made scoring topics three times slower.
 */
export function countHits(text: string, search: RegExp): number {
  return matchesNotAfter(text, search, WORD_BEFORE).length;
}

/**
 * Where any topic's pattern matches, at every position (found by one search over the text: each
 * match is followed by a search from the next character, so overlapping ones are found too).
 */
function candidateStarts(text: string, reading: Reading): number[] {
  const starts: number[] = [];
  const search = anyTopicSearch(reading);
  search.lastIndex = 0;
  for (let m = search.exec(text); m; m = search.exec(text)) {
    starts.push(m.index);
    search.lastIndex = m.index + 1;
  }
  return starts;
}

/**
 * countHits(text, compilePatterns(topic.patterns, false)), reading only the candidate starts: a match of
 * the topic starts where some topic's pattern matches, so trying the sticky pattern at each candidate start
 * from where the last match left off finds the same leftmost matches as the search through the text. (Where
 * two of a topic's patterns match at one start, the merged pattern takes the shorter; the count is the same
 * unless the longer one would have covered the start of another match.)
 */
function countHitsAt(text: string, at: RegExp, starts: readonly number[]): number {
  let hits = 0;
  let from = 0;
  for (const start of starts) {
    if (start < from) continue;
    at.lastIndex = start;
    const m = at.exec(text);
    if (!m) continue;
    if (start > 0 && WORD_BEFORE.test(text.slice(Math.max(0, start - 2), start))) from = start + 1;
    else {
      hits++;
      from = start + m[0].length;
    }
  }
  return hits;
}

/**
 * The taxonomy topics a text in the given language mentions, each with its hits and hits per 100 words, strongest first;
 * `about` says which pass MIN_TOPIC_HITS and MIN_TOPIC_DENSITY (at most MAX_TOPICS): what the text is about.
 */
export function topicHits(text: string, wordCount: number, language?: string | null): { about: TopicScore[]; mentioned: TopicScore[] } {
  const words = Math.max(wordCount, 1);
  const mentioned: TopicScore[] = [];
  const reading = readingOf(language);
  // The patterns are lower case and compiled without the "i" flag: the text is lower-cased once instead.
  const lower = text.toLowerCase();
  // One search for all topics, then each topic only where something matched: a search per topic through every brief costs several times more.
  const starts = candidateStarts(lower, reading);
  if (starts.length > 0) {
    for (const topic of compiledTopics(reading)) {
      const hits = countHitsAt(lower, topic.at, starts);
      if (hits > 0) mentioned.push({ id: topic.id, score: Math.round(((hits * 100) / words) * 100) / 100, hits });
    }
  }
  mentioned.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  const about = mentioned.filter((t) => t.hits >= MIN_TOPIC_HITS && (t.hits * 100) / words >= MIN_TOPIC_DENSITY).slice(0, MAX_TOPICS);
  return { about, mentioned };
}

/** The taxonomy topics a text in the given language is about, with hits per 100 words. */
export function scoreTopics(text: string, wordCount: number, language?: string | null): TopicScore[] {
  return topicHits(text, wordCount, language).about;
}
