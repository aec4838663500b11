import nlp from 'compromise';
import { NAME_CONNECTORS as CONNECTORS } from './normalise.ts';

/**
 * Runs compromise's named-entity tagger over the prose of one brief, reading
 * only the sentences that could hold a name nothing else has found yet.
 *
 * The tagger is the most expensive step of the pipeline (~50 µs a word), and
 * it tags each sentence on its own. So each text is split into sentences
 * exactly as compromise splits it, the sentences that cannot yield a new name
 * are dropped, and the rest of the whole brief is tagged in ONE pass; offsets
 * are mapped back to each text. A sentence is read when it has a word
 * starting with a capital letter (or a digit with letters, "20th") that is
 * neither a connector ("of", "The"), a function word opening the sentence
 * ("But", "He"), nor inside a known name that stands alone: a known name next
 * to another capitalised word may be part of a longer one ("Central Bank of
 * Russia"), so its sentence is read. Every name the entity rules accept is made
 * of such words, so the dropped sentences could give none.
 */

/** One text for the tagger, with the spans other rules already explain (known names, not demonyms). */
export interface TaggerText {
  text: string;
  explained: readonly { start: number; end: number }[];
}

export type TaggedRole = 'person' | 'organisation' | 'place' | 'proper';

/** A tagged phrase; `start` and `length` index the text it came from. */
export interface TaggedPhrase {
  role: TaggedRole;
  text: string;
  start: number;
  length: number;
}

/** Minimal view of compromise's term objects (its internal document format). */
interface Term {
  pre: string;
  text: string;
  post: string;
}
type Sentence = Term[];
interface Match {
  text: string;
  offset: { start: number; length: number };
}
interface TaggerView {
  compute(hooks: string[]): TaggerView;
  people(): TaggerView;
  organizations(): TaggerView;
  places(): TaggerView;
  match(pattern: string): TaggerView;
  json(options: { offset: true }): Match[];
}

const world = nlp.world() as { hooks: string[] };
const tokenizer = (nlp.methods() as { one: { tokenize: { fromString(text: string, world: unknown): Sentence[] } } }).one.tokenize;
/** compromise's View class: the empty document `nlp.tokenize` returns for no input is one. */
const View = nlp.tokenize('').constructor as new (document: Sentence[]) => TaggerView;
/** Every analysis `nlp()` runs except the phrase chunker, which sets no tags the entity queries read. */
const HOOKS = world.hooks.filter((hook) => hook !== 'chunks');

/** Words that open a sentence with a capital but are never part of a name. */
const FUNCTION_WORDS = new Set(
  'a an but and or nor so yet as at by if it its he she they we i you his her their our my this that these those there here then when while after before since although though because however meanwhile moreover also still with from to into about over under during despite according some many most several both each all no not what which who why how where'.split(' '),
);
/** A word that could start a name: a capital, or a digit followed somewhere by two letters ("20th", "3D" aside). */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
const NAME_START = /^(?:\p{Lu}|\p{N}.*\p{L}{2})/u;

export function tagNames(texts: readonly TaggerText[]): TaggedPhrase[][] {
  const selected: Sentence[] = [];
  /** For each selected sentence: its text index and where it starts in that text. */
  const origin: { text: number; start: number }[] = [];
  texts.forEach((t, index) => {
    if (!t.text) return;
    const sentences = tokenizer.fromString(t.text, world);
    const lengths = sentences.map(sentenceLength);
    // Offsets are only trusted when the terms spell the text exactly; otherwise read every sentence.
    const exact = lengths.reduce((a, b) => a + b, 0) === t.text.length;
    let start = 0;
    sentences.forEach((sentence, s) => {
      const end = start + lengths[s]!;
      if (!exact || mayHoldNewName(t.text.slice(start, end), start, t.explained)) {
        selected.push(sentence);
        origin.push({ text: index, start });
      }
      start = end;
    });
  });
  const out: TaggedPhrase[][] = texts.map(() => []);
  if (selected.length === 0) return out;
  const starts: number[] = [];
  let elapsed = 0;
  for (const sentence of selected) {
    starts.push(elapsed);
    elapsed += sentenceLength(sentence);
  }
  const doc = new View(selected).compute(HOOKS);
  const collect = (role: TaggedRole, view: TaggerView) => {
    for (const m of view.json({ offset: true })) {
      const s = sentenceAt(starts, m.offset.start);
      const { text, start } = origin[s]!;
      out[text]!.push({ role, text: m.text, start: m.offset.start - starts[s]! + start, length: m.offset.length });
    }
  };
  collect('person', doc.people());
  collect('organisation', doc.organizations());
  collect('place', doc.places());
  collect('proper', doc.match('#ProperNoun+'));
  return out;
}

function sentenceLength(sentence: Sentence): number {
  let n = 0;
  for (const term of sentence) n += term.pre.length + term.text.length + term.post.length;
  return n;
}

/** Index of the last sentence starting at or before `offset`. */
function sentenceAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** True when a sentence has a capitalised word no rule explains (see the module comment). */
export function mayHoldNewName(sentence: string, base: number, explained: TaggerText['explained']): boolean {
  const words = [...sentence.matchAll(WORD)].map((m) => ({ text: m[0], start: base + (m.index ?? 0), end: base + (m.index ?? 0) + m[0].length }));
  // Words that may belong to a name: capitalised, not connectors, not an opening function word.
  const capital = words.map((w, i) => NAME_START.test(w.text) && !CONNECTORS.has(w.text.toLowerCase()) && !(i === 0 && FUNCTION_WORDS.has(w.text.toLowerCase())));
  for (let i = 0; i < words.length; i++) {
    if (!capital[i]) continue;
    const known = explained.find((e) => e.start <= words[i]!.start && words[i]!.end <= e.end);
    if (!known) return true;
    // A known name explains its words only when no capitalised word touches it across connectors.
    if (neighbourIsCapital(words, capital, i, known, -1) || neighbourIsCapital(words, capital, i, known, 1)) return true;
  }
  return false;
}

function neighbourIsCapital(words: { text: string; start: number; end: number }[], capital: boolean[], i: number, known: { start: number; end: number }, step: -1 | 1): boolean {
  let j = i + step;
  while (j >= 0 && j < words.length && words[j]!.start >= known.start && words[j]!.end <= known.end) j += step;
  while (j >= 0 && j < words.length && CONNECTORS.has(words[j]!.text.toLowerCase())) j += step;
  return j >= 0 && j < words.length && capital[j]!;
}
