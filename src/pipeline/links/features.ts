import { countWords } from '../metadata/counts.ts';
import { extractEntities, type TextUnit } from './entities.ts';
import { extractFacts } from './facts.ts';
import { gazetteerFor } from './gazetteer.ts';
import { termFrequencies } from './keywords.ts';
import { minhashOfWords } from './minhash.ts';
import { findAttributions, outletId } from './provenance.ts';
import { storyTerms } from './story-terms.ts';
import { contentWordsOf, joinedWordTokens, tokenize } from './text.ts';
import { topicHits } from './topics.ts';
import type { LinkFeatures, LinkInput, ProvenanceEdge } from './types.ts';

const LEAD_WORDS = 60;

/**
 * Phase 1 of linking: everything about one brief that the corpus step needs,
 * computed once per seed and cached with it.
 */
export function extractLinkFeatures(page: LinkInput): LinkFeatures {
  const input = withoutSoftHyphens(page);
  const body = input.paragraphs.map((p) => p.text).join('\n\n');
  const units: TextUnit[] = [
    // A sentence-case headline is read like prose; a headline-case one ("Biden Defends Withdrawal") only for known names.
    { text: input.title, prose: !isTitleCase(input.title) },
    ...input.paragraphs.map((p) => ({ text: p.text, prose: p.kind !== 'heading' && !isTitleCase(p.text, input.language) })),
  ];
  const wordCount = countWords(body);
  // Each unit is read into words once, for the entities and, joined as the title, a blank line
  // and the body, for keywords, shingles and story terms.
  const unitTokens = units.map((unit) => tokenize(unit.text));
  const words = joinedWordTokens(units.map((unit) => unit.text), unitTokens, '\n\n');
  const entities = extractEntities(units, { language: input.language }, gazetteerFor(input.language), unitTokens);
  const attributions = findAttributions(body, { outlet: input.outlet, knownOutlets: input.citedOutlets ?? [] });
  const edges = mergeEdges(attributions.edges, (input.attributions ?? []).flatMap((phrase) => findAttributions(phrase, { outlet: input.outlet, knownOutlets: input.citedOutlets ?? [] }).edges));
  const facts = extractFacts(body, attributions.sources);
  const topics = topicHits(`${input.title}\n\n${body}`, wordCount, input.language);
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
    topics: topics.about,
    ...(topics.about.length === 0 && topics.mentioned.length > 0 ? { mentionedTopics: topics.mentioned } : {}),
    terms: termFrequencies(words, input.language),
    ...(input.language ? { language: input.language } : {}),
    minhash: minhashOfWords(contentWordsOf(words, input.title.length + 2)),
    storyTerms: storyTerms(input.title, input.paragraphs.map((p) => p.text), words, input.language),
    provenance: edges,
    facts,
  };
}

/**
 * The text without a page's soft hyphens ("Afgha\u00ADnistan", "Bundes\u00ADregierung"): hyphenation hints inside words,
 * which would hide the word from the gazetteer, the name rules and the word lists. Nothing the link stage keeps points
 * into the text by position.
 */
function withoutSoftHyphens(input: LinkInput): LinkInput {
  const strip = (text: string) => (text.includes('\u00AD') ? text.replaceAll('\u00AD', '') : text);
  if (!input.title.includes('\u00AD') && !input.paragraphs.some((p) => p.text.includes('\u00AD'))) return input;
  return { ...input, title: strip(input.title), paragraphs: input.paragraphs.map((p) => ({ ...p, text: strip(p.text) })) };
}

/** Headline-style capitalisation ("Putin To Visit India: Will This Be…"): every word would look like a name there. */
export function isTitleCase(text: string, language?: string | null): boolean {
  // Words are the runs /\p{L}[\p{L}'’-]*\/gu would match, read in one pass over the characters
  // (ASCII tested directly): this reads every paragraph of every brief.
  let words = 0;
  let capitalised = 0;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const size = code > 0xffff ? 2 : 1;
    let letter: boolean;
    let upper: boolean;
    let joiner: boolean;
    if (code < 128) {
      upper = code >= 65 && code <= 90;
      letter = upper || (code >= 97 && code <= 122);
      joiner = code === 39 || code === 45;
    } else {
      const char = text.slice(i, i + size);
      letter = LETTER.test(char);
      upper = letter && UPPER.test(char);
      joiner = code === 0x2019;
    }
    if (inWord) inWord = letter || joiner;
    else if (letter) {
      words++;
      if (upper) capitalised++;
      inWord = true;
    }
    i += size;
  }
  if (words < 4 || capitalised / words <= 0.6) return false;
  // An English sentence crowded with names ("Chairman Ann Lee, Secretary Bo Park and Gen. Cy Dunn will testify before …")
  // is as capitalised, but headline style leaves only its short words in lower case: words it would capitalise say it is
  // prose. (Where every noun is capitalised, a paragraph of nouns reads so too, and stays where the share puts it.)
  // Only a sentence, closed as one, and not shouted: lines in capitals and list items ("Finely Diced Bell Peppers") stay.
  if (language !== 'en' || !SENTENCE_END.test(text) || (text.match(SHOUTED_WORD)?.length ?? 0) > 1) return true;
  let proseWords = 0;
  for (const w of text.match(LOWER_WORD) ?? []) if (!MINOR_WORDS.has(w) && ++proseWords >= 2) return false;
  return true;
}

const SENTENCE_END = /[.!?…]["”’)\]]*\s*$/u;
/** A word of five capitals or more: longer than most acronyms ("NATO", "NASA"), so a word shouted. */
const SHOUTED_WORD = /(?<![\p{L}'’-])\p{Lu}{5,}(?![\p{L}'’-])/gu;

const LOWER_WORD = /(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu;
/** Words headline style writes in lower case: articles, conjunctions and prepositions ("Talks Stall on Deal With the Port"). */
const MINOR_WORDS = new Set(
  `a an the and but or nor for so yet of in on at to by up as via per off out with from into onto over upon than vs v
  about above across after against along amid among around before behind below beneath beside besides between beyond
  despite down during except inside near outside past since through throughout toward towards under until unto
  within without`.split(/\s+/u),
);

const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}$/u;

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
