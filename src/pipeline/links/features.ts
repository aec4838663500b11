import { countWords } from '../metadata/counts.ts';
import { extractEntities, type TextUnit } from './entities.ts';
import { extractFacts } from './facts.ts';
import { gazetteer } from './gazetteer.ts';
import { termFrequencies } from './keywords.ts';
import { minhashSignature, shinglesOf } from './minhash.ts';
import { findAttributions, outletId } from './provenance.ts';
import { storyTerms } from './story-terms.ts';
import { contentWordsOf, joinedWordTokens, tokenize } from './text.ts';
import { scoreTopics } from './topics.ts';
import type { LinkFeatures, LinkInput, ProvenanceEdge } from './types.ts';

const LEAD_WORDS = 60;

/**
 * Phase 1 of linking: everything about one brief that the corpus step needs,
 * computed once per seed and cached with it.
 */
export function extractLinkFeatures(input: LinkInput): LinkFeatures {
  const body = input.paragraphs.map((p) => p.text).join('\n\n');
  const units: TextUnit[] = [
    // A sentence-case headline is read like prose; a headline-case one ("Biden Defends Withdrawal") only for known names.
    { text: input.title, prose: !isTitleCase(input.title) },
    ...input.paragraphs.map((p) => ({ text: p.text, prose: p.kind !== 'heading' && !isTitleCase(p.text) })),
  ];
  const wordCount = countWords(body);
  // Each unit is read into words once, for the entities and, joined as the title, a blank line
  // and the body, for keywords, shingles and story terms.
  const unitTokens = units.map((unit) => tokenize(unit.text));
  const words = joinedWordTokens(units.map((unit) => unit.text), unitTokens, '\n\n');
  const entities = extractEntities(units, { language: input.language }, gazetteer(), unitTokens);
  const attributions = findAttributions(body, { outlet: input.outlet, knownOutlets: input.citedOutlets ?? [] });
  const edges = mergeEdges(attributions.edges, (input.attributions ?? []).flatMap((phrase) => findAttributions(phrase, { outlet: input.outlet, knownOutlets: input.citedOutlets ?? [] }).edges));
  const facts = extractFacts(body, attributions.sources);
  return {
    slug: input.slug,
    seed: input.seed,
    title: input.title,
    outlet: input.outlet,
    outletId: input.outlet ? outletId(input.outlet) : null,
    date: input.date,
    lead: leadOf(input.paragraphs),
    wordCount,
    entities,
    topics: scoreTopics(`${input.title}\n\n${body}`, wordCount),
    terms: termFrequencies(words),
    minhash: minhashSignature(shinglesOf(contentWordsOf(words, input.title.length + 2))),
    storyTerms: storyTerms(input.title, input.paragraphs.map((p) => p.text), words),
    provenance: edges,
    facts,
  };
}

/** Headline-style capitalisation ("Putin To Visit India: Will This Be…"): every word would look like a name there. */
export function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < 4) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length > 0.6;
}

function leadOf(paragraphs: LinkInput['paragraphs']): string {
  const words: string[] = [];
  for (const p of paragraphs) {
    if (p.kind !== 'paragraph') continue;
    // Word by word: spreading a huge paragraph's words into push() overflows the call stack.
    for (const word of p.text.split(/\s+/, LEAD_WORDS + 1)) words.push(word);
    if (words.length >= LEAD_WORDS) break;
  }
  return words.length > LEAD_WORDS ? `${words.slice(0, LEAD_WORDS).join(' ')}…` : words.join(' ');
}

function mergeEdges(...lists: ProvenanceEdge[][]): ProvenanceEdge[] {
  const out = new Map<string, ProvenanceEdge>();
  for (const e of lists.flat()) {
    const key = `${e.from ?? ''}>${e.to}`;
    if (!out.has(key)) out.set(key, e);
  }
  return [...out.values()];
}
