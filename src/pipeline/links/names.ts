import { STOPWORDS, tokenize, type Token } from './text.ts';
import type { EntityKind } from './types.ts';

/**
 * Finds names the gazetteer does not know by how English writes them: runs of
 * capitalised words ("Thomas Barrack", "Labor Department", "Bank of
 * England"), read the same way in every sentence of every brief, so that two
 * versions of one story yield the same names. Replaces a part-of-speech
 * tagger, which cost ~50 µs a word and tagged a name in one sentence but not
 * in the next; this costs a few µs a word.
 *
 * The hard case is the first word of a sentence, capitalised whatever it is.
 * It counts as a name only when the brief gives evidence: the word is written
 * capitalised mid-sentence elsewhere, or it opens a run of capitalised words
 * and is never written in lower case in the brief.
 *
 * Kinds come from the context, in order: a title before a name (person), an
 * institution or company word in it (organisation), a place word in it or a
 * place preposition before it (place), "the" before it (organisation), and
 * otherwise up to four words read as a person's name (most unknown names in
 * news are people); the corpus step then takes each entity's most frequent kind.
 */

/** A piece of the brief: only prose is read for names (headline-case titles make every word look like one). */
export interface NameUnit {
  text: string;
  prose: boolean;
}

export interface FoundName {
  start: number;
  end: number;
  /** The name as written, titles and a leading article removed. */
  surface: string;
  kind: EntityKind;
  /** The kind is only the default for a name with no context (a person). */
  guessed: boolean;
}

/** Spans other rules already name (the gazetteer's matches). */
export interface KnownSpan {
  start: number;
  end: number;
}

/** Titles and roles written before a person's name ("Sen. Joe Manchin", "Press Secretary Jen Psaki"); a name after one is a person. */
const TITLES = new Set(
  `president vice prime minister foreign defence defense secretary general gen attorney chancellor premier king queen prince princess pope sheikh emir sultan
  senator sen rep reps representative congressman congresswoman governor gov lt mayor judge justice chief chairman chairwoman chair ceo cfo coo founder director
  head spokesman spokeswoman spokesperson ambassador envoy commander admiral colonel col lieutenant captain capt major sergeant sgt officer sheriff
  dr mr mrs ms miss sir dame lord lady prof professor rev reverend father deputy acting former late senior top leader majority minority whip speaker press
  councillor councilor councilman councilwoman alderman alderwoman trustee commissioner superintendent surgeon treasurer comptroller inspector auditor adviser advisor aide counsel solicitor prosecutor detective agent coach`.split(/\s+/),
);
/** Words that end an organisation's name ("Labor Department", "Texas Southern University", "Meridian Rail"). */
const ORG_HEADS = new Set(
  `department ministry agency administration bureau office commission committee council board authority service services court parliament assembly congress
  senate house party union association federation foundation institute institution university college school academy society club league
  bank bancorp savings insurance securities group company corporation corp inc ltd llc plc co holdings partners capital industries technologies systems airlines airways rail railways motors energy
  oil gas media news network networks times post journal tribune herald press telecom mobile labs ventures fund trust exchange police army navy force forces guard
  corps church hospital center centre clinic campaign coalition alliance caucus cabinet government regime organization organisation program programme project`.split(/\s+/),
);
/** Words that end a place's name ("Santa Monica Beach", "Orange County"). */
const PLACE_HEADS = new Set(
  `city county state province region district territory island islands river lake mountain mountains valley bay coast beach desert park street avenue road
  square bridge airport port harbour harbor canyon peninsula strait sea ocean gulf falls heights hills springs village town`.split(/\s+/),
);
/** Words before a name that say it is a place ("in Santa Monica", "near Kharkiv"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'outside', 'across', 'throughout', 'toward', 'towards', 'into']);
/** Words capitalised only by convention: never a name on their own. */
const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));
const NEVER_NAMES = new Set([
  ...WEEKDAYS,
  ...'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec i'.split(' '),
]);
/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  `mr mrs ms dr st sen rep gov lt col capt gen prof rev sgt jr sr inc corp co ltd no vs jan feb mar apr jun jul aug sep sept oct nov dec mt ft u s`.split(/\s+/),
);
/** Connectors that may join the words of a name only after "of" or an institution word ("Department of Health and Human Services"). */
const INNER_CONNECTORS = new Set(['and', 'for', 'on', '&']);
/** Lower-case particles inside personal and place names ("Ursula von der Leyen", "Rio de Janeiro"). */
const PARTICLES = new Set(['de', 'del', 'della', 'der', 'den', 'la', 'le', 'von', 'van', 'al', 'bin', 'da', 'du', 'dos', 'das', 'di', 'ibn']);
/** Words a sentence may open with that are never names ("But", "He", "The", "In"). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...STOPWORDS,
  ...`but and or nor so yet if it its he she they we i you his her their our my this that these those there here then when while after before since although though
  because however meanwhile moreover also still with from to into about over under during despite according some many most several both each all no not what which
  who why how where earlier later last next new now today tonight yesterday tomorrow as at by in on for of the a an`.split(/\s+/),
]);

interface Word extends Token {
  /** Position in the unit's word list. */
  index: number;
  lower: string;
  capital: boolean;
  /** First word of a sentence, a quotation or a clause after a colon. */
  initial: boolean;
}

/** Names in each unit, in the order they are written. */
export function findNames(units: readonly NameUnit[], known: readonly (readonly KnownSpan[])[] = [], tokens: readonly (readonly Token[] | undefined)[] = []): FoundName[][] {
  const words = units.map((u, i) => (u.prose ? readWords(u.text, tokens[i] ?? tokenize(u.text)) : []));
  const allRuns = units.map((unit, u) => runs(unit.text, words[u]!));
  // Evidence across the brief: words it writes in lower case, and names (or their last words, surnames) it writes mid-sentence.
  const lowerSomewhere = new Set<string>();
  const capitalInside = new Set<string>();
  for (const list of words) for (const w of list) if (!w.capital) lowerSomewhere.add(w.lower);
  for (const list of allRuns) {
    for (const run of list) if (!run[0]!.initial) capitalInside.add(run[run.length - 1]!.lower);
  }
  return units.map((unit, u) => {
    const out: FoundName[] = [];
    for (const run of allRuns[u]!) {
      for (const piece of splitAtKnown(run, known[u] ?? [])) {
        const name = nameOf(unit.text, piece, words[u]!, lowerSomewhere, capitalInside);
        if (name) out.push(...name);
      }
    }
    return out;
  });
}

function readWords(text: string, tokens: readonly Token[]): Word[] {
  return tokens.map((t, i) => {
    const lower = t.text.toLowerCase();
    const prev = tokens[i - 1];
    return { ...t, index: i, lower, capital: nameLike(t.text), initial: prev === undefined || opensClause(text.slice(prev.end, t.start), prev) };
  });
}

/** Capitalised, and not a compound that ends as a common word ("Kremlin-backed", "COVID-related"; "Su-27" and "Russia-Ukraine" are names). */
function nameLike(word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  const dash = word.lastIndexOf('-');
  return dash < 0 || /^[\p{Lu}\p{N}]/u.test(word.slice(dash + 1));
}

/** True when the text between two words ends a sentence or opens a quotation or a clause. */
function opensClause(gap: string, prev: Token): boolean {
  if (/[“"‘(\[:;!?…—–]/u.test(gap)) return true;
  if (!gap.includes('.')) return false;
  // "Sen. Manchin", "J. Smith", "U.S. officials": the full stop belongs to an abbreviation.
  return !(ABBREVIATIONS.has(prev.text.toLowerCase()) || /^\p{Lu}$/u.test(prev.text) || prev.text.endsWith('.'));
}

/** Runs of capitalised words joined by spaces (and by "of", name particles or, inside institution names, "and"/"for"/"on"). */
function runs(text: string, words: Word[]): Word[][] {
  const out: Word[][] = [];
  let run: Word[] = [];
  let institution = false;
  const close = () => {
    const trimmed = trimConnectors(run);
    if (trimmed.length > 0) out.push(trimmed);
    run = [];
    institution = false;
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (run.length > 0 && !joined(text, words[i - 1]!, w)) close();
    // A month or weekday ends a name, except a month after a first name ("Theresa May"), not before a date ("May 4").
    const dateWord = NEVER_NAMES.has(w.lower) && (run.length === 0 || WEEKDAYS.has(w.lower) || /^\d/.test(words[i + 1]?.text ?? ''));
    if (w.capital && !dateWord) {
      if (run.length > 0 && w.initial) close();
      run.push(w);
      institution ||= ORG_HEADS.has(w.lower);
      continue;
    }
    const next = words[i + 1];
    const prev = run[run.length - 1];
    const between = prev !== undefined && next !== undefined && next.capital && !next.initial && joined(text, w, next);
    const connects =
      between &&
      (w.lower === 'of' ||
        (w.lower === 'the' && prev.lower === 'of') ||
        (PARTICLES.has(w.lower) && prev.capital) ||
        (INNER_CONNECTORS.has(w.lower) && (institution || w.lower === '&')));
    if (connects) {
      institution ||= w.lower === 'of';
      run.push(w);
    } else close();
  }
  close();
  return out;
}

/** Neighbouring words with only spaces between them (no punctuation, no paragraph break). */
function joined(text: string, a: Token, b: Token): boolean {
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0xa0) return false;
  }
  return true;
}

/** A run broken around known names, unless it names an institution of its own ("Bank of China"). */
function splitAtKnown(run: Word[], known: readonly KnownSpan[]): Word[][] {
  const inKnown = run.map((w) => known.some((k) => k.start <= w.start && w.end <= k.end));
  if (!inKnown.some(Boolean)) return [run];
  const institution = run.some((w) => w.lower === 'of') || ORG_HEADS.has(run[run.length - 1]!.lower);
  if (institution && !inKnown.every(Boolean)) return [run];
  const out: Word[][] = [];
  let piece: Word[] = [];
  run.forEach((w, i) => {
    if (inKnown[i]) {
      if (piece.length) out.push(piece);
      piece = [];
    } else piece.push(w);
  });
  if (piece.length) out.push(piece);
  return out.map(trimConnectors).filter((p) => p.length > 0);
}

function trimConnectors(words: Word[]): Word[] {
  let a = 0;
  let b = words.length;
  while (a < b && !words[a]!.capital) a++;
  while (b > a && !words[b - 1]!.capital) b--;
  return words.slice(a, b);
}

/** The name(s) a run holds: function words and titles removed, the first word of a sentence kept only with evidence. */
function nameOf(text: string, run: Word[], all: Word[], lowerSomewhere: Set<string>, capitalInside: Set<string>): FoundName[] | null {
  let words = run;
  // An opening function word ("But", "The", "In") is no part of a name.
  while (words.length > 0 && words[0]!.initial && FUNCTION_WORDS.has(words[0]!.lower)) words = trimConnectors(words.slice(1));
  if (words.length === 0) return null;
  if (words[0]!.initial && words[0] === run[0]) {
    const first = words[0]!;
    // "Hundreds of Afghans": a run that goes on only through a connector is no evidence for its first word.
    const evidence = capitalInside.has(first.lower) || (words.length > 1 && words[1]!.capital && !lowerSomewhere.has(first.lower));
    if (!evidence) words = trimConnectors(words.slice(1));
    if (words.length === 0) return null;
  }
  // Titles: the person is what follows the last one; what precedes it may be a name of its own ("White House").
  let lastTitle = -1;
  words.forEach((w, i) => {
    if (TITLES.has(w.lower.replace(/\.$/, ''))) lastTitle = i;
  });
  const before = all[run[0]!.index - 1];
  const afterTitle = before !== undefined && TITLES.has(before.lower) && joined(text, before, run[0]!);
  const out: FoundName[] = [];
  if (lastTitle >= 0) {
    let t = lastTitle;
    while (t > 0 && TITLES.has(words[t - 1]!.lower)) t--;
    const prefix = trimConnectors(words.slice(0, t));
    const person = trimConnectors(words.slice(lastTitle + 1));
    if (prefix.length > 0 && !prefix.every((w) => TITLES.has(w.lower))) out.push(named(text, prefix, all, 'organisation'));
    // After a title comes a person, unless the words name an institution ("Senior Communications Ministry officials").
    if (person.length > 0) out.push(named(text, person, all, institutional(person) ? 'organisation' : 'person'));
    return out;
  }
  out.push(named(text, words, all, afterTitle ? 'person' : null));
  return out;
}

function named(text: string, words: Word[], all: Word[], given: EntityKind | null): FoundName {
  const start = words[0]!.start;
  const end = words[words.length - 1]!.end;
  const surface = text.slice(start, end);
  if (given) return { start, end, surface, kind: given, guessed: false };
  return { start, end, surface, ...kindOf(words, all[words[0]!.index - 1]) };
}

function institutional(words: Word[]): boolean {
  return ORG_HEADS.has(words[words.length - 1]!.lower) || words.some((w) => w.lower === 'of' || /^\p{Lu}{2,6}$/u.test(w.text));
}

function kindOf(words: Word[], before: Word | undefined): { kind: EntityKind; guessed: boolean } {
  const last = words[words.length - 1]!.lower;
  const sure = (kind: EntityKind) => ({ kind, guessed: false });
  if (institutional(words)) return sure('organisation');
  if (PLACE_HEADS.has(last)) return sure('place');
  if (before && PLACE_PREPOSITIONS.has(before.lower)) return sure('place');
  if (before && before.lower === 'the') return sure('organisation');
  return { kind: words.length <= 4 ? 'person' : 'organisation', guessed: true };
}
