import { SOCIAL_PLATFORMS } from '../clean/cue-words.ts';
import { gazetteer, lookupName } from '../links/gazetteer.ts';
import { isCommonWord, isGivenName } from '../links/lexicon.ts';
import { aliasKey, dropCorporateSuffix, isHonorific } from '../links/normalise.ts';

/**
 * Whether a name read from a reporting phrase ("X reported", "reported by X") can be a news
 * outlet. The phrases are also said of people ("Richard Cook wrote", "Klein writes"), of bodies
 * ("the Bureau of Labor Statistics reported"), of companies ("Apple reports its earnings") and
 * of a sentence's first word ("Others reported", "Toxicology reports"): each is told by its shape,
 * by the gazetteer or by how the story names it elsewhere.
 */

/** A word of an outlet's own name that says what it is ("Valley Post", "Radio Veritas", "Kreiszeitung", "Tagespresse"): outweighs the tests below. */
const MEDIA_WORD =
  /(?<!\p{L})(?:News|Times|Post|Journal|Herald|Tribune|Gazette|Daily|Magazine|Radio|TV|Television|Press|Wire|Telegraph|Observer|Chronicle|Review|Monitor|Dispatch|Examiner|Economist|Guardian|Independent|Insider|Today|Weekly|Bulletin|Broadcasting|Sentinel|Standard|Register|Courier|Mirror|Globe|Inquirer|Enquirer|Advertiser|Messenger|Mercury|Zeitung|Presse|Nachrichten|Rundschau|Kurier|Diario|Periódico|Gazeta|Corriere)(?!\p{L})|(?:zeitung|blatt|presse)$/u;
/** Heads of names that are public bodies, parties or offices, which publish figures and statements but are not outlets. */
const BODY =
  /(?<!\p{L})(?:Ministry|Department|Council|Government|Office|Committee|University|Institute|Party|Army|Police|Court|Parliament|Kremlin|White House|Pentagon|President|Minister|Secretary|Spokesperson|Officials?|Bureau|Administration|Commission|Agency|Authority|Foundation|Bank|Fund|Centers?|Centres?|Index|Statistics|Survey|Association)(?!\p{L})/u;
/** A politician named by party and state ("West Virginia Democrat"). */
const PARTY_MEMBER = /\s(?:Democrat|Republican)$/u;
/** Initials before a surname ("K.G. Schneider", "J. R. Smith"). */
const INITIALS_NAME = /^(?:\p{Lu}\.\s?){1,3}\s*\p{Lu}\p{Ll}/u;
/** Titles of people that the links' honorifics leave out, as reporting phrases use them ("Lawyer Li Fangping said"). */
const PERSON_TITLE = /^(?:Lawyer|Attorney|Author|Writer|Journalist|Reporter|Columnist|Editor|Blogger|Analyst|Economist|Historian|Scientist|Researcher|Activist)\s/u;
/** A company's name ("Warner Bros.", "Acme Ltd"): it reports its results, not news. */
const COMPANY_SUFFIX = /\s(?:Bros|Brothers)\.?$/u;

const PLATFORMS: ReadonlySet<string> = new Set(SOCIAL_PLATFORMS);

/**
 * Whether a byline's name is an organisation's: a public body, a company or an outlet ("Wikimedia Foundation",
 * "Valley Newspapers Ltd", "ABC NEWS"), unless it opens with a given name (people are called Post, Star or Fund too).
 */
export function namesAnOrganisation(name: string): boolean {
  const words = name.split(/\s+/u);
  if (words.length < 2 || isGivenName(words[0]!.toLowerCase())) return false;
  // A name in capitals is read with its words capitalised as the patterns expect ("ABC NEWS" -> "Abc News").
  const cased = name === name.toUpperCase() ? words.map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(' ') : name;
  return BODY.test(cased) || MEDIA_WORD.test(cased) || dropCorporateSuffix(name) !== name;
}

/** The definite articles a title opens with ("The Ledger", "Die Tagespresse"): a title, not a given name and a surname. */
const ARTICLES = 'the|die|der|das|le|la|les|el|il';
const ARTICLE_FIRST = new RegExp(String.raw`^(?:${ARTICLES})\s`, 'iu');
const ARTICLE = new RegExp(String.raw`^(?:${ARTICLES}|a|an)$`, 'iu');

/**
 * Whether a name reads as a publication's rather than a person's: a word of an outlet's kind ("Valley Times", "Presse
 * Augsburg"), an article before it ("Die Tagespresse"), or one word in small letters ("stylegart").
 */
export function namesAMedium(name: string): boolean {
  return MEDIA_WORD.test(name) || ARTICLE_FIRST.test(name) || /^\p{Ll}[\p{L}\p{N}.-]*$/u.test(name);
}

/**
 * A one-word name is a person's surname when the story also writes it after a given name or a title ("Ezra Klein …
 * Klein writes"), or after another name inside a sentence ("journalist Kapil Komireddi"): the given-name list does not
 * know every given name, and a name within a sentence (after a quotation's closing comma too: "…," Mitt Doe said)
 * is no sentence's capitalised first word.
 */
function isSurnameIn(word: string, text: string): boolean {
  // Each place the word is written, with the words just before it; not one pattern built per word and run over
  // the whole story, which cost a long page a quarter of its metadata time (a pattern compiled per name, tried at every letter).
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (/[\p{L}\p{N}]/u.test(text.charAt(at + word.length))) continue;
    const m = NAME_BEFORE.exec(text.slice(windowStart(text, at), at));
    if (!m) continue;
    const first = m[2]!;
    if (isHonorific(first) || isGivenName(first.toLowerCase())) return true;
    // After a quotation's closing comma only a speaker's name stands so ("…," Mitt Doe said): a given name that is also a word counts there.
    const afterQuote = m[1] !== undefined && /["”’']$/u.test(m[1]) && !ARTICLE.test(first);
    if (m[1] !== undefined && [...first].length > 2 && (afterQuote || !isCommonWord(first.toLowerCase())) && !MEDIA_WORD.test(first)) return true;
  }
  return false;
}

/**
 * What may stand before a surname, up to it: a capitalised word (a given name or a title), perhaps an initial, and
 * before them a word in small letters or a quotation's closing comma ("planner Tavo Quennell", "…," Rose Quennell).
 */
const NAME_BEFORE = /(?:(\p{Ll}[\p{L}'’-]*|,["”’']?)\s+)?(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'’-]*\.?)\s+(?:\p{Lu}\.\s*)?$/u;
/** Characters before a surname that NAME_BEFORE reads: three words and the spaces between them. */
const NAME_BEFORE_CHARS = 120;

/** Where the text before `at` that NAME_BEFORE reads starts: after a space, so that no word is cut. */
function windowStart(text: string, at: number): number {
  if (at <= NAME_BEFORE_CHARS) return 0;
  const space = text.slice(at - NAME_BEFORE_CHARS, at).search(/\s/u);
  return space < 0 ? at : at - NAME_BEFORE_CHARS + space + 1;
}

/** How the story wrote the name. */
export interface NameContext {
  /** The story's text, for surnames. */
  text: string;
  /** "The" stood before it ("the Hill reported"): a common word so written is a title. */
  afterArticle: boolean;
  /** Its sentence tells a company's results ("Acme reported revenue of …"): only a name known as an outlet is one. */
  results: boolean;
}

/** Whether `name` may be an outlet. */
export function mayBeOutlet(name: string, { text, afterArticle, results }: NameContext): boolean {
  const known = lookupName(name);
  if (known) return known.media;
  const words = name.split(/\s+/u);
  const first = words[0]!;
  // Before the outlets' words: "Economist Ann Lee wrote" names a person, "The Economist wrote" an outlet.
  if (words.length > 1 && (isHonorific(first) || PERSON_TITLE.test(name) || INITIALS_NAME.test(name))) return false;
  if (MEDIA_WORD.test(name)) return true;
  if (results) return false;
  if (gazetteer().demonyms.has(aliasKey(name))) return false;
  if (BODY.test(name) || PARTY_MEMBER.test(name) || COMPANY_SUFFIX.test(name) || dropCorporateSuffix(name) !== name) return false;
  if (words.length > 1) return !(words.length <= 4 && isGivenName(first.toLowerCase()));
  // One word: two letters say too little ("I", "GP"); the wire agencies' are known to the gazetteer.
  if ([...first].length <= 2) return false;
  const lower = first.toLowerCase();
  if (isGivenName(lower) || PLATFORMS.has(lower)) return false;
  // "The" makes a title of the word: people are not so written.
  if (afterArticle) return true;
  return !isCommonWord(lower) && !isSurnameIn(first, text);
}
