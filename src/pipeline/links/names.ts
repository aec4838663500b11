import { isMonthName } from '../clean/dates.ts';
import { isLanguageName } from '../clean/language.ts';
import { capitalisesNouns, readsAsEnglish } from '../clean/language-code.ts';
import { isCity, isListedPlace } from './cities.ts';
import { gazetteer, genitiveStem, lookupName, PLACE_KINDS } from './gazetteer.ts';
import { isCommonWord, isGivenName, isGivenNameIn } from './lexicon.ts';
import { aliasKey, ARTICLE_PARTICLES, classStem, isShoutedName, opensWithArticle, titleCased } from './normalise.ts';
import { stateOfAbbreviation } from './state-abbreviations.ts';
import { isSubdivision } from './subdivisions.ts';
import { foldWord, languageStopwords, STOPWORDS, singular, tokenize, type Token } from './text.ts';
import type { EntityKind, KindEvidence } from './types.ts';

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
 * Not every capitalised word is a name: a lone word that is also an everyday
 * English word ("Western sanctions", "the Customs agency", "Communist
 * superpowers"), an all-capitals everyday word (a label or shouting), or a
 * fragment of a compound of known names ("US-PRC") is dropped unless the
 * context shows it names someone.
 *
 * A kind needs evidence, and readers see only kinds with evidence:
 * - context: a title or role before a person ("Press Secretary Dana Whitfield",
 *   "spokeswoman Ann Lee"), an apposition or age after one ("Ann Lee, head of
 *   …", "Ann Lee, 54,", "Ann Lee, who …"); an institution or company word in
 *   the name or before it ("engineering firm Norvale"); a place word in it or
 *   "in/near" before it;
 * - list: the name of a country's state or province ("Texas", "Ontario") — a place,
 *   weaker than context (subdivisions.ts);
 * - shape: two or three capitalised words that read as a personal name (a given
 *   name first, or no everyday English word among them) — a person, weaker than
 *   context;
 * - otherwise none: the kind is 'other' (shown as "Other names"). The corpus step
 *   lets any brief's evidence decide the kind of a name seen in several.
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
  /** What the kind was read from; 'none' goes with the kind 'other'. */
  evidence: KindEvidence;
}

export interface NameOptions {
  /** Language of the text (ISO 639-1). */
  language?: string | undefined;
}

/**
 * The polite "you" of the languages that capitalise every noun, capitalised mid-sentence ("Ihre Zeit"), and the familiar
 * one that letters and blogs capitalise as well ("Deine Fragen", "Euren Text"): never part of a name.
 */
const ADDRESS_PRONOUNS = new Set('sie ihnen ihr ihre ihrem ihren ihrer ihres du dich dir dein deine deinem deinen deiner deines euch euer eure eurem euren eurer eures'.split(' '));

/** Spans other rules already name (the gazetteer's matches). */
export interface KnownSpan {
  start: number;
  end: number;
  /** What the gazetteer knows the span as, when it says. */
  kind?: EntityKind;
}

/**
 * The same titles where the other languages briefs come in write them with a capital ("el Presidente Boric", "o Senador Lima",
 * "Prezydent Duda", "la Ministra Siches"); German ones are nouns, read as a person's role (nameOf).
 */
const ROMANCE_AND_POLISH_TITLES = 'presidente presidenta président présidente prezydent ministro ministra ministre senador senadora sénateur diputado diputada député deputado deputada gobernador gobernadora governador governadora alcalde alcaldesa maire prefeito prefeita canciller chanceler juez jueza juiz juíza';
const OTHER_LANGUAGE_TITLES = new Set(ROMANCE_AND_POLISH_TITLES.split(' '));
/** Titles and roles that stand before a person's name ("Sen. Joe Manchin", "Gen. Ann Lee"); plurals count ("Senators Ann Lee and …"). */
const TITLES = new Set(
  `president minister secretary general gen attorney chancellor premier king queen prince princess pope sheikh emir sultan vp
  senator sen rep reps representative congressman congresswoman governor gov lt mayor judge justice chief chairman chairwoman chair ceo cfo coo founder director
  head spokesman spokeswoman spokesperson ambassador envoy commander admiral colonel col lieutenant captain capt major sergeant sgt officer sheriff
  dr mr mrs ms miss sir dame lord lady prof professor rev reverend father leader whip speaker hon honourable honorable
  councillor councilor councilman councilwoman alderman alderwoman trustee commissioner superintendent surgeon treasurer comptroller inspector auditor adviser advisor aide counsel solicitor prosecutor detective agent coach
  ${ROMANCE_AND_POLISH_TITLES}`.split(/\s+/),
);
/** Words that make a title only before another one ("Defence Minister", "Press Secretary"): alone ("Defence Ministerial") they mark no one. */
const TITLE_MODIFIERS = new Set('vice prime foreign defence defense deputy acting former late senior top majority minority press interim assistant associate executive managing'.split(' '));
/** A party's initial joined to a state's name or abbreviation ("D-Calif", "R-Texas", "I-Vt"). */
const PARTY_STATE = /^[DRI]-\p{Lu}\p{Ll}*$/u;
/** One party member, as news names one before the name ("Republican James Risch") or a state's name describes them ("the Ohio Republican"). */
const SINGLE_MEMBER = new Set(['democrat', 'republican']);
/** A party's member and its plural ("Senate Republicans"). */
const PARTY_MEMBERS = new Set([...SINGLE_MEMBER, ...[...SINGLE_MEMBER].map((w) => `${w}s`)]);
/** A party's word before a name: a member ("Republican Ann Lee") or the side a body is on ("the Democratic House"). */
const PARTY_WORDS = new Set(['democrat', 'republican', 'democratic']);
/** Words of a party's own names and bodies, which keep the party's word ("Republican National Convention", "Democratic Republic of …"). */
const PARTY_NAME_WORDS = new Set(
  'party parties national convention committee caucus conference socialists socialist republic guard unionist union alliance front league club association primary primaries platform governors study leadership'.split(' '),
);
/** Adjectives of rank written before names as well as titles ("Senior Communications Ministry officials"). */
const LEADING_ADJECTIVES = new Set('former senior top acting interim late'.split(' '));
/** Company forms: never a name alone ("Huawei and China Mobile Ltd" split around known names; "die AG"). */
const CORPORATE_FORMS = new Set('ltd inc corp co plc llc gmbh ag'.split(' '));
/** Legal forms as companies write them after their names, which they close ("Acme GmbH", "Norvale Inc."). */
const LEGAL_FORMS = new Set(['GmbH', 'Ltd', 'Inc', 'PLC', 'plc', 'LLC', 'NV', 'N.V', 'S.A', 'SpA', 'S.p.A']);
/** …and in German, where English reads them otherwise: "AG" is an attorney general ("the New York AG"), "KG" initials. */
const GERMAN_LEGAL_FORMS = new Set(['AG', 'KG', 'KGaA']);
/** Titles after which even an everyday word is a surname ("President Baker", "Mr Baker"). */
const HONORIFICS = new Set(`president mr mrs ms miss dr sir dame lord lady prof professor rev reverend honourable honorable hon pope king queen prince princess sheikh emir sultan senator sen rep representative congressman congresswoman gov governor mayor ${ROMANCE_AND_POLISH_TITLES}`.split(/\s+/));
/** Lower-case roles that name a person when written just before or after a name ("economist Ann Lee", "Ann Lee, a lawyer"). */
const ROLE_NOUNS = new Set(
  `analyst economist lawyer activist author journalist reporter correspondent columnist editor researcher scientist professor lawmaker legislator candidate nominee
  actor actress singer rapper musician artist businessman businesswoman billionaire entrepreneur investor banker executive owner manager official diplomat
  physician doctor nurse pilot soldier veteran student teacher resident farmer worker striker midfielder goalkeeper quarterback player athlete star champion challenger incumbent contender hopeful frontrunner
  specialist coordinator strategist consultant designer photographer engineer historian architect chef boss tycoon mogul magnate cofounder co-founder`.split(/\s+/),
);
/** Lower-case words before a name that say it is an organisation ("engineering firm Norvale", "the carrier Skyline"). */
const ORG_NOUNS = new Set(
  `firm company group carrier maker manufacturer startup retailer lender insurer bank broadcaster newspaper magazine network agency outlet conglomerate developer
  producer operator giant contractor supplier automaker chipmaker planemaker drugmaker publisher charity nonprofit organisation organization union party club`.split(/\s+/),
);
/** Words right after a name that only a company has ("Norvale CEO Ann Lee", "Norvale shareholders"), and what its shares are "of". */
const COMPANY_AFTER = new Set('shareholders ceo cfo coo'.split(' '));
const SHARES_OF = new Set('shares stock shareholders'.split(' '));
/** "Norvale shares rose": its shares moving or standing, not a name that shares something ("Ann Lee shares how …"). */
const SHARES_MOVE = /^(?:shares|stock)\s+(?:rose|fell|jumped|dropped|climbed|slid|slipped|gained|lost|tumbled|surged|soared|sank|plunged|rallied|closed|ended|traded|opened|were|are|have|had|rise|fall|edged)(?!\p{L})/iu;
/** First words of places' names that open no other kind of name ("Fort", "Lake"; not "San", as in "Santa Claus"). */
const TOPONYM_OPENERS = new Set('fort ft mount mt lake cape port'.split(' '));
/** First words of place names that no personal name starts with ("San …", "Los …", "Fort …"). */
const PLACE_OPENERS = new Set([...'san santa santo são sao los las el st saint ste ciudad'.split(' '), ...TOPONYM_OPENERS]);
/** Number words: never part of a name's edges ("Six Republicans"). */
const NUMBER_WORDS = 'one two three four five six seven eight nine ten eleven twelve twenty hundred hundreds thousand thousands million millions dozens first second third fourth fifth'.split(' ');
/** What is numbered by a word after it ("Step One", "Phase III"). */
const NUMBERED_PARTS = new Set('step part phase stage chapter round level day week episode season volume act scene'.split(' '));
/** Verbs of speaking after a lone name: it names someone, even if it is also an everyday word ("Apple said …"). */
const SPEAKING = new Set('said says told added wrote tweeted announced argued warned noted insisted explained replied confirmed denied'.split(' '));
/** Words that end an organisation's name ("Labor Department", "Texas Southern University", "Meridian Rail"). */
const ORG_HEADS = new Set(
  `department ministry agency administration bureau office commission committee council board authority service services court parliament assembly congress
  senate house party union association federation foundation institute institution university college school academy society club league
  bank bancorp savings insurance securities group company corporation corp inc ltd llc plc co holdings partners capital industries technologies systems airlines airways rail railways motors energy
  pharmaceuticals pharma therapeutics biotherapeutics biosciences biotech aerospace robotics electronics gazette chronicle magazine radio broadcasting
  oil gas media news network networks times post journal tribune herald press telecom mobile labs ventures fund trust exchange police army navy force forces guard
  corps church hospital center centre clinic campaign coalition alliance caucus cabinet government regime organization organisation program programme project
  command patrol museum museums library gallery archives treasury studios`.split(/\s+/),
);
/** Words that end a place's name ("Santa Monica Beach", "Orange County"). */
const PLACE_HEADS = new Set(
  `city county state province region district territory island islands river lake mountain mountains valley bay coast beach desert park street avenue road
  square bridge airport port harbour harbor canyon peninsula strait sea ocean gulf falls heights hills springs village town capitol statehouse
  quay wharf pier lane boulevard highway freeway motorway`.split(/\s+/),
);
/** Words before a name that say it is a place ("in Santa Monica", "near Kharkiv"); "at" and "from" precede companies and people as often. */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'throughout', 'across']);
/** German prepositions of place or direction before a bare place name ("in Hamburg", "nach Wien", "aus Köln", "bei Bonn"). */
const PLACE_PREPOSITIONS_DE = new Set(['in', 'nach', 'aus', 'bei', 'nahe', 'nördlich', 'südlich', 'östlich', 'westlich']);
/** Words after which "in" says what something is about, not where ("resulted in X", "a stake in X", "shares in X"). */
const IN_OBJECT_WORDS = new Set('result results resulted resulting stake stakes shares interest interested involved participate participated participating believe believes believed faith confidence'.split(' '));
/** Words capitalised only by convention: never a name on their own. */
const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));
const NEVER_NAMES = new Set([
  ...WEEKDAYS,
  ...'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec i'.split(' '),
]);
/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  `mr mrs ms dr st ste sen rep gov lt col capt gen prof rev sgt jr sr inc corp co ltd no vs jan feb mar apr jun jul aug sep sept oct nov dec mt ft u s`.split(/\s+/),
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
  ...NUMBER_WORDS,
]);

interface Word extends Token {
  /** Position in the unit's word list. */
  index: number;
  lower: string;
  capital: boolean;
  /** First word of a sentence, a quotation or a clause after a colon. */
  initial: boolean;
  /** personalWord and isTitle of the word, once asked (each is asked many times per word). */
  personal: boolean | undefined;
  title: boolean | undefined;
}

/** What the whole brief tells about its words, gathered before any name is judged. */
interface BriefEvidence {
  /** Words the brief writes in lower case somewhere. */
  lowerSomewhere: Set<string>;
  /** Last words of capitalised runs written mid-sentence (names, and surnames). */
  capitalInside: Set<string>;
  /** Last words of names that read as a person's: a lone one is that person's surname ("Brown" after "Gordon Baker"). */
  surnames: Set<string>;
  /** Words written capitalised alone before a verb of speaking ("Romney said"): a surname the brief names its person by again. */
  speakers: Set<string>;
  /** Letter prefixes of model designations ("MiG" of "MiG-21"): their plurals ("MiGs") name no one. */
  designations: Set<string>;
  /** Letters of a class's designation the brief writes ("covid" of "COVID-19"): alone, the same thing, no body's acronym. */
  classStems: Set<string>;
  /** The language capitalises its nouns: a lone capitalised word shows nothing. */
  nounsCapitalised: boolean;
  /** The function words of the brief's language, folded, when it is not English. */
  functionWords: ReadonlySet<string> | null;
  /** The brief is in English, or its language is unknown: the English word lists say what is an everyday word. */
  englishLexicon: boolean;
  /** A given name in the brief's language (isGivenNameIn). */
  givenName: (lower: string) => boolean;
}

/** Names in each unit, in the order they are written. */
export function findNames(
  units: readonly NameUnit[],
  known: readonly (readonly KnownSpan[])[] = [],
  tokens: readonly (readonly Token[] | undefined)[] = [],
  options: NameOptions = {},
): FoundName[][] {
  const words = units.map((u, i) => (u.prose ? readWords(u.text, tokens[i] ?? tokenize(u.text)) : []));
  const nounsCapitalised = capitalisesNouns(options.language);
  const allRuns = units.map((unit, u) => runs(unit.text, words[u]!, nounsCapitalised, readsAsEnglish(options.language)));
  // Evidence across the brief: words it writes in lower case, and names (or their last words, surnames) it writes mid-sentence.
  const brief: BriefEvidence = {
    lowerSomewhere: new Set(),
    capitalInside: new Set(),
    speakers: new Set(),
    surnames: new Set(),
    designations: new Set(),
    classStems: new Set(),
    nounsCapitalised,
    functionWords: languageStopwords(options.language),
    englishLexicon: readsAsEnglish(options.language),
    givenName: (lower) => isGivenNameIn(lower, options.language),
  };
  for (const list of words) {
    for (const w of list) {
      if (!w.capital) brief.lowerSomewhere.add(w.lower);
      const designation = w.text.includes('-') ? DESIGNATION_PREFIX.exec(w.text) : null;
      if (designation) brief.designations.add(designation[1]!.toLowerCase());
      const stem = classStem(w.text);
      if (stem) brief.classStems.add(stem.toLowerCase());
    }
  }
  allRuns.forEach((list, u) => {
    for (const run of list) {
      if (!run[0]!.initial) brief.capitalInside.add(run[run.length - 1]!.lower);
      // "Romney said", "…, Semenya told reporters": a word alone that speaks names someone (or a body: "Google said").
      const next = words[u]![run[0]!.index + 1];
      if (run.length === 1 && next !== undefined && SPEAKING.has(next.lower) && joined(units[u]!.text, run[0]!, next)) brief.speakers.add(run[0]!.lower);
    }
  });
  for (const list of allRuns) {
    for (const run of list) {
      const tail = personTail(run);
      if (tail.length >= 2 && personShaped(tail, brief)) brief.surnames.add(tail[tail.length - 1]!.lower);
    }
  }
  return units.map((unit, u) => {
    const out: FoundName[] = [];
    for (const run of allRuns[u]!) {
      for (const piece of splitAtKnown(run, known[u] ?? []).flatMap((p) => (brief.nounsCapitalised ? splitAtAddressPronouns(p) : [p]))) {
        // In text order: the spans are swept against the gazetteer's matches by their starts.
        for (const part of brief.nounsCapitalised ? splitAtGenitivePlaces(piece, words[u]!) : [piece]) {
          const name = Array.isArray(part) ? nameOf(unit.text, part, words[u]!, brief) : [part];
          if (name) out.push(...name);
        }
      }
    }
    return out;
  });
}

const DESIGNATION_PREFIX = /^(\p{L}{1,3})-\d/u;

function readWords(text: string, tokens: readonly Token[]): Word[] {
  const words: Word[] = [];
  tokens.forEach((t, i) => {
    const lower = t.text.toLowerCase();
    const prev = tokens[i - 1];
    // Most words follow a single space, which opens no clause. A postscript's mark opening a sentence
    // ("PS While you're at it …") opens one too; inside a sentence it is a name's ("the PS Vita").
    const initial =
      prev === undefined ||
      (words[i - 1]!.initial && POSTSCRIPT.test(prev.text)) ||
      (!(t.start === prev.end + 1 && text.charCodeAt(prev.end) === 32) && opensClause(text.slice(prev.end, t.start), prev));
    words.push({ text: t.text, start: t.start, end: t.end, sentence: t.sentence, index: i, lower, capital: nameLike(t.text) && !firstPerson(t.text, words[i - 1]), initial, personal: undefined, title: undefined });
  });
  return words;
}

/**
 * The writer's "I" and its contractions, capitalised as no name is ("Normally I would …", "I'm Ann Lee"). A lone "I"
 * right after a name's word inside the sentence is a numeral ("World War I", "Queen Elizabeth I").
 */
function firstPerson(text: string, prev: Word | undefined): boolean {
  if (text[0] !== 'I' || text.length > 4) return false;
  if (FIRST_PERSON_CONTRACTION.test(text)) return true;
  return text === 'I' && !(prev !== undefined && prev.capital && !prev.initial);
}
const FIRST_PERSON_CONTRACTION = /^I['’](?:m|ve|ll|d)$/u;

const LAST_HYPHEN = /[-\u2010\u2011](?=[^-\u2010\u2011]*$)/u;
const UPPER_FIRST = /^\p{Lu}/u;

/** Capitalised, and not a compound that ends as a common word ("Kremlin-backed", "COVID-related"; "Su-27", "Russia-Ukraine" and "Seo-yeon" are names). */
function nameLike(word: string): boolean {
  // Character tests first (this runs on every word): an ASCII first letter is a capital only from A to Z,
  // and a word without a hyphen is no compound.
  const first = word.charCodeAt(0);
  if (first >= 97 && first <= 122 && word.length > 3 && opensWithArticle(word)) return true;
  if (first < 128 ? first < 65 || first > 90 : !UPPER_FIRST.test(word)) return false;
  if (!hasHyphen(word)) return true;
  const dash = LAST_HYPHEN.exec(word)!;
  const tail = word.slice(dash.index + 1);
  // "Seo-yeon", "Jae-in": a lower-case part that is no English word still belongs to a name.
  return /^[\p{Lu}\p{N}]/u.test(tail) || (tail.length <= 5 && !isCommonWord(tail.toLowerCase(), 50));
}

function hasHyphen(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 45 || c === 0x2010 || c === 0x2011) return true;
  }
  return false;
}

const POSTSCRIPT = /^P\.?P?\.?S\.?$/u;

/** True when the text between two words ends a sentence or opens a quotation or a clause. */
function opensClause(gap: string, prev: Token): boolean {
  if (/[“"‘(\[:;!?…—–]/u.test(gap)) return true;
  if (!gap.includes('.')) return false;
  // "Sen. Manchin", "J. Smith", "U.S. officials": the full stop belongs to an abbreviation.
  return !(ABBREVIATIONS.has(prev.text.toLowerCase()) || /^\p{Lu}$/u.test(prev.text) || prev.text.endsWith('.'));
}

/**
 * Runs of capitalised words joined by spaces (and by "of", name particles or, inside institution names, "and"/"for"/"on");
 * `nounsCapitalised`: the language capitalises its nouns; `english`: the text is in English, where "al" and "el" are no
 * words of its own (in Spanish they are "the" and "to the").
 */
function runs(text: string, words: Word[], nounsCapitalised = false, english = true): Word[][] {
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
    if (run.length > 0 && !joined(text, words[i - 1]!, w) && !afterInitial(text, run, w) && !afterPlaceAbbreviation(text, run, w) && !commonPossessive(text, run, w)) close();
    // A month or weekday ends a name, except a month after a first name ("Theresa May"), not before a date ("May 4").
    const dateWord = NEVER_NAMES.has(w.lower) && (run.length === 0 || WEEKDAYS.has(w.lower) || /^\d/.test(words[i + 1]?.text ?? ''));
    // The Arabic article before a name opens it ("al Qaeda", "el Sisi"), as it does joined by a hyphen ("al-Shabaab").
    if (english && run.length === 0 && ARTICLE_PARTICLES.has(w.text) && !w.initial && words[i - 1]?.lower !== 'et' && words[i + 1]?.capital === true && !words[i + 1]!.initial && joined(text, w, words[i + 1]!)) w.capital = true;
    if (w.capital && !dateWord) {
      if (run.length > 0 && w.initial) close();
      run.push(w);
      institution ||= isOrgHead(w.lower);
      continue;
    }
    const next = words[i + 1];
    const prev = run[run.length - 1];
    // A particle may stand before another ("von der Leyen", "de la Cruz"): the capitalised word comes after both.
    const after = next !== undefined && PARTICLES.has(w.lower) && PARTICLES.has(next.lower) && joined(text, w, next) ? words[i + 2] : next;
    const between = prev !== undefined && next !== undefined && after !== undefined && after.capital && !after.initial && joined(text, w, next);
    const connects =
      between &&
      (w.lower === 'of' ||
        (w.lower === 'the' && prev.lower === 'of') ||
        // A particle after a capitalised word, or after another particle that follows one ("von der", "de la"). Where every
        // noun is capitalised, "von", "der" and "das" join nouns too ("Zahl der Fälle"): there only a person's (particleOfName).
        (PARTICLES.has(w.lower) && (prev.capital || (PARTICLES.has(prev.lower) && run[run.length - 2]?.capital === true)) && (!nounsCapitalised || particleOfName(run, w))) ||
        // A party's members before "and" end a name ("Senate Republicans and House Democrats" are two sides).
        (INNER_CONNECTORS.has(w.lower) && !pairsInstitutions(text, words, i) && !PARTY_MEMBERS.has(prev.lower) && (institution || w.lower === '&' || (isCommonWord(prev.lower) && endsInstitution(text, words, i + 1)))));
    if (connects) {
      institution ||= w.lower === 'of';
      run.push(w);
    } else close();
  }
  close();
  return out;
}

/**
 * "and" between an institution's head word and one word that ends the name ("the House and Senate", "the Tribune and
 * Adweek"): two bodies named together, not one body's name ("Ways and Means Committee", "University and College Union").
 * After "of" the pair is the name's object ("Analysis of News and Events").
 */
function pairsInstitutions(text: string, words: Word[], i: number): boolean {
  const [prev, next, after] = [words[i - 1], words[i + 1], words[i + 2]];
  if (words[i]!.lower !== 'and' || !prev || !next || !isOrgHead(prev.lower) || ofBefore(words, i)) return false;
  return !(after && after.capital && joined(text, next, after));
}

/** An "of" among the capitalised words right before word `i`. */
function ofBefore(words: Word[], i: number): boolean {
  for (let k = i - 1; k >= 0 && (words[k]!.capital || words[k]!.lower === 'of'); k--) if (words[k]!.lower === 'of') return true;
  return false;
}

/**
 * Where every noun is capitalised, a particle joins a person's name only: "von", "van" or "zu" right after a lone given
 * name, an article after such a "von" ("Ursula von der Leyen", "Richard von Weizsäcker"); after a full name "von der" says
 * where the person works ("Aneta Afelt von der Universität Warschau").
 */
function particleOfName(run: Word[], w: Word): boolean {
  if (run.length === 1) return NOBLE_PARTICLES.has(w.lower) && isGivenName(run[0]!.lower);
  return run.length === 2 && NOBLE_PARTICLES.has(run[1]!.lower) && isGivenName(run[0]!.lower) && (w.lower === 'der' || w.lower === 'den');
}
const NOBLE_PARTICLES = new Set(['von', 'van', 'zu']);

/** Neighbouring words with only spaces between them (no punctuation, no paragraph break). */
function joined(text: string, a: Token, b: Token): boolean {
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0xa0) return false;
  }
  return true;
}

/**
 * "People’s Bank of Norland", "Children's Hospital", "Hell's Kitchen": the possessive of an everyday word opening the
 * name belongs to it ("Russia's Security Council" is two), and so does that of people named in the plural inside a
 * name ("National People's Congress"). A longer name owns what follows it: "the Harbour Administration's Department of
 * Transport", "Norland University's Law School", "Blue Origin's New Shepard" are two names each.
 */
function commonPossessive(text: string, run: Word[], w: Word): boolean {
  const prev = run[run.length - 1]!;
  if (!/^['’]s $/u.test(text.slice(prev.end, w.start))) return false;
  // A saint's: "St. Mary's Hospital", "Saint Patrick's Day".
  const saint = run.length >= 2 && SAINTS.has(run[run.length - 2]!.lower);
  // "Let's", "It's": no possessive at all.
  if (saint || PEOPLE_IN_THE_PLURAL.has(prev.lower) || CONTRACTED.has(prev.lower)) return true;
  const opening = run.length === 1 || (run.length === 2 && ARTICLES.has(run[0]!.lower));
  return opening && isCommonWord(prev.lower, 10);
}
const SAINTS = new Set(['st', 'ste', 'saint', 'sainte']);
const CONTRACTED = new Set(['let', 'it', 'that', 'what', 'here', 'there', 'who', 'he', 'she', 'where', 'how']);
/** Plurals that take "'s" (others take a bare apostrophe, "Workers' Party"). */
const PEOPLE_IN_THE_PLURAL = new Set(['people', 'children', 'women', 'men']);

/** True when the capitalised words from `from` on end in an institution word ("Food and Water Standards Agency", after an everyday word); looks at most four words ahead. */
function endsInstitution(text: string, words: Word[], from: number): boolean {
  for (let k = from; k < Math.min(words.length, from + 4); k++) {
    const w = words[k]!;
    if (!w.capital || (k > from && !joined(text, words[k - 1]!, w))) return false;
    // "Infrastructure Investment and Jobs Act": a law's name holds "and" as a body's does, its head close after it (not
    // "Privacy Statement and End User Licence Agreement", two documents).
    if (isOrgHead(w.lower) || (DOCUMENT_HEADS.has(w.lower) && k <= from + 2)) return true;
  }
  return false;
}

const isOrgHead = (lower: string) => ORG_HEADS.has(lower) || (lower.length > 4 && ORG_HEADS.has(singular(lower)));

/** A middle initial inside a name: "Ansel T. Morrow" (the run holds a word before the initial). */
function afterInitial(text: string, run: Word[], w: Word): boolean {
  const prev = run[run.length - 1]!;
  return run.length >= 2 && /^\p{Lu}$/u.test(prev.text) && text.slice(prev.end, w.start) === '. ';
}

/** "St. Louis", "Ste. Genevieve", "Mt. Vernon", "Ft. Worth": an abbreviated saint, mount or fort opening a place's name ("Main St. Police" is a street's end). */
function afterPlaceAbbreviation(text: string, run: Word[], w: Word): boolean {
  const last = run[run.length - 1]!;
  // Only a sentence's opening function word may come before it ("The Ste. Genevieve museum").
  return PLACE_ABBREVIATIONS.has(last.lower) && run.slice(0, -1).every((x) => FUNCTION_WORDS.has(x.lower)) && text.slice(last.end, w.start) === '. ';
}
const PLACE_ABBREVIATIONS = new Set(['st', 'ste', 'mt', 'ft']);

/** A run broken around known names, unless it names an institution of its own ("Bank of Norland"). A compound of known names ("US-PRC") is known too. */
function splitAtKnown(run: Word[], known: readonly KnownSpan[]): Word[][] {
  const inKnown = run.map((w) => known.some((k) => k.start < w.end && w.start < k.end));
  if (!inKnown.some(Boolean)) return [run];
  if (surnameIsPlace(run, known)) return [run];
  // "Universität Wien", "Eintracht Frankfurt": a body named by its place after its word (entities.ts keeps the whole).
  if (run.some((_, i) => i > 0 && inKnown[i] && !inKnown[i - 1] && bodyBeforePlace(run[i - 1]!.text))) return [run];
  // "Bank of Norland" is one name; "United States and European Union" are two.
  const joinsKnown = run.some((w, i) => (w.lower === 'and' || w.lower === '&') && inKnown[i - 1]);
  const institution = !joinsKnown && (run.some((w) => w.lower === 'of') || ORG_HEADS.has(run[run.length - 1]!.lower));
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

/**
 * A word that names a body by the place after it: a German institution's compound ("Universität Wien", "Landgericht
 * Köln", "Erzbistum Köln", "Stadtwerke München", "Verbraucherzentrale Sachsen", "Landesamt Bayern"), where English
 * writes "University of Vienna"; or a sports club's word ("Eintracht Frankfurt", "Real Madrid", "Inter Milan"). The
 * place is part of the body's name, as in "Bank of China". A bare "Zentrum" is a town's centre, and a bare "Partei" or
 * "Regierung" a country's ("die größte Partei Deutschlands").
 */
export function bodyBeforePlace(word: string): boolean {
  return CLUB_WORDS.has(word) || (CAPITALISED.test(word) && INSTITUTION_BEFORE_PLACE.test(word));
}
/** German bodies' words, bare or closing a compound, before a place's name and closing a body's name alike. */
const GERMAN_BODY_WORDS = 'universität|hochschule|gericht|kammer|institut|akademie|ministerium|polizei|landtag';
/** Those and the words of bodies named by their place; some only in a compound (a bare "Partei" before a country is none). */
const INSTITUTION_BEFORE_PLACE = new RegExp(
  `(?:${GERMAN_BODY_WORDS}|bistum|stadtwerke|klinikum|krankenhaus|flughafen|sparkasse|staatsanwaltschaft|präsidium|theater|oper|museum|tiergarten|` +
    '.(?:zentrum|zentrale|verband|verein|partei|amt|behörde|anstalt|stiftung|kirche|regierung))$',
  'iu',
);
const CAPITALISED = /^\p{Lu}/u;
/** Words only sports clubs' names hold, which mark one anywhere (namedAsBodiesAbroadAre). */
const CLUB_MARKS = new Set(['FC', 'SC', 'SV', 'TSV', 'FSV', 'VfB', 'VfL', 'EHC', 'Eintracht', 'Borussia', 'Hertha', 'Dynamo', 'Dinamo', 'Olympique', 'Atlético', 'Atletico']);
/** Those and the everyday words that open a club's name only before its place ("Real Madrid", "Inter Milan"). */
const CLUB_WORDS = new Set([...CLUB_MARKS, 'Real', 'Inter', 'AC', 'Fortuna', 'Sporting', 'Rapid']);

/**
 * A given name and a place's or a country's name in one word after it: a person whose surname is that name ("Michael
 * Jordan", "Jack London"), not someone's first name beside the place.
 */
function surnameIsPlace(run: Word[], known: readonly KnownSpan[]): boolean {
  if (run.length !== 2 || !isGivenName(run[0]!.lower)) return false;
  const last = run[1]!;
  const span = known.find((k) => k.start === last.start && k.end === last.end);
  return span?.kind !== undefined && PLACE_KINDS.has(span.kind) && !known.some((k) => k.start < run[0]!.end && run[0]!.start < k.end);
}

/** "Fragen Sie Lena Hartwig": the polite "you" parts a run where nouns are capitalised. */
function splitAtAddressPronouns(run: Word[]): Word[][] {
  const out: Word[][] = [[]];
  for (const w of run) {
    if (ADDRESS_PRONOUNS.has(w.lower)) out.push([]);
    else out[out.length - 1]!.push(w);
  }
  return out.map(trimConnectors).filter((p) => p.length > 0);
}

/**
 * German names a listed city or state in the genitive with an "s" ("Hamburgs Hafen", "die Straßen Leipzigs"): such a
 * word is that place, and parts the run, whose other words are nouns. Not after "des", which a common noun's genitive
 * takes ("des Essens"). The parts and the places in text order.
 */
function splitAtGenitivePlaces(run: Word[], all: Word[]): (Word[] | FoundName)[] {
  if (!run.some((w) => genitiveStem(w.text) !== null)) return [run];
  const out: (Word[] | FoundName)[] = [];
  let part: Word[] = [];
  const closePart = () => {
    const trimmed = trimConnectors(part);
    if (trimmed.length > 0) out.push(trimmed);
    part = [];
  };
  for (const w of run) {
    const stem = genitiveStem(w.text);
    if (stem !== null && isListedPlace(stem) && all[w.index - 1]?.lower !== 'des') {
      closePart();
      out.push({ start: w.start, end: w.end - 1, surface: stem, kind: 'place', evidence: 'list' });
    } else part.push(w);
  }
  closePart();
  return out;
}

function trimConnectors(words: Word[]): Word[] {
  let a = 0;
  let b = words.length;
  while (a < b && !words[a]!.capital) a++;
  while (b > a && !words[b - 1]!.capital) b--;
  return words.slice(a, b);
}

const COMPASS_POINTS = new Set(['north', 'south', 'east', 'west']);
const PLACE_NAME_OPENERS = new Set(['new', ...COMPASS_POINTS]);
/**
 * "New" or a point of the compass before a capitalised word that is no everyday word, or one the brief never writes in
 * lower case, opens a place's name ("New York City officials …", "North Carolina voters …"), not "New Year" or "New rules".
 */
function opensPlaceName(words: Word[], brief: BriefEvidence): boolean {
  const next = words[1];
  return next !== undefined && PLACE_NAME_OPENERS.has(words[0]!.lower) && next.capital && (!isCommonWord(next.lower) || !brief.lowerSomewhere.has(next.lower));
}

const isTitle = (w: Word): boolean => {
  if (w.title === undefined) {
    const lower = w.lower.replace(/\.$/, '');
    // An English title's plural is one ("Senators Ann Lee and …"); another language's names a body ("Consejo de Ministros").
    w.title = TITLES.has(lower) || (lower.length > 4 && TITLES.has(singular(lower)) && !OTHER_LANGUAGE_TITLES.has(singular(lower)));
  }
  return w.title;
};

/** The name(s) a run holds: function words and titles removed, the first word of a sentence kept only with evidence. */
function nameOf(text: string, run: Word[], all: Word[], brief: BriefEvidence): FoundName[] | null {
  let words = run;
  // An opening function or number word ("But", "The", "In", "Six") is no part of a name.
  while (words.length > 0 && (words[0]!.initial || NUMBER_WORDS.includes(words[0]!.lower)) && FUNCTION_WORDS.has(words[0]!.lower) && !opensPlaceName(words, brief)) words = trimConnectors(words.slice(1));
  // "Drugmaker Norvale said …", "Economist Ann Lee said …": a common noun opening a sentence is context, not name.
  while (words.length > 1 && words[0]!.initial && (ORG_NOUNS.has(words[0]!.lower) || ROLE_NOUNS.has(words[0]!.lower))) words = words.slice(1);
  // "In March, …": a month opens no name (it may end one: "Theresa May").
  while (words.length > 0 && NEVER_NAMES.has(words[0]!.lower)) words = trimConnectors(words.slice(1));
  // "Senior Communications Ministry officials", "former Soviet states": an adjective of rank is no part of a name.
  while (words.length > 1 && LEADING_ADJECTIVES.has(words[0]!.lower) && !isTitle(words[1]!)) words = words.slice(1);
  // "Republican Ann Lee", "Democratic Northland Sen. Ann Lee", "the Democratic House": a party's word before a name says
  // which side a person or a body is on; it is no part of the name.
  const partyOwn = words.some((w) => PARTY_NAME_WORDS.has(w.lower));
  const party = words.length > 1 && !partyOwn && PARTY_WORDS.has(words[0]!.lower) ? words[0]!.lower : null;
  if (party !== null) words = words.slice(1);
  if (words.length === 0) return null;
  // A title opening the sentence is the title of the name after it ("Secretary of State Ann Lee met …"): the titles below read it.
  if (words[0]!.initial && words[0] === run[0] && !isTitle(words[0]!)) {
    const first = words[0]!;
    // "Hundreds of Afghans": a run that goes on only through a connector is no evidence for its first word.
    // Where every noun is capitalised, a capitalised second word shows nothing ("Vielen Dank").
    // "Eintracht Frankfurt stellt …", "Universität Wien meldet …": a body's word before its place.
    const bodyOfPlace = words.length > 1 && bodyBeforePlace(first.text) && namesPlace(text, words.slice(1));
    const evidence = brief.capitalInside.has(first.lower) || opensPlaceName(words, brief) || bodyOfPlace || shoutedPlace(text, words) || (!brief.nounsCapitalised && words.length > 1 && words[1]!.capital && !brief.lowerSomewhere.has(first.lower));
    if (!evidence || gluedOpening(words, brief)) words = trimConnectors(words.slice(1));
    if (words.length === 0) return null;
  }
  // "Siemens AG meldete", "die Siemens AG Gewinne": a company's legal form closes its name; what follows is named apart. Left
  // by a known name's split ("Volkswagen" | "AG Verluste"), it opens none.
  const legalForm = (w: Word) => LEGAL_FORMS.has(w.text.replace(/\.$/u, '')) || (brief.nounsCapitalised && GERMAN_LEGAL_FORMS.has(w.text));
  while (words.length > 0 && legalForm(words[0]!)) words = trimConnectors(words.slice(1));
  if (words.length === 0) return null;
  const form = words.findIndex((w, k) => k > 0 && legalForm(w));
  if (form > 0) {
    const after = trimConnectors(words.slice(form + 1));
    let company = words.slice(0, form + 1);
    // "Hersteller SASS Datentechnik GmbH", "des Herstellers Norvale AG": a noun for a company before its name is no part of it.
    const opener = company[0]!.lower.replace(/s$/u, '');
    if (brief.nounsCapitalised && company.length > 2 && (COMPANY_NOUN_ENDING.test(opener) || BODY_NOUN_ENDING.test(opener))) company = company.slice(1);
    return [found(text, company, 'organisation', 'context'), ...(after.length > 0 ? (nameOf(text, after, all, brief) ?? []) : [])];
  }
  // Where every noun is capitalised, nouns before a given name and a surname are the person's role ("Premierminister Boris
  // Johnson", "Vorstandsmitglied Axel Hellmann").
  if (brief.nounsCapitalised) {
    // "Rüstungskonzern Rheinmetall", "Mobilfunkanbieter Freenet", "Weltverband FINA": a noun for a company or a body before
    // its name, which names it (as "engineering firm Norvale" in English, where the noun is in lower case).
    const named = words.length >= 2 ? namedAfterBodyNoun(text, words) : null;
    if (named) return [found(text, named, 'organisation', 'context')];
    // A given name after another opens no name of its own ("Anna Lena Hartwig").
    const given = words.findIndex((w, k) => k > 0 && brief.givenName(w.lower) && !brief.givenName(words[k - 1]!.lower));
    const person = given > 0 ? fullNameBeforeNoun(words.slice(given), brief) : [];
    // Not a place's opening word before it ("San Francisco"), nor an institution's word after it.
    const role = words.slice(0, Math.max(given, 0));
    // An English word is a surname here ("Mickey Levy", "Eric Court"), though not an English plural or gerund ("Emmy Awards",
    // "Alfa Romeo Racing").
    const surnames = person.slice(1).every((w) => personalWord(w) && !(isCommonWord(w.lower) && /(?:s|ing)$/u.test(w.lower)) && !isOrgHead(w.lower) && !CORPORATE_FORMS.has(w.lower));
    // An article is no role ("The Drew Barrymore Show").
    const roleNoun = role.some((w) => !FUNCTION_WORDS.has(w.lower));
    if (person.length >= 2 && person.length <= 3 && surnames && roleNoun && !role.some((w) => PLACE_OPENERS.has(w.lower))) return [found(text, person, 'person', 'context')];
  }
  // Titles: the person is the personal name after the last one; what precedes the titles may be a name of its own ("White House").
  let lastTitle = -1;
  let roleTitle = false;
  words.forEach((w, i) => {
    // A party's member before a personal name is a title too ("Idaho Republican James Risch", not "Republican National Convention"),
    // and so is a role written with a capital before a given name ("Executive Editor Neil Brown said …"; not "Star Trek").
    const next = words[i + 1];
    const party = next !== undefined && personalWord(next) && PARTY_MEMBERS.has(w.lower) && !partyOwn;
    const role = !isTitle(w) && !party && next !== undefined && ROLE_NOUNS.has(w.lower) && personalWord(next) && isGivenName(next.lower);
    // A title in the possessive owns what follows, no one named ("the President's Proclamation").
    const owns = next !== undefined && /^['’]s\s/u.test(text.slice(w.end, w.end + 3));
    if ((isTitle(w) || party || role) && !owns) [lastTitle, roleTitle] = [i, role];
  });
  if (lastTitle >= 0) {
    const rest = words.slice(lastTitle + 1);
    // Right after a title every personal word is the name ("Mayor Lena de Vries"); past a connector only its tail ("Secretary of State Idris Walcott").
    let cut = 0;
    while (cut < rest.length && (personalWord(rest[cut]!) || (cut > 0 && PARTICLES.has(rest[cut]!.lower)))) cut++;
    const tail = personTail(rest);
    // "Presidente de la República": a title of a place or a body names an office; a person after it has a full name.
    // "the Mayor of Shanghai", "the Governor of Texas": the office of a place or a body, which is the name (a word that names
    // neither leaves the whole run a body's name: "Joint Chiefs of Staff"); a surname needs more between ("Secretary of State Blinken").
    const pastOf = cut === 0 && rest.length >= 2 && rest[0]!.lower === 'of' ? rest.slice(1) : null;
    const office = pastOf !== null && (pastOf.length === 1 || namesPlace(text, pastOf));
    // "the CEO of Volkswagen Slovakia", "the head of Microsoft South Africa": a body's branch in a place, no one's name; the
    // body is named, and the place is left to the gazetteer.
    const place = pastOf && !office && pastOf.length <= 4 && !isGivenName(pastOf[0]!.lower) ? placeClosing(text, pastOf) : 0;
    if (place > 0) return [found(text, pastOf!.slice(0, -place), 'organisation', 'context')];
    if (office) {
      const of = judged(text, rest.slice(1), all, brief);
      if (of && (of.kind !== 'other' || rest.slice(1).every((w) => !isCommonWord(w.lower)))) return [of];
    }
    const person = cut > 0 && cut <= 4 ? rest.slice(0, cut) : office || (cut === 0 && PARTICLES.has(rest[0]?.lower ?? '') && tail.length < 2) ? [] : tail;
    // A title ending the run ("Northland Gov." before "Ann Lee") or followed by a personal name: keep what precedes the titles, and the person.
    if (rest.length === 0 || (person.length > 0 && acceptedAfterTitle(person, words[lastTitle]!, brief))) {
      let t = lastTitle;
      while (t > 0 && (isTitle(words[t - 1]!) || TITLE_MODIFIERS.has(words[t - 1]!.lower))) t--;
      // "District Attorney", "Borough President": the district is the title's, and the place is the word before it ("Manhattan").
      const district = t > 1 && TITLE_DISTRICTS.has(words[t - 1]!.lower) && t < words.length && isTitle(words[t]!);
      if (district) t--;
      const out: FoundName[] = [];
      // What precedes a role names the role's field more often than a body ("Digital Content Editor", "Deputy Campaign Manager").
      // A title's modifier opens no name ("Deputy County Attorney Ann Lee": "County" alone is a common noun).
      let from = 0;
      while (from < t && TITLE_MODIFIERS.has(words[from]!.lower)) from++;
      const prefix = roleTitle ? [] : trimConnectors(words.slice(from, t));
      const own = prefix.length === 0 ? null : district ? found(text, prefix, 'place', 'context') : judged(text, prefix, all, brief);
      if (own) out.push(own);
      if (person.length > 0) out.push(found(text, person, 'person', 'context'));
      return out;
    }
    // Words after it that are no personal name: the title word belongs to a name of its own ("General Staff").
  }
  // "Gov. Ann Lee of Ohio", "Ann Lee of Ohio said": a person from somewhere, not an institution.
  const of = words.findIndex((w) => w.lower === 'of');
  if (of > 0) {
    const head = words.slice(0, of);
    const before = all[head[0]!.index - 1];
    const titled = before !== undefined && isTitle(before) && /^\.?\s+$/u.test(text.slice(before.end, head[0]!.start));
    if (head.every(personalWord) && (personShaped(head, brief) || (titled && acceptedAfterTitle(head, before, brief)) || (head.length === 1 && brief.surnames.has(head[0]!.lower)) || (party !== null && head.length <= 3))) {
      const place = trimConnectors(words.slice(of + 1));
      // What follows "of" after a person is where the person is from.
      let rest = place.length > 0 ? judged(text, place, all, brief) : null;
      if (rest?.kind === 'other') rest = found(text, place, 'place', 'context');
      return [found(text, head, 'person', titled ? 'context' : 'shape'), ...(rest ? [rest] : [])];
    }
  }
  if (party !== null && memberNamed(words, party, all, brief)) return [found(text, words, 'person', 'context')];
  const name = judged(text, words, all, brief);
  return name ? [name] : null;
}

/** How many of the last words, fewer than all, name a place (namesPlace), the most that do; 0 if none does. */
function placeClosing(text: string, words: Word[]): number {
  for (let k = words.length - 1; k >= 1; k--) if (namesPlace(text, words.slice(-k))) return k;
  return 0;
}

/**
 * "Mitt Romney … Romney said": two personal words whose last the brief also writes alone as a speaker, as English news
 * names a person again by the surname. Not where the first speaks alone too ("Goldman Sachs … Goldman said"), either is
 * written in small letters somewhere or names a place ("Virginia Tech", "Ski Dubai"), or the first reads as a verb's form
 * or an adverb ("Attacking Gadkari", "Finely Chopped").
 */
function namedAgainBySurname(text: string, words: Word[], brief: BriefEvidence): boolean {
  if (words.length !== 2 || !brief.englishLexicon || brief.nounsCapitalised) return false;
  const [first, last] = words as [Word, Word];
  if (!brief.speakers.has(last.lower) || brief.speakers.has(first.lower) || !words.every(personalWord) || words.some((w) => initial(w) || brief.lowerSomewhere.has(w.lower))) return false;
  if (FUNCTION_WORDS.has(first.lower) || VERB_OR_ADVERB_FORM.test(first.lower) || PLACE_OPENERS.has(first.lower) || REGION_WORDS.has(first.lower) || COMPASS_POINTS.has(first.lower)) return false;
  return !namesPlace(text, [first]) && !namesPlace(text, [last]);
}
/** Endings of a verb's forms and of adverbs ("Attacking", "Wilted", "Finely"); a given name so ending is a given name ("Sterling", "Ted"). */
const VERB_OR_ADVERB_FORM = /(?:ing|ed|ly)$/u;

/** A listed place's name in capitals ("MANCHESTER", "NEW ORLEANS"), as a dateline or a caption writes it. */
function shoutedPlace(text: string, words: Word[]): boolean {
  const written = text.slice(words[0]!.start, words[words.length - 1]!.end);
  return isShoutedName(written) && isListedPlace(titleCased(written));
}

/** Words that the gazetteer knows as a country or a place, or that a list of places holds ("New York", "South Carolina"). */
function namesPlace(text: string, words: Word[]): boolean {
  return isPlaceName(text.slice(words[0]!.start, words[words.length - 1]!.end));
}

/** A name as written that a list of places holds, or that the gazetteer knows as a country or a place. */
function isPlaceName(written: string): boolean {
  if (isListedPlace(written)) return true;
  const known = lookupName(written);
  return known !== null && PLACE_KINDS.has(known.kind);
}

/**
 * A party's member named after the party's noun ("Republican Ann Lee", "the Republican Baker"): a full personal name that
 * opens no place's name, or a surname the brief writes in full elsewhere; not where a title follows ("Republican Northland
 * senator Ann Lee" is from Northland) nor after the party's adjective ("the Democratic Northland delegation").
 */
function memberNamed(words: Word[], party: string, all: Word[], brief: BriefEvidence): boolean {
  const after = all[words[words.length - 1]!.index + 1];
  if (!PARTY_MEMBERS.has(party) || words.length > 3 || !words.every(personalWord) || (after && (isTitle(after) || ROLE_NOUNS.has(after.lower)))) return false;
  if (words.length === 1) return brief.surnames.has(words[0]!.lower);
  return !opensPlaceName(words, brief) && !PLACE_OPENERS.has(words[0]!.lower);
}

/** The trailing words of a run that can be a personal name ("Idris Walcott" of "of State Idris Walcott"). */
function personTail(words: Word[]): Word[] {
  let a = words.length;
  while (a > 0 && words.length - a < 4) {
    const w = words[a - 1]!;
    const last = a === words.length;
    // "Lena de Vries", "Ursula von der Leyen": particles inside a name, never at its start.
    const particle = !last && PARTICLES.has(w.lower) && a >= 2 && (personalWord(words[a - 2]!) || PARTICLES.has(words[a - 2]!.lower));
    if (!particle && (!personalWord(w) || !(last || initial(w) || isGivenName(w.lower) || !isCommonWord(w.lower)))) break;
    a--;
  }
  while (a < words.length && (initial(words[a]!) || PARTICLES.has(words[a]!.lower))) a++;
  return words.slice(a);
}

/** One capital letter: one code point, so at most two code units. */
const initial = (w: Word) => w.text.length <= 2 && ONE_CAPITAL.test(w.text);
const ONE_CAPITAL = /^\p{Lu}$/u;
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;

/** A word that may stand in a personal name: capitalised letters (not all capitals), no title, institution or place word, no digits. */
function personalWord(w: Word): boolean {
  w.personal ??= isPersonalWord(w);
  return w.personal;
}

function isPersonalWord(w: Word): boolean {
  // "J.K. Rowling", "T.S. Eliot": initials written together, unless they are a known name's ("U.S.", "D.C.").
  if (initial(w) || (DOTTED_INITIALS.test(w.text) && !gazetteer().names.has(aliasKey(w.text)))) return true;
  // A surname may open with the Arabic article ("al-Assad", "el-Sisi").
  if (!(/^\p{Lu}[\p{L}'’\-\u2010\u2011]*\.?$/u.test(w.text) || opensWithArticle(w.text)) || !/\p{Ll}/u.test(w.text)) return false;
  // "MPs", "CEOs": an abbreviation's plural, no one's name.
  if (joinedWords(w.text) || /^\p{Lu}{2,}s$/u.test(w.text)) return false;
  return !((FUNCTION_WORDS.has(w.lower) && !NEVER_NAMES.has(w.lower)) || WEEKDAYS.has(w.lower) || isTitle(w) || TITLE_MODIFIERS.has(w.lower) || ORG_HEADS.has(w.lower) || PLACE_HEADS.has(w.lower) || isDemonym(w));
}

/**
 * Two words written as one, a product's or a brand's way ("PowerPoint", "GamePad", "YouTube"): a capital inside after three
 * lower-case letters or more. A surname's capital comes after a short prefix ("McCarthy", "DeSantis", "LaGuardia", "DiMaggio")
 * or one of a few longer ones ("MacArthur", "FitzGerald", "VanDyke").
 */
function joinedWords(text: string): boolean {
  const inner = /^(\p{Lu}\p{Ll}{3,})\p{Lu}\p{Ll}/u.exec(text);
  return inner !== null && !SURNAME_PREFIXES.test(inner[1]!);
}
const SURNAME_PREFIXES = /^(?:Mac|Fitz|Van|Von|Del|Della|Des|Dos|Ten|Ter)$/u;

function isDemonym(w: Word): boolean {
  const key = aliasKey(w.text);
  return gazetteer().demonyms.has(key);
}

/** After a title, one word is a person only if it is no everyday word, the title is an honorific ("President Baker"), or the brief names that person in full. */
function acceptedAfterTitle(person: Word[], title: Word, brief: BriefEvidence): boolean {
  if (person.length > 1) return true;
  const w = person[0]!;
  if (initial(w)) return false;
  return !isCommonWord(w.lower) || isGivenName(w.lower) || HONORIFICS.has(title.lower.replace(/\.$/, '')) || brief.surnames.has(w.lower);
}

/**
 * Where every noun is capitalised, the name after a compound noun for a company ("Chemiekonzern BASF", "Tageszeitung
 * Die Welt"), or the acronym after a noun for a body ("Weltverband FINA", "Partei AfD"); null otherwise. A lone "Firma"
 * or "Unternehmen" may stand before nouns ("Unternehmen Daten"), a body is named by its subject ("Bundesverband
 * Solarwirtschaft"), and a place after either is part of the whole name ("Landesbank Baden-Württemberg", "Piratenpartei Hessen").
 */
function namedAfterBodyNoun(text: string, words: Word[]): Word[] | null {
  const noun = words[0]!.lower;
  const rest = words.slice(1);
  if (!rest.every((w) => w.capital) || rest.every((w) => ROMAN_NUMERAL.test(w.text))) return null;
  const body = BODY_NOUN_ENDING.exec(noun);
  if (body) return rest.length === 1 && acronym(rest[0]!) ? rest : null;
  const company = COMPANY_NOUN_ENDING.exec(noun);
  if (!company || company[0].length === noun.length) return null;
  return isPlaceName(text.slice(rest[0]!.start, rest[rest.length - 1]!.end).replace(/s$/u, '')) ? null : rest;
}
/** How German nouns for a company end ("Chemiekonzern", "Autozulieferer", "Tageszeitung"). */
const COMPANY_NOUN_ENDING = /(?:konzern|unternehmen|hersteller|zulieferer|firma|anbieter|händler|versicherer|autobauer|discounter|dienstleister|kette|bank|sender|zeitung|magazin|startup|start-up)$/u;
/** How German nouns for a body end ("Weltverband", "Arbeitsgruppe", "Nachrichtenagentur", "Regierungspartei"). */
const BODY_NOUN_ENDING = /(?:verband|gruppe|agentur|verein|partei)$/u;
const ROMAN_NUMERAL = /^[IVXL]+$/u;

/**
 * Where every noun is capitalised, a noun may follow a full name in one run ("Max Weber Wirtschaft", "Torsten Hempel
 * Zuckerschoten"): of three words opening with a given name, the third is that noun when it reads as one, by a noun's
 * ending or a compound's length, and the second is no given name ("Anna Lena Hartwig"); a third word that reads as neither
 * is a surname ("Recep Tayyip Erdogan", "Lena Große Scharmann").
 */
function fullNameBeforeNoun(words: Word[], brief: BriefEvidence): Word[] {
  if (!brief.nounsCapitalised || words.length !== 3 || !brief.givenName(words[0]!.lower) || brief.givenName(words[1]!.lower) || initial(words[1]!)) return words;
  const third = words[2]!.lower;
  return (third.length >= 8 && NOUN_ENDING.test(third)) || third.length >= COMPOUND_LETTERS ? words.slice(0, 2) : words;
}
/** German nouns' endings ("Erfahrung", "Gelegenheit", "Wirtschaft", "Tradition", "Eigentum", "Ereignis", "Häuschen"), in words of 8 letters or more ("Hartung", "Sung" are surnames). */
const NOUN_ENDING = /(?:ung|heit|keit|schaft|tion|ismus|ität|tum|nis|chen|lein)$/u;
/** A word this long is a compound noun more often than a surname ("Zuckerschoten", "Innovationsprojektes"). */
const COMPOUND_LETTERS = 12;

/**
 * Two to four words that read as a personal name: personal words, none written in lower case in the
 * brief, not opening like a place ("San …"), and either a given name first or no everyday English word
 * among them ("Gordon Baker", "Ildar Nuriyev"; not "Cold War", "Tech Transfer").
 */
function personShaped(words: Word[], brief: BriefEvidence): boolean {
  const full = words.filter((w) => !initial(w) && !PARTICLES.has(w.lower));
  if (full.length < 2 || full.length > 3 || (initial(words[0]!) && words.length < 3)) return false;
  // Nor a region's or a compass point's word ("Mid Derbyshire", "North Yorkshire").
  const opener = full[0]!.lower;
  if (!words.every((w) => personalWord(w) || PARTICLES.has(w.lower)) || PLACE_OPENERS.has(opener) || REGION_WORDS.has(opener) || COMPASS_POINTS.has(opener)) return false;
  if (full.some((w) => brief.lowerSomewhere.has(w.lower))) return false;
  // In another language "no everyday English word" says nothing ("Tausend Euro Kredit", "Estados Unidos"): a given name must open it.
  if (brief.givenName(full[0]!.lower)) return true;
  const rest = full.slice(1);
  // A given name that is also a word ("Bill", "Frank", "Ray") before a surname that is none ("Clinton", not "Power").
  // Where nouns are capitalised, only one such word: "Frank Wisbars Antikriegsfilme" runs on into a noun.
  const surname = rest.length === 1 || !brief.nounsCapitalised;
  return (WORD_GIVEN_NAMES.has(opener) && surname && rest.every((w) => !isCommonWord(w.lower))) || (brief.englishLexicon && full.every((w) => !isCommonWord(w.lower)));
}

/**
 * English given names that are everyday words too, which the list of given names leaves out for that: a name's first
 * word only before a surname that is no everyday word, in a brief that never writes them in small letters.
 */
const WORD_GIVEN_NAMES = new Set('bill will frank ray max lee jay gene jean dick rose grace hope joy faith ruby holly dawn june april iris ivy penny pearl earl sandy rusty'.split(' '));

function found(text: string, words: Word[], kind: EntityKind, evidence: KindEvidence): FoundName {
  const start = words[0]!.start;
  const end = words[words.length - 1]!.end;
  return { start, end, surface: text.slice(start, end), kind, evidence };
}

/** An all-capitals word of two to six letters that is not an everyday word shouted ("NATO", "TASS"; not "TEMP"). */
function acronym(w: Word): boolean {
  return /^\p{Lu}{3,6}$/u.test(w.text) && !(w.text.length >= 4 && isCommonWord(w.lower, 50)) && !shoutedFunctionWord(w);
}

/**
 * "NOT", "YOU", "ALL": a function word of three letters or more in capitals, no body's initials. Not "WHO", the World
 * Health Organization's usual name, and not the two-letter ones, which are initials as often ("IS", "US", "UN").
 */
function shoutedFunctionWord(w: Word): boolean {
  return w.text.length >= 3 && w.lower !== 'who' && STOPWORDS.has(w.lower) && w.text === w.text.toUpperCase();
}

/** Words of newspapers' titles that open a hyphenated one ("Times-Dispatch", "Journal-Constitution", "Gazette-Mail"). */
const NEWSPAPER_TITLES = new Set('times post journal tribune herald gazette chronicle star union news courier'.split(' '));

/**
 * Last words of German bodies' names, inflected or not ("Bundestages", "Caritasverbandes"). Not a bare "Dienst", and
 * not the compounds of "Gruppe", "Werke", "Bank" or "Amt" that name things ("Zielgruppe", "Netzwerke", "Datenbank", "Ehrenamt").
 */
const GERMAN_BODY_END = new RegExp(
  `(?:${GERMAN_BODY_WORDS}|bundestag|bundesrat|stadtrat|gemeinderat|sicherheitsrat|^rat|(?<!ehren)amt|.dienst|verband|kirche|feuerwehr|` +
    '(?:medien|unternehmens|verlags)gruppe|^bahn|telekom|partei|behörde|agentur|stiftung|verein|(?:stadt|stahl|wasser|kraft|hütten)werke|konzern|' +
    'gesellschaft|kommission|ausschuss|(?:^|bundes|zentral|landes|vereins|volks|förder|investitions|entwicklungs|noten|welt)bank)(?:e?s)?$',
  'iu',
);

/** Place words that open a place's name before "of", beside PLACE_HEADS ("Isle of Man", "Cape of Good Hope"). */
const PLACE_BEFORE_OF = new Set(['isle', 'cape', 'mouth', 'straits']);
/** Ranks whose holders are named by their title and place ("Duke of Edinburgh"). */
const NOBLE_RANKS = new Set(['duke', 'duchess', 'earl', 'countess', 'baron', 'baroness', 'marquess', 'prince', 'princess']);
/** Words that open the name of a work or an event before "of" ("Book of Kells", "Battle of Britain"). */
const WORK_OR_EVENT_BEFORE_OF = new Set(
  'battle siege war book books catalogue catalog dictionary encyclopedia memoirs diary life lives fall rise history story tale age years gospel song songs legend legends letters power'.split(' '),
);

/** Heads of English phrases German borrows as nouns ("Social Media", "Sponsored Posts"), which name bodies only in longer names. */
const LOAN_HEADS = new Set('media news network networks post posts force ventures energy gas'.split(' '));

/**
 * "Social Media", "Fake News", "Task Force" in a language that capitalises every noun: two everyday English words that
 * English writes in small letters, a borrowed noun and no body ("Deutsche Post" is no English word; listed names are
 * the gazetteer's).
 */
function borrowedNoun(words: Word[]): boolean {
  return words.length === 2 && LOAN_HEADS.has(words[1]!.lower) && words.every((w) => isCommonWord(w.lower) && w.text !== w.text.toUpperCase());
}

/**
 * The kind the word before "of" gives a name: a place's ("Gulf of Mexico", "Isle of Man"), a rank's holder ("Duke of
 * Edinburgh"), a work's, an event's or an office's, no body ("Book of Kells", "Battle of Britain", "Minister of Health");
 * null when it says nothing (a body's "University of …" is the head-word lists').
 */
function kindBeforeOf(words: Word[]): EntityKind | null {
  if (words.length < 3 || words[1]!.lower !== 'of') return null;
  const head = words[0]!.lower;
  if (PLACE_HEADS.has(head) || PLACE_BEFORE_OF.has(head)) return 'place';
  if (NOBLE_RANKS.has(head)) return 'person';
  return WORK_OR_EVENT_BEFORE_OF.has(head) || isTitle(words[0]!) ? 'other' : null;
}

/**
 * A body's name as other languages write one: a German compound closes it ("Deutschen Bundestag", "Auswärtige Amt",
 * "Funke Mediengruppe"); a sports club's word marks it anywhere ("Hamburger SV", "VfB Stuttgart"); where only names
 * are capitalised and the English lists do not apply, a body's word opens it, after an adjective or an article at most
 * ("Ministerio de Trabajo", "Policía Nacional", "O Supremo Tribunal Federal").
 */
function namedAsBodiesAbroadAre(words: Word[], brief: BriefEvidence): boolean {
  if (brief.nounsCapitalised && GERMAN_BODY_END.test(words[words.length - 1]!.text)) return true;
  if (words.some((w) => CLUB_MARKS.has(w.text))) return true;
  return !brief.englishLexicon && !brief.nounsCapitalised && words.slice(0, 3).some((w) => ROMANCE_BODY_HEADS.has(w.lower));
}

/**
 * The words of a state's own bodies in the Romance languages, written with a capital ("el Gobierno", "la Fiscalía",
 * "le Gouvernement", "lo Stato"). Alone, each is its country's, so the word would join briefs about different countries:
 * entities.ts keeps none alone.
 */
export const STATE_BODY_WORDS: ReadonlySet<string> = new Set(
  `gobierno estado congreso senado corte ejecutivo fiscalía fiscalia tribunal ministerio parlamento cámara camara
  gouvernement état etat assemblée sénat senat conseil governo stato senato procura câmara`.split(/\s+/u),
);
/** The state itself, whose word opens an idea's name as often as a body's ("Estado Laico", "Estado de Derecho"). */
const STATE_ITSELF = new Set(['estado', 'état', 'etat', 'stato']);
/**
 * Words that open a body's name in Spanish, French, Italian and Portuguese (the English ones end it: ORG_HEADS): the
 * state's bodies' but the state's own, and the others.
 */
const ROMANCE_BODY_HEADS = new Set([
  ...[...STATE_BODY_WORDS].filter((w) => !STATE_ITSELF.has(w)),
  ...`ministère ministero ministério tribunale cour policía polícia police polizia gendarmerie banco banque banca
  universidad université università universidade partido parti partito consejo consiglio conselho comisión commissione
  comissão instituto institut istituto asamblea assemblea assembleia congrès congresso chambre camera procuradoria
  fuerzas forças forze ejército exército esercito armée armada poder agencia agence agenzia agência secretaría
  secretaria superintendencia federación fédération federazione federação asociación associazione associação sindicato
  syndicat sindacato fundación fondation fondazione fundação servicio servizio serviço dirección direction direzione
  direção junta convención convenção`.split(/\s+/u),
]);

/** Words that end the name of a law or a pact, which names no body, whatever bodies it names ("Consumer Protection Act"). */
const DOCUMENT_HEADS = new Set('act acts bill treaty accord agreement charter amendment regulation directive'.split(' '));
/** Parts of a city or a state that name an office with a title after them ("District Attorney", "Borough President"). */
const TITLE_DISTRICTS = new Set(['district', 'borough']);

function institutional(words: Word[], nounsCapitalised = false): boolean {
  const last = words[words.length - 1]!.lower;
  if (DOCUMENT_HEADS.has(last)) return false;
  return (
    isOrgHead(last) ||
    ORG_HEADS.has(last.slice(last.search(LAST_HYPHEN) + 1)) ||
    // A newspaper's two titles joined ("Richmond Times-Dispatch", "Manchester Union-Leader"); a compound elsewhere reads by
    // its last part ("Social Media-Posts").
    (!nounsCapitalised && last.includes('-') && NEWSPAPER_TITLES.has(last.slice(0, last.indexOf('-')))) ||
    // "Centers for Water Safety and Testing"
    words.some((w, i) => w.lower === 'of' || acronym(w) || (isOrgHead(w.lower) && INNER_CONNECTORS.has(words[i + 1]?.lower ?? '')))
  );
}

/**
 * A word that ends in a model's designation, letters joined to figures ("Su-27", "PS5", "DA40"): a product. A compound
 * that goes on after the figures names a thing of its last part ("CO2-Emissionen", "Tempo-60-Schild"), not a model.
 */
const DESIGNATION_END = /\p{L}-?\d[\p{L}\p{N}]*$/u;
/**
 * A word of four letters or more joined to figures by a hyphen, or four capitals glued to them: an illness, a class or a
 * limit ("COVID-19", "Covid-19", "Omega-3", "Formel-1", "Tempo-60"), where a model's letters are fewer ("Su-27", "F-35").
 */
const NO_MODEL = /^(?:\p{L}{4,}-|\p{Lu}{4,})\d/u;
/** Letters joined to figures, with or without a hyphen. */
const LETTER_FIGURE = /\p{L}-?\d/u;

/** The name with its kind and the evidence for it, or null when the words are no name at all. */
function judged(text: string, words: Word[], all: Word[], brief: BriefEvidence): FoundName | null {
  const before = all[words[0]!.index - 1];
  const last = words[words.length - 1]!;
  const after = all[last.index + 1];
  // The word before is outside the run: lower case, or a capitalised opening word the run dropped ("Drugmaker Norvale").
  const beforeJoined = before !== undefined && (!before.capital || before.initial) && joined(text, before, words[0]!);
  const sure = (kind: EntityKind) => found(text, words, kind, 'context');
  // "spokeswoman Ann Lee", "economist Ann Lee", "Gov. Ann Lee" (the full stop parts the title from the run)
  const titled = before !== undefined && (beforeJoined || /^\.\s+$/u.test(text.slice(before.end, words[0]!.start)));
  if (titled && (isTitle(before) || ROLE_NOUNS.has(before.lower))) {
    // Right after a title every personal word is the name, an everyday word too ("Sen. Frank Lee", "Gen. Rich Dunn"), as
    // in a run that holds its title (nameOf); after a role noun only a name's tail ("player Name Bar" is no one).
    const person = isTitle(before) && words.length <= 4 && words.every(personalWord) ? words : personTail(words);
    if (person.length === words.length && acceptedAfterTitle(person, before, brief)) return sure('person');
  }
  // "MANCHESTER, ENGLAND": a place's name in capitals, as a dateline or a caption writes it.
  if (shoutedPlace(text, words)) return found(text, words, 'place', 'list');
  // "the Brooklyn Borough president", "the Manhattan District attorney": the place whose office the title is.
  if (words.length > 1 && TITLE_DISTRICTS.has(last.lower) && after !== undefined && isTitle(after) && joined(text, last, after)) return found(text, words.slice(0, -1), 'place', 'context');
  // "Step One", "Part Two", "Phase III": a numbered part of something, no name.
  if (words.length === 2 && NUMBERED_PARTS.has(words[0]!.lower) && (NUMBER_WORDS.includes(last.lower) || ROMAN_NUMERAL.test(last.text))) return null;
  // "URL", "TV", "DNA": an abbreviation of a thing everyone names, not of a body or a product.
  if (words.length === 1 && GENERIC_ABBREVIATIONS.has(last.lower)) return null;
  // "NOT ALL", "YOU", "ALL of YOU": function words shouted ("The Who" is written otherwise).
  if (words.some(shoutedFunctionWord) && words.every((w) => STOPWORDS.has(w.lower) && (w.lower === w.text || shoutedFunctionWord(w)))) return null;
  // "40 degrees Celsius": a scale after its unit.
  if (words.length === 1 && before !== undefined && DEGREES.has(before.lower) && beforeJoined) return null;
  // "in Hamburg", "nach Leipzig", "aus Wien": where every noun is capitalised, a listed city or state after a preposition of
  // place, which a noun would take with its article ("in der Halle", "beim Essen").
  if (brief.nounsCapitalised && words.length === 1 && before !== undefined && beforeJoined && PLACE_PREPOSITIONS_DE.has(before.lower) && isListedPlace(last.text)) return sure('place');
  // German "Stimmung", "Abend", "E-Mail-Adresse": a noun (a compound's head is its last part) written as every noun is.
  if (brief.nounsCapitalised && words.length === 1 && /^\p{Lu}\p{Ll}*['’]?\p{Ll}*$/u.test(last.text.slice(last.text.search(LAST_HYPHEN) + 1))) return null;
  if (words.length === 1 && brief.classStems.has(last.lower)) return found(text, words, 'other', 'none');
  // A member's party and state after the name ("Maxine Waters, D-Calif., said …"): a label, no name.
  if (words.length === 1 && PARTY_STATE.test(last.text)) return null;
  if (brief.nounsCapitalised && borrowedNoun(words)) return null;
  const beforeOf = brief.nounsCapitalised ? null : kindBeforeOf(words);
  if (beforeOf) return sure(beforeOf);
  if (institutional(words, brief.nounsCapitalised)) return sure('organisation');
  if (words.length > 1 && namedAsBodiesAbroadAre(words, brief)) return sure('organisation');
  // A law's or a pact's name is neither a place after "in" nor a person ("Justice in Policing Act").
  if (DOCUMENT_HEADS.has(last.lower) && words.length > 1) return sure('other');
  if (words.some((w) => DESIGNATION_END.test(w.text) && !NO_MODEL.test(w.text))) return sure('product');
  // Other words with figures name a thing, never a place or a person ("in COVID-19", "in HTML5").
  if (words.some((w) => LETTER_FIGURE.test(w.text))) return found(text, words, 'other', 'none');
  // A place word alone is a common noun ("the District", "County officials").
  if (PLACE_HEADS.has(last.lower)) return words.length > 1 ? sure('place') : null;
  if (beforeJoined && ORG_NOUNS.has(before.lower)) return sure('organisation');
  const companyAfter = after !== undefined && joined(text, last, after) && (COMPANY_AFTER.has(after.lower) || SHARES_MOVE.test(text.slice(after.start, after.start + 20)));
  if (companyAfter || (before?.lower === 'of' && SHARES_OF.has(all[words[0]!.index - 2]?.lower ?? ''))) return sure('organisation');
  // An everyday word needs more than a preposition or its shape ("in Western states"); a verb of speaking keeps it, kind unknown.
  if (words.length === 1 && notAName(last, brief)) return after && SPEAKING.has(after.lower) && joined(text, last, after) ? found(text, words, 'other', 'none') : null;
  const person = personTail(words);
  const everyday = words.length === 1 && isCommonWord(last.lower) && !brief.surnames.has(last.lower);
  if (person.length === words.length && !everyday && personContext(text, last, after, all)) return sure('person');
  // "the Biden administration", "the Trump presidency": a leader's name standing for their term in office, unless it is
  // a party's or a creed's word ("the Republican administration", "a Socialist presidency"). Weaker than context, since a
  // place can name its own administration ("the Ontario government" is why "government" is not here).
  if (words.length === 1 && after !== undefined && TERM_OF_OFFICE.has(after.lower) && joined(text, last, after) && !PARTY_WORDS.has(last.lower) && !CREED_WORD.test(last.lower) && !isListedPlace(last.text)) {
    return found(text, words, 'person', 'shape');
  }
  // "in English", "from Swahili": a language, no place.
  if (words.length === 1 && isLanguageName(last.text)) return found(text, words, 'other', 'none');
  const inObject = before?.lower === 'in' && IN_OBJECT_WORDS.has(all[words[0]!.index - 2]?.lower ?? '');
  // "in World War I", "in the Cold War", "at the Olympic Games": an event's name, not where something is.
  if (eventName(words)) return found(text, words, 'other', 'none');
  // "in Nazi Germany", "in Soviet Russia": a word that qualifies the name after it takes no preposition's place.
  const qualifies = after !== undefined && after.capital && joined(text, last, after);
  // Where every noun is capitalised, a run opening with a word the brief also writes in small letters is a noun phrase
  // written as a heading is ("in Sozialen Netzwerken"), not a place's name.
  const phrase = brief.nounsCapitalised && words.length > 1 && brief.lowerSomewhere.has(words[0]!.lower);
  // "in Republican states": a party's word is the noun's side, no place.
  if (before && PLACE_PREPOSITIONS.has(before.lower) && !inObject && !qualifies && !phrase && !PARTY_WORDS.has(last.lower) && !/^['’]s\b/u.test(text.slice(last.end, last.end + 3))) return sure('place');
  const written = text.slice(words[0]!.start, last.end);
  if (isSubdivision(written)) return found(text, words, 'place', 'list');
  // A city's name that is also the surname of someone the brief names ("Ann Houston") is left to be read as theirs.
  if (isCity(written) && !(words.length === 1 && brief.surnames.has(last.lower))) return found(text, words, 'place', 'list');
  if (regionOfListedPlace(text, words)) return found(text, words, 'place', 'list');
  // "Boulder, Colo.", "Greeley, Colorado, …": a town before its state, unless the run is shaped as a person's name.
  if (beforeItsState(text, last, all, words.length === 1) && !(words.length > 1 && personShaped(words, brief))) return sure('place');
  // "the West Virginia Democrat said": a member described by their state and party, as a party label does ("D-W.Va."); no name.
  const described = ARTICLES.has(words[0]!.lower) ? 1 : 0;
  if (words.length > described + 1 && SINGLE_MEMBER.has(last.lower) && isListedPlace(text.slice(words[described]!.start, words[words.length - 2]!.end))) return null;
  if (placeTeam(text, words)) return found(text, words, PARTY_MEMBERS.has(last.lower) ? 'other' : 'organisation', 'shape');
  // "Fort Lee", "Lake Tahoe", "Mount Rushmore", "Cape Cod": a word that opens a place's name, past the bodies named so above.
  if (words.length > 1 && TOPONYM_OPENERS.has(words[0]!.lower)) return found(text, words, 'place', 'shape');
  if (brief.nounsCapitalised && words.length === 3) {
    const person = fullNameBeforeNoun(words, brief);
    if (person.length === 2 && personShaped(person, brief)) return found(text, person, 'person', 'shape');
  }
  if (personShaped(words, brief)) return found(text, words, 'person', 'shape');
  if (namedAgainBySurname(text, words, brief)) return found(text, words, 'person', 'shape');
  if (words.length === 1 && CORPORATE_FORMS.has(last.lower)) return null;
  // "Millionen Euro", "Prise Salz", "Thema Finanzen", "Ende Februar": where every noun is capitalised, a quantity, a
  // measure or a point in time followed by what it counts is a noun phrase, as is a run that closes on a month.
  if (brief.nounsCapitalised && words.length > 1 && (MEASURE_NOUNS.has(words[0]!.lower) || MEASURE_ABBREVIATIONS.has(words[0]!.text) || isMonthName(last.text))) return null;
  // "Zwei Zeitebenen", "Ohne Erfolg", "Deinem Paket": there, a run that opens its sentence with a function word is
  // capitalised by its place. An article opens many a title ("Die Zeit") and does not count.
  if (brief.nounsCapitalised && words.length > 1 && words[0]!.initial && !GERMAN_ARTICLES.has(words[0]!.lower) && brief.functionWords?.has(foldWord(words[0]!.text))) return null;
  return found(text, words, 'other', 'none');
}

/** What a leader's surname names when it stands before one in lower case: their government's term. */
const TERM_OF_OFFICE = new Set(['administration', 'presidency']);
/** How the words of a creed or a leaning end ("Socialist", "Conservative"), no one's name. */
const CREED_WORD = /(?:ist|ive)$/u;

/**
 * A city's or a state's name before a plural of an everyday noun ("Dallas Cowboys", "Detroit Lions", "Ohio Democrats"): a
 * team, a body or a group of the place, no person, though no word of it is common (the caller leaves a party's members
 * a group). A surname ending in "s" is a given name's plural ("Austin Williams"), and stays a person's.
 */
function placeTeam(text: string, words: Word[]): boolean {
  if (words.length < 2) return false;
  const last = words[words.length - 1]!;
  if (!/[^s'’]s$/u.test(last.lower)) return false;
  const singular = last.lower.slice(0, -1);
  if (!isCommonWord(singular) || isGivenName(singular)) return false;
  const place = text.slice(words[0]!.start, words[words.length - 2]!.end);
  return isListedPlace(place);
}

/** Last words of an event's name ("World War II", "the Cold War", "Olympic Games", "World Cup"). */
const EVENT_HEADS = new Set('war wars games olympics cup championship championships tournament festival summit conference'.split(' '));

/** The run names an event by its head word, or by a war's number ("World War I"). */
function eventName(words: Word[]): boolean {
  const last = words[words.length - 1]!;
  if (words.length > 1 && ROMAN_NUMERAL.test(last.text) && EVENT_HEADS.has(words[words.length - 2]!.lower)) return true;
  return words.length > 1 && EVENT_HEADS.has(last.lower);
}

/** What may follow a state's name that closes a place's address: a mark, a dash, or the text's end. */
const ADDRESS_END = /^(?:[,.;:)!?]|\s+[—–-]\s|\s*$)/u;

/**
 * The run is followed by a comma and a US state's AP abbreviation, or by a listed state or province that closes the
 * clause ("Boulder, Colo. to …", "Greeley, Colorado, and …"): the run names a place in it. A state that goes on with
 * another word ("Abbott, Texas governor", "Intel, Texas Instruments") is left alone, and a state's full name only
 * follows a one-word run as a place's: a longer one may be a signature's name ("Ann Lee, Hamburg").
 */
function beforeItsState(text: string, last: Word, all: Word[], fullNameToo: boolean): boolean {
  const first = all[last.index + 1];
  if (first === undefined || !first.capital || !/^,\s{1,2}$/u.test(text.slice(last.end, first.start))) return false;
  if (text.charCodeAt(first.end) === 46 || first.text.endsWith('.')) {
    const written = text.slice(first.start, first.end + (first.text.endsWith('.') ? 0 : 1));
    if (stateOfAbbreviation(written) !== undefined) return !/^\s*,?\s*\d/u.test(text.slice(first.start + written.length));
  }
  for (let n = 0; fullNameToo && n < 3; n++) {
    const end = all[first.index + n];
    if (end === undefined || (n > 0 && !joined(text, all[first.index + n - 1]!, end))) return false;
    if (isSubdivision(text.slice(first.start, end.end)) && ADDRESS_END.test(text.slice(end.end, end.end + 3))) return true;
  }
  return false;
}

/**
 * A point of the compass or a region word before a listed state, province or city: a part of it, so a place too
 * ("Northern California", "South Texas", "Central Ohio"), where the lists know only the whole. A country's part is read as
 * the country before this ("Eastern Ukraine"), and a name that goes on after the place is no region ("Southern California Edison").
 */
function regionOfListedPlace(text: string, words: Word[]): boolean {
  const first = words[0]!.lower;
  if (words.length < 2 || !(REGION_WORDS.has(first) || COMPASS_POINTS.has(first))) return false;
  return isListedPlace(text.slice(words[1]!.start, words[words.length - 1]!.end));
}

/** Units a temperature's scale follows ("degrees Fahrenheit"). */
const DEGREES = new Set(['degree', 'degrees']);

/** Abbreviations of everyday things, technical terms and roles, written in capitals but no one's name. */
const GENERIC_ABBREVIATIONS = new Set(
  `url urls rss html css pdf api apis app apps gps usb wlan wifi wi-fi vpn ip id ids sms mms pc pcs tv it ki ai dna rna hiv aids
  suv suvs ceo ceos cfo cto coo faq faqs atm dvd cd cds lcd led leds ufo gdp vat diy pr hr iq ev evs co2 uv ps kw kwh mw gw tl el ok
  cpu cpus gpu gpus ram ssd hdd os seo sql php http https ssl tls dns png gif jpg jpeg mp3 mp4 hd
  utc gmt est edt cst cdt pst pdt cet cest eur usd gbp jpy chf
  mri pcr bmi eeg ekg ecg icu phd vip asap bbq yolo lol
  pkw lkw öpnv agb mwst usw`.split(/\s+/u),
);

/**
 * German nouns of quantity, measure, time and topic that open a noun phrase ("Millionen Euro", "Glas Wein",
 * "Ende Februar", "Thema Finanzen"), never a name.
 */
const MEASURE_NOUNS = new Set(
  `millionen million milliarden milliarde tausend tausende hunderte dutzend dutzende prozent grad meter metern kilometer kilometern
  zentimeter gramm kilo kilogramm tonnen liter milliliter glas gläser tasse tassen teelöffel esslöffel prise stück scheibe scheiben
  packung dose flasche flaschen menge mengen anzahl reihe paar sekunden minuten stunden tage tagen wochen monate monaten jahre jahren
  jahrzehnte ende mitte anfang beginn thema themen bereich bereichen frage fragen euro dollar franken
  päckchen tafel tafeln becher handvoll portion portionen spritzer messerspitze zehe zehen beutel würfel kugel kugeln stange stangen zweig zweige`.split(/\s+/u),
);
/** A recipe's measures as German writes them short ("1 TL Natron", "2 EL Rohrzucker"): by their capitals, since Spanish "El" opens names. */
const MEASURE_ABBREVIATIONS = new Set(['TL', 'EL', 'Msp', 'Pck', 'Msp.', 'Pck.']);

/**
 * An everyday word that opens the sentence before a name, no given name itself: an adverb ("Maybe Ann Lee will …",
 * "Finally Cleese spoke"), or any such word before a given name and a surname ("Buy Michael Mann's book") or before a given
 * name the brief writes inside sentences too ("Read Kyle's post" beside "Kyle Baxter"): alone after it, the given name
 * may be a surname ("Rod Stewart"). "Will Smith" and "Grant Shapps" open with given names and keep them; a word the brief
 * capitalises mid-sentence too is a name's.
 */
function gluedOpening(words: Word[], brief: BriefEvidence): boolean {
  const [first, second] = words;
  if (first === undefined || second === undefined || brief.nounsCapitalised || !brief.englishLexicon || brief.capitalInside.has(first.lower)) return false;
  // A point of the compass or a saint opens a place ("North Carolina", "East Devon", "Saint Vincent"); capitals say nothing.
  if (PLACE_NAME_OPENERS.has(first.lower) || REGION_WORDS.has(first.lower) || PLACE_OPENERS.has(first.lower) || !/\p{Ll}/u.test(first.text) || !/\p{Ll}/u.test(second.text)) return false;
  if (!isCommonWord(first.lower, LONE_WORD_LEVEL) || isGivenName(first.lower)) return false;
  return first.lower.endsWith('ly') || (isGivenName(second.lower) && (words.length > 2 || brief.capitalInside.has(second.lower)));
}

/** Words that open a region's name as a compass point does ("Central Devon", "Northern Ireland"). */
const REGION_WORDS = new Set('central northern southern eastern western northeast northwest southeast southwest upper lower greater mid'.split(' '));

/** How common a lone capitalised word must be to need evidence (SCOWL level): the few thousand commonest ("West", "Staff", "Customs"), not "Senate" or "Twitter". */
const LONE_WORD_LEVEL = 20;

/**
 * A lone capitalised word that is no name unless the context says so: a contraction ("I've"), an everyday English word
 * ("Western", "Customs", "Communist"), a word the brief also writes in lower case, an
 * all-capitals everyday word ("TEMP"), a two-letter abbreviation ("Ga"), or the plural of a
 * model designation ("MiGs" beside "MiG-21"). The brief's own surnames are names ("Baker").
 */
function notAName(w: Word, brief: BriefEvidence): boolean {
  if (brief.surnames.has(w.lower)) return false;
  // Contractions: "I'll", "I've", "OK'd".
  if (isDemonym(w) || /['’](?:ll|ve|d|re|m)$/u.test(w.text)) return true;
  if (/^\p{Lu}+$/u.test(w.text)) return w.text.length >= 4 && isCommonWord(w.lower, 50);
  if (w.text.length <= 2) return true;
  if (/s$/u.test(w.text) && brief.designations.has(w.lower.slice(0, -1))) return true;
  return isCommonWord(w.lower, LONE_WORD_LEVEL) || brief.lowerSomewhere.has(w.lower);
}

const RELATIVES = new Set('wife husband son daughter mother father brother sister widow'.split(' '));
const ARTICLES = new Set('a an the its his her their'.split(' '));
/** The definite article of German and its forms, which open titles ("Die Zeit", "Der Spiegel"). */
const GERMAN_ARTICLES = new Set('der die das den dem des'.split(' '));

/** Words that carry an apposition's role on ("a spokeswoman for …", "an engineer who …", "a lawyer in Lyon"). */
const APPOSITION_GOES_ON = new Set(['who', 'whose', 'of', 'for', 'at', 'in', 'with', 'from', 'since', 'and', 'to', 'based', 'turned']);

/** How many lower-case words after its role word an apposition's phrase may run on before it closes. */
const APPOSITION_REACH = 3;

/**
 * Whether the phrase of a role word after an article closes as an apposition does, within a few lower-case words:
 * at a comma, a bracket or a stop, or where "who", a preposition or a participle carries it on ("a head buyer at …",
 * "the chief justice who …", "a scientist working on …"). ", a federal judge on Monday threw out …" reaches a
 * capitalised word first: a clause of its own, whose subject the role is.
 */
function appositionCloses(text: string, all: Word[], role: number): boolean {
  for (let j = role; j < Math.min(all.length - 1, role + APPOSITION_REACH); j++) {
    const [a, b] = [all[j]!, all[j + 1]!];
    if (/[,.;:()–—]/u.test(text.slice(a.end, b.start)) || APPOSITION_GOES_ON.has(b.lower) || /\p{L}ing$/u.test(b.lower)) return true;
    if (b.capital) return false;
  }
  return role + 1 >= all.length;
}

/** After a name: ", who", an age (", 54,"), or an apposition naming a role (", head of", ", a spokeswoman for", ", the firm's chief executive"). */
function personContext(text: string, last: Word, after: Word | undefined, all: Word[]): boolean {
  if (!after) return false;
  if (/^['’]s\s/u.test(text.slice(last.end, last.end + 3)) && RELATIVES.has(after.lower)) return true;
  if (!/^\s*,\s*$/u.test(text.slice(last.end, after.start))) return false;
  if (after.lower === 'who') return true;
  if (/^\d{1,3}$/.test(after.text) && /^\s*,/.test(text.slice(after.end, after.end + 2))) return true;
  // An article, then up to two lower-case words ("a spokeswoman", "the firm's chief executive"); or the role at once ("head of").
  const article = ARTICLES.has(after.lower);
  for (let i = after.index + (article ? 1 : 0); i < Math.min(all.length, after.index + 4); i++) {
    const w = all[i]!;
    if (i > after.index && !/^[\s'’s]*$/u.test(text.slice(all[i - 1]!.end, w.start))) return false;
    if (isTitle(w) || ROLE_NOUNS.has(w.lower)) {
      // A role before a name is that name's title ("…, press secretary Dana Whitfield said"), not an apposition.
      const next = all[i + 1];
      return (article || !w.capital) && !(next?.capital && joined(text, w, next)) && (article ? appositionCloses(text, all, i) : next !== undefined && ['of', 'for', 'at'].includes(next.lower));
    }
    // "the former governor", "the late founder": a title's modifier is no function word here, though "former" is a stopword.
    if (!article || w.capital || (FUNCTION_WORDS.has(w.lower) && !TITLE_MODIFIERS.has(w.lower))) return false;
  }
  return false;
}
