import type { CleanResult, Seed } from '../types.ts';
import { countWords } from './counts.ts';

const TITLE_MAX_WORDS = 14;

export interface TitleChoice {
  title: string;
  how: string;
  /** Index of the node that became the title (then left out of the body), or null. */
  index: number | null;
}

/** The headline the cleaner found; else the opening words of the first paragraph; else the file name. */
export function pickTitle(seed: Seed, clean: CleanResult): TitleChoice {
  const { nodes } = clean;
  if (clean.headline !== undefined) {
    if (clean.headline !== null && nodes[clean.headline]) {
      return { title: nodes[clean.headline]!.text, how: `headline: the heading-like line above the story (line ${nodes[clean.headline]!.line ?? '?'})`, index: clean.headline };
    }
  } else {
    // A CleanResult built without headline detection: the first heading of three words or more.
    const heading = nodes.findIndex((n) => n.kind === 'heading' && countWords(n.text) >= 3);
    if (heading >= 0) return { title: nodes[heading]!.text, how: 'first heading-like line', index: heading };
  }
  const first = nodes.find((n) => n.kind === 'paragraph' && countWords(n.text) >= 3);
  if (first) return { title: openingWords(first.text), how: 'no headline on the page: opening words of the first paragraph', index: null };
  return { title: seed.id, how: 'no headline or paragraph: seed file name used', index: null };
}

/** The first sentence, cut to a headline's length at a word boundary. */
function openingWords(text: string): string {
  const sentence = /^.+?[.!?](?=\s|$)/u.exec(text)?.[0] ?? text;
  const words = sentence.split(/\s+/);
  return words.length <= TITLE_MAX_WORDS ? sentence : `${words.slice(0, TITLE_MAX_WORDS).join(' ').replace(/[,;:]$/, '')}…`;
}
