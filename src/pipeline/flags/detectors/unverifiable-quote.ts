import headline from '../lexicons/headline.json' with { type: 'json' };
import outlets from '../lexicons/outlets.json' with { type: 'json' };
import sourcing from '../lexicons/sourcing.json' with { type: 'json' };
import { isCommonWord, isGivenName } from '../../links/lexicon.ts';
import { countryOf } from '../places.ts';
import { flagOn, type Detector, type FlagContext } from '../context.ts';
import { countWords, sentenceAt, unclosedFrom, unquoted, type Sentence, type Span, type TextView } from '../text.ts';
import type { Flag } from '../types.ts';

const MIN_WORDS = 3;
/** Unsourced quotations, and their share of all, from which a text is dialogue rather than reporting. */
const DIALOGUE_LINES = 10;
const DIALOGUE_SHARE = 0.8;
const SPEECH = String.raw`(?:said|says|say|added|adds|told|tells|warned|warns|wrote|writes|noted|notes|stated|states|argued|argues|explained|explains|insisted|insists|revealed|reveals|pointed\s+out|claimed|claims|cited|cites|highlighted|reported|reports|acknowledged|declared|continued|admitted|admits|conceded|concedes|recalled|recalls|replied|replies|responded|responds|reiterated|reiterates|repeated|asserted|asserts|announced|announces|confirmed|confirms|predicted|predicts|cautioned|cautions|recounted|recounts|testified|testifies)`;
/** Verbs that credit the words after a quotation, but before one report no speech of their own ("shares a photo", "stressed the need"). */
const AFTER_ONLY = String.raw`shares|shared|emphasi[sz]ed|emphasi[sz]es|stressed|stresses|observed|observes|remarked|remarks|quipped|quips|mused|muses|joked|jokes|answered|answers|commented|comments|shouted|shouts|whispered|whispers|repeats|tweeted|tweets|posted|remembers|remembered|laughs|laughed`;
/** After a quotation a question is asked (“…?” she asked); before one, "asked" may only report a question ("people asked if …"). */
const SPEECH_AFTER = String.raw`(?:${SPEECH}|asked|asks|${AFTER_ONLY})`;
/** Capitalised words that open a sentence or a clause, never a name's first word ("When Meghan Markle spoke", "In Lee's case"). */
const OPENING_WORDS = sourcing.sentenceOpeners;
const OPENERS = String.raw`(?:${OPENING_WORDS.join('|')})\s`;
/** A surname's particle in small letters ("…," de Blasio said; "…," van der Berg said; "Jan Storm van Leeuwen"). */
const SURNAME_PARTICLE = String.raw`(?:de|da|di|du|del|della|der|den|van|von|le|la|al|el|bin|ter|ten)(?:\s+(?:der|den|la|le))?`;
/** Titles before a name: honorifics, and the offices news abbreviates. */
const HONORIFICS = String.raw`(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+`;
const TITLES = String.raw`(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gen|Col)\.?\s+`;
/** A middle initial after a name's word that another word follows ("Ann B. Lee", "Director Ann B. Lee"). */
const MIDDLE_INITIAL = String.raw`(?:\s+[A-Z]\.(?=\s+(?:${SURNAME_PARTICLE}\s+)?[A-Z][\p{L}'-]))?`;
const PERSON = String.raw`(?:${TITLES})?(?!${OPENERS})[A-Z][\p{L}'-]+${MIDDLE_INITIAL}(?:\s+(?:${SURNAME_PARTICLE}\s+)?[A-Z][\p{L}'-]+${MIDDLE_INITIAL})+`;
/** A role tied to an organisation a reader can check: "head of Tatpromstan", "an analyst at Example Bank". */
const AFFILIATION = /\b(?:of|at|from|for|with)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,4}?[A-Z][\p{L}&.'-]+|\b(?:of|at|from|for|with)\s+the\s+(?:[\p{Ll}'’-]+\s+){0,3}?(?:office|department|ministry|agency|commission|council|board|authority|company|firm|campaign|committee|school\s+(?:system|district|board)|government|administration|police|hospital|university|union|club|party|court|charity|foundation|association|organi[sz]ation)\b|\b(?:[A-Z][\p{L}&.'-]+(?:\s+[A-Z][\p{L}&.'-]+)*|the\s+(?:agency|board|trust|company|firm|council|committee|group|union|authority|department|ministry|bank|party|court|university|school|hospital|club|team|league|charity|foundation|campaign|commission))['’]s\s+(?:[\p{Ll}-]+\s+)?(?:spokes\w+|head|chief|director|minister|president|chair\w*|ceo|founder|analyst|economist|researcher|professor|adviser|advisor)\b/u;
const VAGUE = new RegExp(String.raw`\b(?:officials?|sources?|people|person|insiders?|experts?|analysts?|observers?|diplomats?|interlocutors|aides?|someone|critics)\b`, 'iu');
const DOCUMENT = /\b(?:memo|memorandum|document|report|assessment|letter|email|draft|paper|study|briefing)\b/iu;
const HEARSAY = /\b(?:reportedly|allegedly|said\s+to|is\s+believed)\b/iu;
const ORG = new RegExp(String.raw`\b(?:${sourcing.bodyWords.join('|')})\b`, 'u');

// A people's, a place's or a body's name, initials too, may stand before the office ("French President Nicolas Sarkozy", "FDA Commissioner Ann Lee",
// "Tarn Valley City Mayor Ann Lee").
// Public offices count as their name's run writes them ("District Attorney", "Member of Parliament"; see PUBLIC_OFFICES).
const PUBLIC_OFFICE_TITLES = sourcing.publicOffices.map((o) => o.replace(/(?<=^|\s)(?!of\b|the\b)\p{Ll}/gu, (c) => c.toUpperCase()).replace(/\s+/gu, '\\s+'));
const OFFICE_BEFORE = new RegExp(`^(?:\\p{Lu}[\\p{L}&.-]+\\s+){0,3}(?:${[...headline.officeTitles.map((t) => t.replace('.', '\\.')), ...PUBLIC_OFFICE_TITLES].join('|')})\\s`, 'u');
const NOT_ORGANISATIONS = new Set(sourcing.notBodies);

/** A capitalised word in the speaker's description that is not a nationality: "the City coach", "head of Tatpromstan". */
function namesAnOrganisation(role: string): boolean {
  // A capital before a hyphen opens a common noun ("a T-shirt", "an X-ray"), not a name.
  for (const m of role.matchAll(/(?<![.!?]\s|^)\b[A-Z](?!-)[\p{L}&'-]+|^[A-Z](?!-)[\p{L}&'-]+/gu)) {
    const word = m[0].replace(/['’]s$/, '');
    // A sentence's first word counts only as a body's own name ("Pentagon spokesman Ann Lee …"), not as any capitalised opener.
    if (m.index === 0 && !ORG.test(word)) continue;
    if (NOT_ORGANISATIONS.has(word) || countryOf(word)) continue;
    return true;
  }
  return false;
}

/**
 * `speaker`: who the quotation is credited to, when the text names them. `unresolved`: a pronoun speaks (“…,” she said)
 * whom the sentence before does not name.
 */
type Verdict = { ok: true; speaker?: string } | { ok: false; reason: string; unresolved?: true; speaker?: string };

const NO_SPEAKER_NAMED = 'No one is named as the source of this quotation.';
const UNNAMED_PEOPLE = 'The quotation is credited to unnamed people, so readers cannot check who said it.';

/**
 * Quotations a reader cannot trace: quoted experts with no affiliation, unnamed
 * speakers, and documents known only through other reporting. Short quoted
 * phrases (scare quotes, names in quotes) are not quotations of a speaker.
 */
export const unverifiableQuote: Detector = {
  name: 'unverifiable-quote',
  reads: 'english',
  detect(ctx: FlagContext): Flag[] {
    const flags: { flag: Flag; words: string }[] = [];
    // The words of quotations credited to someone, for the pull quotes that repeat them.
    let creditedWords = '';
    const view = ctx.body;
    let quotations = 0;
    // Quotations with no source of their own, before any goes on from the one before it.
    let unsourced = 0;
    let previous: { paragraph: number; verdict: Verdict; end: number } | null = null;
    // The last quotation credited to someone by name: a "he said" a few paragraphs on, whom neither the sentence before nor
    // a subject opening an earlier sentence resolves, is still them.
    let named: { sentence: Sentence; verdict: Verdict } | null = null;
    // Last words of the names quotations were credited to so far.
    const credited = new Set<string>();
    // The one the writer interviewed ("I talked with Ann Lee"), whom a feature built on the interview quotes throughout.
    const interviewee = intervieweeOf(view);
    for (const q of view.quotes) {
      const inner = view.text.slice(q.start, q.end);
      // A short reply with its credit ("“Yes,” he says.") is too short to flag, but the quotation after it goes on with its speaker.
      const short = countWords(inner) < MIN_WORDS;
      if (((short || isQuotedTitle(inner)) && !creditFollows(view, q)) || citedWork(view.text.slice(Math.max(0, q.start - 16), q.start - 1))) continue;
      const sentence = sentenceAt(view, q.start);
      if (!sentence) continue;
      // A phrase in marks is not flagged, but it still tells prose from a script's lines (see DIALOGUE_SHARE), and a
      // quotation right after it goes on with whoever its sentence is about ("The pool shuts 'for the winter'. “We …”").
      if (isQuotedPhrase(view, sentence, q)) {
        quotations++;
        previous = { paragraph: sentence.paragraph, verdict: judge(ctx, view, sentence, q), end: q.end };
        continue;
      }
      if (short) {
        previous = { paragraph: sentence.paragraph, verdict: judge(ctx, view, sentence, q), end: q.end };
        continue;
      }
      // One quotation broken by its credit (“Along the way,” she said, “I felt …”): its second part is the first's, judged and flagged with it.
      if (previous && previous.end >= sentence.start && SPLIT_BY_CREDIT.test(view.text.slice(previous.end + 1, q.start - 1))) continue;
      quotations++;
      let verdict = judge(ctx, view, sentence, q);
      let runOn: ReturnType<typeof runOnFrom>;
      let reported: Verdict | null;
      if (!verdict.ok) unsourced++;
      if (!verdict.ok && verdict.reason === NO_SPEAKER_NAMED) {
        // A quotation with no speaker of its own right after another (in its paragraph, or in the paragraphs of
        // quotation that follow it) goes on quoting the same speaker ("…," said Lee. "And more…").
        if (previous && goesOnQuoting(view, previous.paragraph, sentence.paragraph)) verdict = previous.verdict;
        // A quotation run on over paragraphs leaves each but the last unclosed (Lee said: “We are ready.¶“And more…”):
        // it goes on quoting the speaker credited where it opened.
        else if ((runOn = runOnFrom(view, sentence.paragraph, q))) verdict = judge(ctx, view, runOn.sentence, runOn.quote);
        // So does one right after a sentence about someone already quoted ("Lee expects a busy winter. 'We are ready.'").
        else if (mentionsSpeaker(view.sentences[sentence.index - 1]?.text ?? '', credited)) verdict = { ok: true };
        // Or about the interviewee ("Lee found the first boat in a scrapyard. “…”"): theirs, judged as a named speaker.
        else if (interviewee && mentionsSpeaker(view.sentences[sentence.index - 1]?.text ?? '', interviewee.names)) verdict = interviewee.verdict;
        // So does one with no credit at all a sentence or two after words reported in the paragraph ("…, Lee says. You can wait. “…”").
        else if (!verdict.unresolved && (reported = reportedBefore(view, sentence))) verdict = reported;
        // Else "she" is the person a sentence before opens with, as a feature names its subject once and says "she" for pages,
        // or the speaker quoted just before; failing both, in an interview, the one the writer interviewed.
        else if (verdict.unresolved) verdict = judgeAntecedent(view, sentence) ?? (named && stillSpeaking(view, named.sentence, sentence) ? named.verdict : (interviewee?.verdict ?? verdict));
      }
      if (verdict.speaker) named = { sentence: sentenceAt(view, q.end) ?? sentence, verdict };
      if (verdict.ok && verdict.speaker) credited.add(surnameOf(verdict.speaker));
      previous = { paragraph: sentence.paragraph, verdict, end: q.end };
      if (verdict.ok) {
        creditedWords += `${wordsOf(inner)}\n`;
        continue;
      }
      flags.push({ flag: flagOn('body', view, q, this.name, { kind: 'unverifiable-quote', severity: 'caution', reason: verdict.reason }), words: wordsOf(inner) });
    }
    // Nearly every one of many quotations without a source is dialogue (a script, a game's or a novel's lines), whose
    // speakers stand in a table or before a colon: the text reports no one's words, and a flag on each line says nothing.
    if (unsourced >= DIALOGUE_LINES && unsourced >= DIALOGUE_SHARE * quotations) return [];
    // A pull quote repeats, whole or in part and before or after it, words the story quotes with their speaker.
    return flags.filter((f) => !(countWords(f.words) >= PULL_QUOTE_WORDS && creditedWords.includes(f.words))).map((f) => f.flag);
  },
};

/** Someone is credited right after the quotation: spoken words, however title-like ("“I am from Tarnport,” she said"). */
function creditFollows(view: TextView, q: Span): boolean {
  const after = view.text.slice(q.end + 1, q.end + 120);
  return pronounSpeaker(after) !== null || SPEAKER_AFTER.test(after);
}

/** The words before a quotation cite a work by its year or name it as titled: the quotation is the work's title. */
function citedWork(before: string): boolean {
  return CITED_WORK.test(before) || TITLED.test(before) || NAMED_WORK.test(before);
}

/** Most words a phrase in scare quotes or a coined term has ("the “ferry first” plan"); more are someone's sentence. */
const PHRASE_WORDS = 6;
/** Characters either side of a phrase read for the words that would make it someone's. */
const PHRASE_REACH = 300;
/**
 * Words that make the quoted words someone's: a verb of saying in any form ("unions warn of “…”"), a characterisation
 * ("Critics called it “…”") or a credit ("according to …").
 */
const SAYING = /\b(?:say|says|said|saying|tell|tells|told|telling|warn\w*|claim\w*|argu\w*|insist\w*|reveal\w*|declar\w*|admit\w*|urg(?:e|es|ed|ing)|describ\w*|predict\w*|announc\w*|confirm\w*|caution\w*|promis\w*|vow\w*|pledg\w*|demand\w*|accus\w*|call(?:s|ed|ing)?|dub(?:s|bed|bing)?|term(?:s|ed)?|label\w*|brand(?:s|ed)?|nicknamed|known\s+as|quot\w*|writ\w*|wrote|ask\w*|repl\w*|respond\w*|explain\w*|according\s+to|statement|words|put\s+it)\b/iu;
const SPEECH_AFTER_WORD = new RegExp(String.raw`\b${SPEECH_AFTER}\b`, 'u');
/** Words right before the marks that make the quotation a part of the writer's clause ("sail into “…”"). */
const PREPOSITION_BEFORE = /\b(?:on|in|of|for|to|into|about|with|from|at|by|like|as)\s*$/u;

/**
 * A few words quoted inside the writer's own sentence, with no one saying them there: a term or scare quotes ("the
 * crews finished the “rope and tar” repairs", "skippers sail straight into “the teeth of the gale.”"), no one's
 * statement. The words before the marks end in a small word and those after go on in small letters, or a preposition
 * leads into the marks.
 */
function isQuotedPhrase(view: TextView, sentence: Sentence, q: Span): boolean {
  const inner = view.text.slice(q.start, q.end).replace(/\.\s*$/u, '');
  if (countWords(inner) > PHRASE_WORDS || /[,;:!?.]/u.test(inner)) return false;
  // The sentence around the marks, as far as a clause reaches: a run-on "sentence" of a whole page costs no more.
  const before = view.text.slice(Math.max(sentence.start, q.start - 1 - PHRASE_REACH), q.start - 1);
  const after = view.text.slice(q.end + 1, Math.min(sentence.end, q.end + 1 + PHRASE_REACH));
  // Verbs that credit only the words before them ("remembers", "shared") credit no phrase they come before.
  const [ahead, behind] = [withoutQuotations(before), withoutQuotations(after)];
  if (SPEECH_WORD.test(ahead) || SPEECH_AFTER_WORD.test(behind) || SAYING.test(`${ahead} ${behind}`)) return false;
  if (!/(?:^|[^\p{L}'’-])\p{Ll}[\p{L}'’-]*\s*$/u.test(before)) return false;
  return /^\s*\p{Ll}/u.test(after) || PREPOSITION_BEFORE.test(before);
}

/** Words a pull quote must repeat to be taken for one: fewer may be a stock phrase said by two people. */
const PULL_QUOTE_WORDS = 5;
/** A quotation's words in small letters, one space between, whatever punctuation closes or breaks them. */
function wordsOf(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/**
 * Every word capitalised but the short ones ("The Art Of War"): the quotation marks name a work, not
 * someone's words. (Stricter than links' isTitleCase, which judges a whole paragraph by its share of
 * capitalised words.)
 */
function isQuotedTitle(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w) || w.length <= 3 || TITLE_SMALL_WORDS.has(w));
}
/** Small words a title leaves in lower case beyond those of three letters ("Learning Features from Music Audio with …"). */
const TITLE_SMALL_WORDS = new Set(['from', 'with', 'into', 'onto', 'over', 'upon', 'than', 'that', 'without', 'within', 'about', 'under', 'versus']);
/** A work cited by its year, then its title in quotation marks ("Doe, A. (2010). "Learning …""): a title, not someone's words. */
const CITED_WORK = /\(\d{4}[a-z]?\)[.,:]?\s*$/u;
/** A work named as titled ("an essay titled “The Port Is Ours”", "a report entitled ‘…’"): its title, whatever its case. */
const TITLED = /\b(?:titled|entitled|headlined)\s*[:,]?\s*$/iu;
/**
 * A work's kind right before the marks ("their 2008 essay, “Cranes at Dusk”", "the song ‘Home Again’"): its
 * title, or its words quoted, which the work itself credits. Not a letter, a post or a paper ("told the paper: “…”"),
 * whose words may be anyone's.
 */
const NAMED_WORK = /\b(?:article|book|novel|memoir|essay|song|album|film|movie|documentary|poem|episode|chapter|podcast)\s*[:,]?\s*$/iu;

// Built once rather than per quotation.
/** After a verb of saying, a capitalised word that names no one: "…," said Monday. */
const NO_SPEAKER = String.raw`(?:The|A|An|On|In|At|Last|This|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b`;
/**
 * A role in small letters before the name, with the body's name before it ("…," press secretary Ann Lee said; "…," Harbour Board
 * spokesman Tom Hale told reporters): the role and the body are the speaker's description.
 */
const ROLE_BEFORE_NAME = String.raw`(?:[A-Z][\p{L}.&'-]*\s+){0,3}(?:\p{Ll}[\p{Ll}-]*\s+){1,3}`;
/** A short aside in brackets after the name: a lawmaker's party and state ("(R-Ky.)"), "(pictured)". */
const ASIDE = String.raw`(?:\s+\([^()]{1,24}\))?`;
// A surname alone counts after the verb as before it ("…, says Stark" as "…, Stark says"): the story named the person in full
// earlier. The speaker's role may stand between name and verb ("…," Ann Lee, head of the port, told reporters).
/** A body named after the verb ("…," explained the court in its ruling). */
const BODY_AFTER_VERB = String.raw`the\s+(?:[\p{Ll}-]+\s+){0,2}(?:court|judges?|panel|board|council|committee|agency|ministry|department|company|firm|government|police|commission|report|study|statement|ruling|lawsuit|complaint|filing|indictment)\b`;
/** A speaker's role may list, its parts between commas ("…," Tom Hale, vice president of fleet, finance and routes at Harbour Air, said). */
const LIST_PARTS = String.raw`(?:,\s+[^,.;“”"]{1,60}){0,3}`;
/** An aside after a speaker's name, between commas ("…," Ann Lee, widely seen as the best U.S. skater, said): abbreviations' full stops allowed. */
const APPOSITIVE = String.raw`(?:,\s+(?:[^,;.“”"]|\.(?=\p{L}|\s+\p{Ll})){2,80}${LIST_PARTS},)?`;
/** The speaker named after a quotation, by where the name stands: after its role, before the verb, after the verb, after the verb and a role. */
const SPEAKER_AFTER = new RegExp(String.raw`^[\s,.]*(?:${ROLE_BEFORE_NAME}(?<roleThenName>${PERSON})${ASIDE}${APPOSITIVE}\s+${SPEECH_AFTER}|(?<nameThenVerb>${PERSON}|(?:${SURNAME_PARTICLE}\s+)?[A-Z][\p{L}.&'-]*(?:\s+[A-Z][\p{L}.&'-]*)*(?:,?\s+(?:of|from)\s+[A-Z][\p{L}.&'-]*(?:\s+[A-Z][\p{L}.&'-]*)*)?|(?:an?|the)\s+[\p{L}\s.'-]{0,40}?)${ASIDE}(?:,\s+[^,.;“”"]{2,80}${LIST_PARTS},?)?\s+${SPEECH_AFTER}|${SPEECH_AFTER}\s+(?<verbThenName>${PERSON}|(?!${NO_SPEAKER})[A-Z][\p{L}'-]+|${BODY_AFTER_VERB})|${SPEECH_AFTER}\s+${ROLE_BEFORE_NAME}(?<verbThenRole>${PERSON}))`, 'u');
const SPLIT_BY_CREDIT = new RegExp(String.raw`^\s*,?\s+[^.;!?“”"]{0,80}?\b${SPEECH_AFTER}\b[^.;!?“”"]{0,80}[,:]\s*$`, 'u');
/**
 * People credited after the quotation by a group's noun, no body named with them ("…," said researchers; "…," one person said
 * during public comment): unnamed, not no one.
 */
const UNNAMED_AFTER = new RegExp(String.raw`^[\s,.]*(?:${SPEECH_AFTER}\s+)?(?:[\p{Ll}\d-]+\s+){0,3}?(?:officials?|sources?|people|person|insiders?|experts?|analysts?|observers?|diplomats?|aides?|someone|critics|researchers|scientists|witnesses|residents|neighbou?rs|employees|workers|staff|voters|locals|parents|activists)\b(?![^.;!?]*\b(?:at|of|from|for|with)\s+(?:the\s+)?\p{Lu})`, 'u');
/** The writer speaks or thinks, in the first person, right before the quotation ("I thought", "I told him:"). */
const WRITER_SPEAKS = /\bI(?:['’]d|['’]ll|\s+(?:would|will|might|could))?\s+(?:think|thought|wonder|wondered|say|said|ask|asked|replied|write|wrote|(?:tell|told)\s+(?:myself|him|her|them))\s*(?:to\s+myself\s*)?[,:]?\s*$/u;
const ILLUSTRATION = /\b(?:thoughts?|questions?|doubts?|fears?|feelings?|worries|mantra|motto|slogan|refrain|attitude|mindset|logic|reasoning|thinking|sentiment)\b[^.;:“”"]{0,60}:\s*$/iu;
const CREDITED_LATER = new RegExp(String.raw`,\s+(?:${SPEECH_AFTER}\s+(?<verbThenName>${PERSON})|(?<nameThenVerb>(?:${HONORIFICS})?[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)*)\s+${SPEECH_AFTER}\s*[.!?]?\s*$)`, 'u');
/** A name and a verb of saying right after a quotation closed with a full stop (“… for him.” Lee told the paper.). */
const NAMED_AFTER_STOP = new RegExp(String.raw`^\s*(?:${HONORIFICS})?[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)*\s+${SPEECH}\b`, 'u');
const SPEAKER_BEFORE = new RegExp(String.raw`([^.;]*?)\b${SPEECH}\b(?:\s+[^.;“"]{0,60}?)?(?:\s+that)?[\s,:]*$`, 'u');
/** What SPEAKER_BEFORE needs, tested first: its lazy opening is tried from every position of a clause that has no verb of saying. */
const SPEECH_WORD = new RegExp(String.raw`\b${SPEECH}\b`, 'u');
/** Words that say a quotation follows, from whom ("a passage worth quoting:"). */
const QUOTING = /\b(?:quote|quotes|quoted|quoting)\b/u;
/** What someone said, named before a colon ("The board's statement:", "Her reply read:"): it introduces their words. */
const STATEMENT = /\b(?:statement|remarks|comments?|reply|response|answer|message|announcement|testimony|tweet|post)\b/iu;
const PERSON_NAME = new RegExp(PERSON, 'u');
const VAGUE_QUANTIFIERS = sourcing.vagueQuantifiers.map((v) => new RegExp(`\\b${v}\\b`, 'i'));

/** The name SPEAKER_AFTER found, whichever of its forms matched. */
function speakerAfter(m: RegExpExecArray | null): string | undefined {
  const g = m?.groups;
  return g === undefined ? undefined : g.roleThenName ?? g.nameThenVerb ?? g.verbThenName ?? g.verbThenRole;
}

/** Who speaks the quote, from the clause before it or the words after it, and whether a reader could trace them. */
function judge(ctx: FlagContext, view: TextView, sentence: Sentence, q: Span): Verdict {
  // A quotation that opens its sentence may be introduced by the one before ("A spokesman for the board said:").
  const own = view.text.slice(sentence.start, q.start - 1);
  const previous = view.sentences[sentence.index - 1];
  // So may one that names its speaker before a colon with no verb of saying ("The last word goes to Ann Lee of Acme:"),
  // or what someone said ("The mayor's statement:").
  const introduced = !own.trim() && previous !== undefined && sentence.paragraph - previous.paragraph <= 1 && /:\s*$/u.test(previous.text) && (SPEECH_WORD.test(previous.text) || QUOTING.test(previous.text) || STATEMENT.test(previous.text) || PERSON_NAME.test(withoutQuotations(previous.text)));
  // Words inside another quotation describe no speaker: a sentence the splitter ran on ("…,” Ann Lee said on Oct. 12. “…”)
  // holds the last quotation, whose "some of the best" is no vague source.
  const before = withoutQuotations(introduced ? previous.text : own);
  // A quotation of several sentences is credited in the sentence its last one closes (“… winter. We are ready,” said Ann Lee, …).
  const creditEnd = Math.max(sentence.end, sentenceAt(view, q.end)?.end ?? sentence.end);
  const afterEnd = Math.min(view.text.length, Math.max(creditEnd, q.end + 80));
  const after = view.text.slice(q.end + 1, afterEnd);
  const whole = view.text.slice(sentence.start, creditEnd);

  // An outlet named next to the quote makes it traceable to that outlet's report.
  const outletNear = ctx.bodyOutlets.some((o) => o.how !== 'unnamed' && o.how !== 'anaphor' && o.start >= sentence.start - 1 && o.start <= afterEnd);
  // Speaker after the quote: ", Bloomberg reported", "," said Jane Doe, head of X"
// The words after the quote name its speaker only when the quote closes a clause (“…,” she said).
  const closesClause = /[,?!]\s*$/u.test(view.text.slice(q.start, q.end)) || /^\s*,/u.test(after) || NAMED_AFTER_STOP.test(after);
  // A quotation inside a clause is credited where the sentence goes on: "…" for the pupils' sake, says Ann Lee.
  // So may one closing a clause, where words of the sentence stand between (“…,” by the evening, Ann Lee said).
  const creditedLater = () => CREDITED_LATER.exec(view.text.slice(q.end + 1, creditEnd));
  const trailing = closesClause ? SPEAKER_AFTER.exec(after) ?? creditedLater() : creditedLater();
  // Speaker before: "Jane Doe, head of X, warned that “…”", "according to X, … “…”", "in the words of X, “…”"
  const speechBefore = SPEECH_WORD.test(before) ? SPEAKER_BEFORE.exec(before) : null;
  const according = /\b(?:according\s+to|in\s+the\s+words\s+of)\s+([^,]+)/iu.exec(whole);
  const subject = lastNamedClause(speechBefore?.[1]) ?? speakerAfter(trailing) ?? according?.[1] ?? firstClause(before);

  // Words shown as a thought, a question or a motto, no one saying them ("the doubts newcomers voice: “I have nothing to say.”").
  if (!introduced && ILLUSTRATION.test(before) && !SPEECH_WORD.test(before)) return { ok: true };
  // The writer's own words or thoughts (I said: “…”; I thought “…”): the byline credits them.
  if (WRITER_SPEAKS.test(before)) return { ok: true };
  if (HEARSAY.test(before) && DOCUMENT.test(before)) return { ok: false, reason: 'The quoted words come from a document the story knows only through other reporting; readers cannot check it.' };
  if (outletNear && !VAGUE.test(subject)) return { ok: true };
  // A crowd's chant ("…!" protesters shouted; marchers chanting "…") is no one's statement to check.
  if ((closesClause && CROWD_AFTER.test(after)) || CROWD_BEFORE.test(before)) return { ok: true };
  // "…," she said: the speaker was named just before, in this sentence or the one before. "They" after names in this
  // sentence are those bodies ("Acme and its partner Brightwater Marine will seek approval “…,” they said"); "it", a body
  // or a document named in this sentence or the one before ("according to the FAQ. “…,” it said").
  const pronoun = closesClause ? pronounSpeaker(after)?.toLowerCase() ?? null : null;
  if (pronoun === 'it') return namesAnOrganisation(before) || namesAnOrganisation(view.sentences[sentence.index - 1]?.text ?? '') ? { ok: true } : { ok: false, reason: NO_SPEAKER_NAMED };
  const named = pronoun === null ? null : PERSON_NAME.exec(before);
  if (named) return pronoun === 'they' ? { ok: true } : judgeNamed(view, before, named[0], '');
  if (pronoun !== null) return judgePrevious(view, sentence);
  if (/^\s*(?:he|she|they)\s*$/iu.test(subject)) return judgePrevious(view, sentence);
  // A quotation standing alone, credited on the short line under it ("David Lee, Harbour Post"), as testimonials and pull quotes are.
  const creditLine = !subject.trim() ? creditLineAfter(view, sentence.paragraph) : null;
  if (creditLine) return judgeNamed(view, '', creditLine.person, creditLine.line);
  // Or after a dash on its own line, as an epigraph is (“…” — Ann Lee).
  const signed = !subject.trim() ? SIGNED_AFTER.exec(after)?.[1] : undefined;
  if (signed) return judgeNamed(view, '', signed, after.split('\n', 1)[0]!);
  // Or by name and role with no verb, as a press release credits it (“…,” Ann Lee, director of the Tarnport Ferry Office.).
  const titled = !subject.trim() && closesClause ? NAMED_WITH_ROLE_AFTER.exec(after) : null;
  if (titled && !SPEECH_AFTER_WORD.test(titled[2]!)) return judgeNamed(view, '', titled[1]!, titled[2]!);
  if (!subject.trim()) return closesClause && UNNAMED_AFTER.test(after) ? { ok: false, reason: UNNAMED_PEOPLE } : { ok: false, reason: NO_SPEAKER_NAMED };

  const person = PERSON_NAME.exec(subject);
  // The speaker's description: the sentence without the quoted words themselves. A name in the possessive says whose the
  // speaker is ("Ann Lee’s lawyer said …") or whose is what is quoted ("Harbour Quest’s “tap to jump” button"), not who speaks.
  const possessive = person !== null && (/['’]s$/u.test(person[0]) || /^['’]s(?!\p{L})/u.test(subject.slice(person.index + person[0].length)));
  if (person && !ORG.test(person[0]) && !possessive) return judgeNamed(view, before, person[0], view.text.slice(q.end + 1, creditEnd));
  if (VAGUE.test(subject) || VAGUE_QUANTIFIERS.some((re) => re.test(subject))) {
    return { ok: false, reason: UNNAMED_PEOPLE };
  }
  return { ok: true, speaker: subject };
}

/** The text with other quotations blanked out, so that offsets into it still hold. */
function withoutQuotations(text: string): string {
  return text.replace(QUOTED, (q) => ' '.repeat(q.length));
}
const QUOTED = /“[^“”]*”|"[^"]*"/gu;

/** The person credited on the short line after a paragraph that is one quotation, and that line. */
function creditLineAfter(view: TextView, paragraph: number): { person: string; line: string } | null {
  const block = view.blocks[paragraph];
  const next = view.blocks[paragraph + 1];
  if (!block || !next || !QUOTE_OPENING.test(block.text) || !/["”»]\s*$/u.test(block.text) || countWords(next.text) > CREDIT_LINE_WORDS) return null;
  // A person's name opens the line, not a subheading's words ("Policy Shortcomings").
  const person = CREDIT_LINE.exec(next.text)?.[1];
  return person && opensWithGivenName(person) ? { person, line: next.text } : null;
}
const CREDIT_LINE_WORDS = 10;
/** A dash and a name closing the quotation's line (“…” — Ann Lee, “…” ~ Ann Lee (1990)). */
const SIGNED_AFTER = new RegExp(String.raw`^[^\S\n]*\\?[—–~-][^\S\n]*(${PERSON})[^\S\n]*(?:[,(\n]|$)`, 'u');
/** A name, a comma and a role closing the sentence after a quotation, with no verb: the press release's credit. */
const NAMED_WITH_ROLE_AFTER = new RegExp(String.raw`^[^\S\n]*(${PERSON}),[^\S\n]+((?:[^.!?;:“”"\n]|\.(?=\p{L}|\s+\p{Ll})){2,120})(?:\.(?!\S)|[^\S\n]*(?:\n|$))`, 'u');
const CREDIT_LINE = new RegExp(String.raw`^\s*[—–-]?\s*(${PERSON})\s*(?:,|$)`, 'u');

/** A named speaker is traceable with a body: named beside them, in their title, or as whose role they hold, here or where the story names them in full. */
function judgeNamed(view: TextView, before: string, person: string, rest: string): Verdict {
  // Words quoted from the speaker's published work are checked in that work ("Ann Lee writes in her book …").
  if (PUBLISHED_WORK.test(before) || PUBLISHED_WORK.test(rest)) return { ok: true, speaker: person };
  if (affiliated(person, `${before} ${rest}`) || affiliatedElsewhere(view, person)) return { ok: true, speaker: person };
  return unaffiliated(person);
}

const PUBLISHED_WORK = /\b(?:in|from)\s+(?:his|her|their|the|a|an)\s+(?:new\s+|latest\s+|first\s+)?(?:book|novel|memoir|autobiography|essay|column|op-ed|article|paper|blog\s+post)\b/u;

const HONORIFIC_BEFORE_NAME = new RegExp(`^${HONORIFICS}`, 'u');

function unaffiliated(person: string): Verdict {
  return { ok: false, reason: `The quotation is credited to ${person.replace(HONORIFIC_BEFORE_NAME, '')} with no organisation a reader could check.`, speaker: person };
}

/** The name holds a body or an office ("Tarn District Court Judge Ann Lee", "The Prime Minister"), or the sentence names one beside it. */
function affiliated(person: string, sentence: string): boolean {
  const role = sentence.replace(person, ' ');
  const at = sentence.indexOf(person);
  const beside = at >= 0 && (SPEAKS_FOR.test(sentence.slice(Math.max(0, at - 12), at)) || holdsPublicOffice(sentence, at, at + person.length));
  return ORG.test(person) || NOT_A_PERSON.test(person) || WHOSE_PERSON.test(person) || OFFICE_ALONE.test(person) || OFFICE_BEFORE.test(person) || beside || PUBLIC_ADDRESS.test(role) || AFFILIATION.test(role) || namesAnOrganisation(role);
}

// Offices whose holder is public record ("Ann Lee, the acting premier", "assistant district attorney Tom Hale"): the office is what
// a reader checks, with no body named beside it. Written in small letters here; in capitals as the run of the name, OFFICE_BEFORE reads them.
const PUBLIC_OFFICES = sourcing.publicOffices.map((o) => o.replace(/\s+/gu, '\\s+')).join('|');
const PUBLIC_OFFICE_AFTER = new RegExp(String.raw`^\s*,\s*(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:${PUBLIC_OFFICES})\b`, 'u');
const PUBLIC_OFFICE_BEFORE = new RegExp(String.raw`\b(?:${PUBLIC_OFFICES})\s+$`, 'u');
/** Words said to a whole nation ("in an address to the nation", "in a televised speech") or at a press conference are on public record, whoever speaks. */
const PUBLIC_ADDRESS = /\b(?:(?:told|at|during|in)\s+an?\s+(?:press|news)\s+(?:briefing|conference)|address(?:ed|es|ing)?\s+the\s+nation|(?:address|update|speech|broadcast|message)\s+to\s+the\s+nation|televised\s+(?:address|speech|statement)|state\s+of\s+the\s+(?:union|nation)\s+(?:address|speech))\b/iu;

/**
 * The capitals follow "a spokesman for", "the head of": they name the body the speaker speaks for, not the speaker. Not
 * after a talk ("I spoke with Ann Lee", "sat down with"), which names the one talked to.
 */
const SPEAKS_FOR = /\b(?:for|of|at|from|(?<!\b(?:spoke|spoken|speaking|talked|talking|chatted|met|down|up)\s+)with)\s+(?:the\s+)?$/u;

/** The office stands as an aside after the name ("Ann Lee, the acting premier,") or in small letters right before it. */
function holdsPublicOffice(sentence: string, start: number, end: number): boolean {
  return PUBLIC_OFFICE_AFTER.test(sentence.slice(end)) || PUBLIC_OFFICE_BEFORE.test(sentence.slice(0, start));
}
/** A name after whose person it is ("Tarn Port's Ann Lee", "Acme's Ann Lee"): the body, or the one they work for, is named with them. */
const WHOSE_PERSON = /^\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*)*['’]s\s+\p{Lu}/u;
/** A run of capitals opening with "The" names a body, a place or an office, not a person ("The Albert Quay", "The Prime Minister"). */
const NOT_A_PERSON = /^The\s/u;
/** An office alone ("Prime Minister"): a word before it may be a given name ("Rose Prince"), so none is allowed. */
const OFFICE_ALONE = new RegExp(`^(?:${headline.officeTitles.map((t) => t.replace('.', '\\.')).join('|')})$`, 'u');

/**
 * Named again by surname ("…," said Lee) or in full, a speaker the story names elsewhere with a body ("Ann Lee of the Port Authority")
 * is traceable. A body inside the quoted words there is no affiliation ("“Tarn Ferries let us down,” Ann Lee said").
 */
function affiliatedElsewhere(view: TextView, person: string): boolean {
  // Asked once per speaker and story: a story quoting one speaker on every line would otherwise read every sentence per quotation.
  let known = AFFILIATED_ELSEWHERE.get(view);
  if (!known) AFFILIATED_ELSEWHERE.set(view, (known = new Map()));
  let answer = known.get(person);
  if (answer === undefined) known.set(person, (answer = namedElsewhereWithBody(view, person)));
  return answer;
}
const AFFILIATED_ELSEWHERE = new WeakMap<TextView, Map<string, boolean>>();

function namedElsewhereWithBody(view: TextView, person: string): boolean {
  const surname = /(\p{Lu}[\p{L}'’-]+)$/u.exec(person)?.[1];
  if (!surname || surname.length < 3) return false;
  for (const s of view.sentences) {
    if (!s.text.includes(surname)) continue;
    const outside = unquoted(view).slice(s.start, s.end);
    for (const m of outside.matchAll(PERSON_NAMES)) {
      if ((m[0] === person || m[0].endsWith(` ${surname}`)) && affiliated(m[0], outside)) return true;
    }
  }
  return false;
}

const PERSON_NAMES = new RegExp(PERSON, 'gu');

const CROWD = `(?:${sourcing.crowds.join('|')})`;
const CROWD_AFTER = new RegExp(String.raw`^[\s,.]*(?:the\s+)?(?:[\p{Ll}-]+\s+)?${CROWD}\s+(?:shouted|chanted|yelled|sang|screamed|cried\s+out)\b`, 'u');
const CROWD_BEFORE = new RegExp(String.raw`\b${CROWD}\b[^.;“”"]{0,120}\b(?:chanting|shouting|chanted|shouted|yelling|singing)\s*[:,]?\s*$`, 'iu');

function pronounSpeaker(after: string): string | null {
  return PRONOUN_SPEAKS.exec(after)?.[1] ?? null;
}
// Not "they say": after a quotation it reports what people say in general (“…?” They say it is because …).
const PRONOUN_SPEAKS = new RegExp(String.raw`^[\s,.]*(he|she|they|it)\s+(?!say\b)${SPEECH_AFTER}\b`, 'iu');

/** A person a pronoun stands for: the name, where it stands in its sentence, and that sentence. */
type Antecedent = { name: string; at: number; sentence: string };

/** A pronoun speaker is as traceable as the person the previous sentence names. */
function judgePrevious(view: TextView, sentence: Sentence): Verdict {
  // The sentence before, in the paragraph or closing the one before ("Governor Ann Lee spoke today.\n\nShe said: "…"").
  const previous = view.sentences[sentence.index - 1];
  if (!previous || sentence.paragraph - previous.paragraph > 1) return { ok: false, reason: NO_SPEAKER_NAMED };
  // A sentence whose subject is "he" or "she" goes on about someone named before it: a name later in it is someone
  // else's or a place's ("He visits the Upper Tarn councils. “…,” he said."), so the search goes further back.
  if (PRONOUN_SUBJECT.test(previous.text)) return { ok: false, reason: NO_SPEAKER_NAMED, unresolved: true };
  // A name inside quotation marks is words said, not the speaker (“Tarnport?” you ask. “Yes,” he says.).
  const found = PERSON_NAME.exec(withoutQuotations(previous.text));
  // A picture's credit names the photographer, and an outlet's name no speaker.
  if (PHOTO_CREDIT.test(previous.text) || (found && OUTLET_NAME.test(found[0]))) return { ok: false, reason: NO_SPEAKER_NAMED };
  // A person described, not named ("The doctor apologised. "I'm sorry," she said."), is as traceable as a subject so described before the quote.
  // A speaker named by the surname alone, as news names someone again ("Biden said he had signed off."), as "…," Stark says.
  // So is one the sentence opens with, named in full elsewhere in the story ("Biden, in remarks on Friday, hailed …").
  if (!found && (surnameSpeaking(previous.text) || subjectSurname(previous.text, view.text))) return { ok: true };
  if (!found && DESCRIBED_PERSON.test(previous.text)) return VAGUE.test(previous.text.slice(0, 60)) ? { ok: false, reason: NO_SPEAKER_NAMED } : { ok: true };
  return found ? judgeAntecedentNamed(view, { name: found[0], at: found.index, sentence: previous.text }) : { ok: false, reason: NO_SPEAKER_NAMED, unresolved: true };
}

/** A sentence opening with "he" or "she" and its verb. */
const PRONOUN_SUBJECT = /^\s*(?:He|She)\s+\p{Ll}/u;

function judgeAntecedentNamed(view: TextView, person: Antecedent): Verdict {
  // The name run may hold the body's own name before the person's ("Minnesota District Court Judge Ann Lee").
  if (affiliated(person.name, person.sentence) || affiliatedElsewhere(view, person.name) || /['’]s\s+[\p{Ll}]+\s*,?\s*$/u.test(person.sentence.slice(0, person.at))) return { ok: true };
  return unaffiliated(person.name);
}

/**
 * The speaker "she" stands for when the sentence before names no one: the person a sentence before opens with, or, further
 * on in a feature, the person its lede opens with.
 */
function judgeAntecedent(view: TextView, sentence: Sentence): Verdict | null {
  const person = lastSubjectBefore(view, sentence.index - 1) ?? ledeSubject(view, sentence.index - PRONOUN_REACH);
  return person && judgeAntecedentNamed(view, person);
}

/** The name's first word after any title is a given name the lexicon knows ("Dr. Ann Lee"), as a place's or a team's is not. */
function opensWithGivenName(name: string): boolean {
  return isGivenName(name.replace(TITLE_BEFORE_NAME, '').split(/\s/u)[0]!.toLowerCase());
}
const TITLE_BEFORE_NAME = new RegExp(`^${TITLES}`, 'u');

/** Sentences within which the lede stands (its paragraphs come after the page's first lines). */
const LEDE_REACH = 20;
/** The person, named with a given name, that a sentence of the lede opens with; only for sentences before `before`. */
function ledeSubject(view: TextView, before: number): Antecedent | null {
  for (const s of view.sentences) {
    if (s.index >= before || s.index >= LEDE_REACH) break;
    if (!s.lede) continue;
    const text = withoutQuotations(s.text);
    const full = SUBJECT_PERSON.exec(text);
    const name = full?.[1];
    if (full && name && opensWithGivenName(name)) return { name, at: full[0].length - name.length, sentence: text };
  }
  return null;
}

/** Sentences looked back through for the person "she" stands for. */
const PRONOUN_REACH = 40;
/** How far after a named speaker's quotation a "he said" that finds no one nearer is still theirs: paragraphs, and characters read. */
const NAMED_REACH = 3;
const NAMED_REACH_CHARS = 2000;

/** No one is named between the speaker's quotation and this one, which stands close after it (no heading between either). */
function stillSpeaking(view: TextView, from: Sentence, to: Sentence): boolean {
  if (to.paragraph - from.paragraph > NAMED_REACH || to.start - from.end > NAMED_REACH_CHARS) return false;
  for (let i = from.index + 1; i < to.index; i++) {
    const between = view.sentences[i]!;
    if (HEADING.test(between.text) || PERSON_NAME.test(withoutQuotations(between.text))) return false;
  }
  return true;
}
const HEADING = /^\s*#/u;
/**
 * The nearest sentence before `from` that credits words to a surname ("…, said Lee.") or opens with a person: a given name and a surname ("Ann Lee, a nurse, grew up …"),
 * or a surname alone that the story gives in full ("Lee once fell asleep …", "Unable to find a car, Lee …"). Only a sentence's subject counts: a name
 * later in it is often someone else's ("He doesn't like Hale").
 */
function lastSubjectBefore(view: TextView, from: number): Antecedent | null {
  for (let i = from; i >= 0 && i > from - PRONOUN_REACH; i--) {
    const text = withoutQuotations(view.sentences[i]!.text);
    // A sentence that credits its words to a surname ("…, said Lee.") names its speaker.
    const credit = CREDITED_SURNAME.exec(text)?.[1];
    const credited = credit === undefined || !mayBeSurname(credit) ? null : namedInFull(view, credit, false);
    if (credited) return credited;
    const full = SUBJECT_PERSON.exec(text);
    if (full) {
      const name = full[1]!;
      if (opensWithGivenName(name)) return { name, at: full[0].length - name.length, sentence: text };
      continue;
    }
    const surname = SUBJECT_SURNAME.exec(text)?.[1];
    const person = surname === undefined || !mayBeSurname(surname) ? null : namedInFull(view, surname, true);
    if (person) return person;
  }
  return null;
}
const CREDITED_SURNAME = new RegExp(String.raw`\b${SPEECH}\s+(\p{Lu}\p{Ll}{2,}[\p{L}'’-]*)\s*[.,;]`, 'u');
const SUBJECT_PERSON = new RegExp(String.raw`^\s*(${PERSON})`, 'u');
/** A surname opening the sentence, or its main clause after a short one ("Unable to find a car, Lee and her family walked south"). */
const SUBJECT_SURNAME = /^\s*(?:[^,]{0,60},\s+)?(\p{Lu}\p{Ll}{2,}[\p{L}'’-]*)\s+\p{Ll}/u;

/** Not a pronoun, an opener, a body, a country or an everyday word ("The", "However", "Ministry", "Weather"). */
function mayBeSurname(word: string): boolean {
  return !NOT_ORGANISATIONS.has(word) && !OPENING_WORDS.includes(word) && !VAGUE.test(word) && !ORG.test(word) && !countryOf(word) && !isCommonWord(word.toLowerCase(), 20);
}

/** Where the story names `surname` after a first name ("Ann Lee"); with `given`, only a first name the lexicon knows. */
function namedInFull(view: TextView, surname: string, given: boolean): Antecedent | null {
  const index = fullNamesOf(view);
  const key = `${given ? 'given' : 'any'} ${surname}`;
  if (index.found.has(key)) return index.found.get(key)!;
  let person: Antecedent | null = null;
  for (const { first, at } of index.pairs.get(surname) ?? []) {
    if (PLACE_PREFIXES.has(first) || NOT_ORGANISATIONS.has(first) || OPENING_WORDS.includes(first) || (given && !isGivenName(first.toLowerCase()))) continue;
    const sentence = view.sentences.find((s) => s.start <= at && at < s.end);
    if (sentence) person = { name: `${first} ${surname}`, at: at - sentence.start, sentence: sentence.text };
    if (person) break;
  }
  index.found.set(key, person);
  return person;
}

/**
 * Every pair of capitalised words in the text ("Ann Lee"), by its second word, read in one pass and kept with the view:
 * looking a surname up must not cost a pass over the text each time, or a hostile text of many "she said"s costs its
 * length squared. `found` keeps each answer.
 */
type FullNames = { pairs: Map<string, { first: string; at: number }[]>; found: Map<string, Antecedent | null> };
const fullNames = new WeakMap<TextView, FullNames>();
function fullNamesOf(view: TextView): FullNames {
  const known = fullNames.get(view);
  if (known) return known;
  const pairs = new Map<string, { first: string; at: number }[]>();
  // The second word is read ahead, so that it may open the next pair too ("Ann Lee Hale": "Ann Lee", "Lee Hale").
  for (const m of view.text.matchAll(FULL_NAME)) {
    const list = pairs.get(m[2]!) ?? [];
    if (list.length < FULL_NAMES_KEPT) list.push({ first: m[1]!, at: m.index });
    pairs.set(m[2]!, list);
  }
  const index = { pairs, found: new Map<string, Antecedent | null>() };
  fullNames.set(view, index);
  return index;
}
// Letters, not \b, bound the words: \b reads "ö" or "ß" as no word character.
const FULL_NAME = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+) (?=(\p{Lu}\p{Ll}{2,}[\p{L}'’-]*)(?![\p{L}'’-]))/gu;
/** First words kept for a surname: the first few places it is named in full are enough to find one that passes. */
const FULL_NAMES_KEPT = 8;

const PHOTO_CREDIT = /\b(?:Photo(?:graph)?|Picture|Image)s?\s*(?:by|:|credit)|\bCredit:/iu;
/** A name ending in a masthead's word ("Aspen Times"): an outlet's, as the outlet finder reads one. */
const OUTLET_NAME = new RegExp(String.raw`\s(?:${outlets.mastheadWords.join('|')})$`, 'u');

/** A sentence opening with someone described by a noun ("The poor doctor …", "A local farmer …"). */
const DESCRIBED_PERSON = new RegExp(String.raw`^\s*(?:The|A|An)\s+(?:[\p{Ll}-]+\s+){0,2}(?:${sourcing.describedPeople.join('|')})\b`, 'u');

/** A capitalised word right before a verb of saying, no pronoun, opener or vague word: a surname speaking. */
function surnameSpeaking(text: string): boolean {
  for (const m of text.matchAll(SURNAME_SPEAKS)) {
    const word = m[1]!;
    // An acronym names a body, not a person ("a journalist close to AQAP explained").
    if (!NOT_ORGANISATIONS.has(word) && !OPENING_WORDS.includes(word) && !VAGUE.test(word) && !ORG.test(word) && /\p{Ll}/u.test(word)) return true;
  }
  return false;
}
/** The sentence's subject is one capitalised word that the story names someone by in full ("Joe Biden" … "Biden, in …, hailed"). */
function subjectSurname(sentence: string, story: string): boolean {
  const word = SUBJECT_WORD.exec(sentence)?.[1];
  if (!word || NOT_ORGANISATIONS.has(word) || OPENING_WORDS.includes(word) || VAGUE.test(word) || ORG.test(word) || countryOf(word)) return false;
  for (const m of story.matchAll(new RegExp(String.raw`(\p{Lu}[\p{L}'’-]+) ${word}\b`, 'gu'))) if (!PLACE_PREFIXES.has(m[1]!) && !NOT_ORGANISATIONS.has(m[1]!)) return true;
  return false;
}
const SUBJECT_WORD = /^\s*(\p{Lu}\p{Ll}[\p{L}'’-]*)(?:,|\s+\p{Ll}+(?:ed|s)\b)/u;
/** Words that open a place's name ("New York", "West Texas"), not a given name. */
const PLACE_PREFIXES = new Set(sourcing.placeOpeners);
const SURNAME_SPEAKS = new RegExp(String.raw`(?:^|[\s,])(\p{Lu}[\p{L}'’-]+)\s+${SPEECH}\b`, 'gu');

/**
 * The words before the verb of saying; only their last clause when that names someone and the rest holds vague words
 * ("Asked what he thought when people …, Walter said"): the clause before the verb is its subject.
 */
function lastNamedClause(words: string | undefined): string | undefined {
  if (words === undefined || !VAGUE.test(words)) return words;
  const last = words.slice(words.lastIndexOf(',') + 1);
  return /\p{Lu}\p{Ll}/u.test(last) && !VAGUE.test(last) ? last : words;
}

function firstClause(text: string): string {
  return text.split(/[,;]/)[0] ?? '';
}

/** Paragraph `to` goes on from a quotation in paragraph `from`: the same paragraph, the next, or only paragraphs opening with a quotation mark between. */
function goesOnQuoting(view: TextView, from: number, to: number): boolean {
  for (let p = from + 1; p < to; p++) if (!QUOTE_OPENING.test(view.blocks[p]?.text ?? '')) return false;
  return to >= from;
}
const QUOTE_OPENING = /^\s*["“‘'«„]/u;

/** Paragraphs a quotation may run on over before the paragraph that closes it. */
const RUN_ON_PARAGRAPHS = 6;

/**
 * Where a quotation that opens paragraph `paragraph` began, when it goes on from paragraphs left unclosed, as a quotation
 * run on over paragraphs is written: the unclosed part (from its opening mark to the end of its paragraph) and its sentence.
 */
function runOnFrom(view: TextView, paragraph: number, q: Span): { quote: Span; sentence: Sentence } | null {
  const block = view.blocks[paragraph];
  if (!block || !QUOTE_OPENING.test(view.text.slice(block.start, q.start))) return null;
  for (let p = paragraph - 1; p >= 0 && paragraph - p <= RUN_ON_PARAGRAPHS; p--) {
    const earlier = view.blocks[p]!;
    const open = unclosedOpening(earlier.text);
    if (open < 0) return null;
    // A paragraph that opens with its mark runs on from the one before it; the first names the speaker before its mark.
    if (!earlier.text.slice(0, open).trim()) continue;
    const quote = { start: earlier.start + open + 1, end: earlier.start + earlier.text.length };
    const sentence = sentenceAt(view, quote.start);
    return sentence && { quote, sentence };
  }
  return null;
}

/** The offset of a paragraph's last opening mark that nothing closes (curly, or an odd straight one), or -1. */
function unclosedOpening(text: string): number {
  const curly = unclosedFrom(text, '“', '”');
  if (curly >= 0) return curly;
  let straight = -1;
  let count = 0;
  for (let at = text.indexOf('"'); at >= 0; at = text.indexOf('"', at + 1)) {
    straight = at;
    count++;
  }
  return count % 2 === 1 ? straight : -1;
}

/** The last capitalised word of a speaker's name ("Ann Lee" -> "Lee"); empty for a description ("a harbour worker"). */
function surnameOf(speaker: string): string {
  const words = (speaker.split(/\s(?:of|from)\s/u)[0] ?? '').match(/\p{Lu}[\p{L}'’-]+/gu) ?? [];
  const last = words[words.length - 1] ?? '';
  return NOT_ORGANISATIONS.has(last) ? '' : last;
}

/** Sentences back within the paragraph that a quotation with no speaker may go on from reported words. */
const REPORTED_REACH = 2;
/**
 * How traceable the speaker is whom a sentence just before, in the quotation's paragraph, credits reported words to ("…, Lee
 * says.", "According to Lee, …", "…, she said."), with no one else named between; null where no such sentence stands.
 */
function reportedBefore(view: TextView, sentence: Sentence): Verdict | null {
  for (let i = sentence.index - 1; i >= 0 && i >= sentence.index - REPORTED_REACH; i--) {
    const s = view.sentences[i]!;
    if (s.paragraph !== sentence.paragraph) return null;
    const text = withoutQuotations(s.text);
    const credit = CREDITED_SURNAME.exec(text)?.[1] ?? REPORTED_BY.exec(text)?.[1] ?? ACCORDING_TO_SURNAME.exec(text)?.[1];
    if (credit !== undefined && mayBeSurname(credit)) return judgeNamed(view, '', credit, '');
    // "…, she said.": the person the pronoun stands for, as for a quotation it credited.
    if (REPORTED_BY_PRONOUN.test(text)) {
      const verdict = judgePrevious(view, s);
      return verdict.ok || !verdict.unresolved ? verdict : judgeAntecedent(view, s);
    }
    if (PERSON_NAME.test(text)) return null;
  }
  return null;
}
/** Reported words closed by their speaker's surname and a verb of saying ("…, Lee says."). */
const REPORTED_BY = new RegExp(String.raw`,\s+(\p{Lu}\p{Ll}{2,}[\p{L}'’-]*)\s+${SPEECH}\s*[.;]\s*$`, 'u');
/** Reported words closed by "he" or "she" and a verb of saying ("…, she said."). */
const REPORTED_BY_PRONOUN = new RegExp(String.raw`,\s+(?:he|she)\s+${SPEECH}\s*[.;]\s*$`, 'u');
/** Reported words credited to a surname before them ("According to Lee, the quay is safe."). */
const ACCORDING_TO_SURNAME = new RegExp(String.raw`^\s*According\s+to\s+(?:${HONORIFICS})?(\p{Lu}\p{Ll}{2,}[\p{L}'’-]*)\s*,`, 'u');

/**
 * The writer says whom they interviewed: "I talked with Ann Lee", "I sat down with Lee", "I interviewed Lee", "I asked Lee",
 * "My first question to Ann Lee", "Lee told me".
 */
const INTERVIEWED = new RegExp(
  String.raw`\bI\s+(?:talked|spoke|chatted|sat\s+down|caught\s+up)\s+(?:at\s+length\s+|recently\s+|briefly\s+)?with\s+(?<withName>${PERSON}|(?!${OPENERS})[A-Z][\p{L}'-]+)|\bI\s+(?:interviewed|asked)\s+(?<objectName>${PERSON}|(?!${OPENERS})[A-Z][\p{L}'-]+)|\b[Mm]y\s+(?:first|next|last|final|opening)\s+question\s+(?:to|for)\s+(?<askedName>${PERSON}|(?!${OPENERS})[A-Z][\p{L}'-]+)|(?<subjectName>${PERSON}|(?!${OPENERS})[A-Z][\p{L}'-]+)\s+told\s+me\b`,
  'u',
);

/**
 * The person the writer interviewed, named in full where the story gives the name in full, with the words a later
 * sentence may call them by and the verdict on them as a named speaker; null when the writer names no one.
 */
function intervieweeOf(view: TextView): { names: Set<string>; verdict: Verdict } | null {
  // Most stories hold no interview sentence: a test for its verbs spares the name patterns a pass over every text.
  if (!INTERVIEW_VERBS.test(view.text)) return null;
  const m = INTERVIEWED.exec(unquoted(view));
  const said = m?.groups?.withName ?? m?.groups?.objectName ?? m?.groups?.askedName ?? m?.groups?.subjectName;
  if (!m || !said || countryOf(said)) return null;
  // "I talked with Lee": the name in full is where the story first gives it ("Ann Lee"); a word it never gives in a
  // name ("She told me") names no one.
  const full = /\s/u.test(said) ? said : fullNameWith(view.text, said);
  if (!full) return null;
  const names = new Set((full.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).filter((w) => w.length >= 3 && !NOT_ORGANISATIONS.has(w)));
  // Judged by where the story introduces them, not by the interview's sentence ("I talked with Lee about the fans at …").
  return names.size > 0 ? { names, verdict: judgeNamed(view, '', full, '') } : null;
}

/** The verbs INTERVIEWED needs, found without reading names. */
const INTERVIEW_VERBS = /\bI\s+(?:talked|spoke|chatted|sat|caught|interviewed|asked)\b|\btold\s+me\b|\bquestion\s+(?:to|for)\b/u;

/** The first full name in the text that holds the word ("Lee" in "Ann Lee"), or undefined. */
function fullNameWith(text: string, word: string): string | undefined {
  for (const p of text.matchAll(PERSON_NAMES)) if (p[0].split(/\s+/u).includes(word)) return p[0];
  return undefined;
}

function mentionsSpeaker(sentence: string, credited: ReadonlySet<string>): boolean {
  for (const m of sentence.matchAll(/\p{Lu}[\p{L}'’-]+/gu)) if (m[0].length >= 3 && credited.has(m[0])) return true;
  return false;
}
