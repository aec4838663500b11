import type { ContentClass } from './classify.ts';
import { alternation, COMMENT_NOUNS, NONE_OR_ONE, PUBLISHED_WORDS } from './cue-words.ts';
import { cueCategory } from './cues.ts';
import { isFactDate, printedDates } from './dates.ts';
import type { Features } from './features.ts';
import { closesWithMark, isSpace, testAtEnd, wordsOf } from './text.ts';
import type { Unit } from './units.ts';

/**
 * Reader comments: the section a page prints after the story, and comment
 * counts anywhere. The section is found by its structure: a heading that names
 * comments ("38 comments", "Leave a Reply", "Kommentare", "Commentaires (3)")
 * and then entries, each a short line naming the commenter with a date or
 * "said:", or a "Reply" button, followed by their text. Words name the
 * heading and the buttons in the common European languages; the entries are
 * recognised by shape (a short line with a date and time next to prose).
 */

/** Words that name comments (the comments' nouns), replies or a discussion (compounds such as "Leserkommentare" included). */
const COMMENT_WORD = new RegExp(
  String.raw`(?<!\p{L})(?:${alternation(COMMENT_NOUNS)}|commented|responses?|repl(?:y|ies)|antworten|(?:eine|deine|ihre) antwort|antwort schreiben|réponses?|respuestas?|risposte|odpowied\p{L}*|reacties?|réactions?|reactions?|comentários?|comentar|commenter|commentare|komentarz[eay]?|komentarzy|kommentit|kommentarer|hozzászólás(?:ok)?|discussion|discusión|discussione|dyskusj\p{L}*|diskutieren|diskussion|join the conversation|thoughts? on|gedanken zu|leserbriefe?|trackbacks?|pingbacks?)(?!\p{L})|kommentar\p{L}*|kommentier(?:en|e|t)(?!\p{L})`,
  'iu',
);
/** A stem of every COMMENT_WORD form, without its guards: tried first, as a look-behind tried at every position of a paragraph is slow. */
const COMMENT_HINT = /comment|respons|repl|antwort|réponse|respuesta|risposte|odpowied|reacti|réacti|comentar|comentár|komentarz|komment|hozzászólás|discus|conversation|dyskusj|disku|thought|gedanken zu|leserbrief|trackback|pingback/iu;

/** COMMENT_WORD.test(text), the hint first. */
function mentionsComments(text: string): boolean {
  return COMMENT_HINT.test(text) && COMMENT_WORD.test(text);
}

/** Calls to comment ("Leave a Reply", "Schreibe einen Kommentar", "Laisser un commentaire", "Dodaj komentarz"). */
const COMMENT_CALL = /^(?:leave|post|add|write|submit|join|view|show|read|hide|load)\b.{0,30}|^(?:schreibe|schreiben sie|hinterlasse|hinterlassen sie|kommentar\p{L}*|laisser|ajouter|écrire|deja|dejar|escribe|comentar|commentez|commenter|commentare|deixe|lascia|scrivi|laat|plaats|dodaj|napisz|skriv|lämna|jätä|kommentieren|diskutieren|dołącz)\b.{0,40}/iu;
/** A commenter's line ends in "said:" / "sagt:" / "a dit :" / "napisał:". */
const SAID = /(?<!\p{L})(?:says|said|wrote|writes|sagt|schrieb|schreibt|meint|écrit|a écrit|a dit|dice|dijo|escribió|scrive|ha scritto|schreef|zegt|napisał[a]?|pisze|skrev|skriver|sier|kirjoitti|írta)\s*[:：]?\s*$/iu;
/** Buttons under each comment. */
const REPLY = /^[[(]?(?:reply|replies|antworten|antwort|répondre|responder|rispondi|reageer|beantwoorden|odpowiedz|svara|svar|vastaa|válasz|report|melden|signaler|permalink|link to (?:this )?comment|zitieren|quote|like|gefällt mir|j'aime|me gusta)\b[^.!?]{0,30}$/iu;
const NOTIFY = /(?<!\p{L})(?:notify|notification|benachrichtig\p{L}*|notifi\p{L}*|avisa\p{L}*|avvisa\p{L}*|powiadom\p{L}*|e-?mail)(?!\p{L})/iu;
/** A comment's age, printed where a dump has no anchor for it ("14 minutes ago", "vor 3 Stunden", "il y a 2 jours", "hace 5 horas"). */
const AGE = String.raw`\d{1,3}\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|vor\s+\d{1,3}\s+(?:sekunden|minuten|stunden|tagen|wochen|monaten|jahren)|\d{1,3}\s+(?:sekunden?|minuten?|stunden?|tage?|wochen?|monate?|jahre?)\s+her|il y a\s+\d{1,3}\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)|hace\s+\d{1,3}\s+(?:segundos?|minutos?|horas?|días?|semanas?|mes(?:es)?|años?)`;
const AGO = new RegExp(String.raw`^(?:${AGE})(?!\p{L})`, 'iu');
/** An age with an article instead of a number ("an hour ago", "vor einer Stunde", "il y a une heure", "hace un día"). */
const AGE_ONE = String.raw`(?:an?|one)\s+(?:second|minute|hour|day|week|month|year)\s+ago|vor\s+(?:einer|einem)\s+(?:sekunde|minute|stunde|tag|woche|monat|jahr)|(?:eine?)\s+(?:sekunde|minute|stunde|tag|woche|monat|jahr)\s+her|il y a\s+(?:une?)\s+(?:seconde|minute|heure|jour|semaine|mois|an)|hace\s+(?:una?)\s+(?:segundo|minuto|hora|día|semana|mes|año)`;
const AGE_ANYWHERE = new RegExp(String.raw`(?<!\p{L})(?:${AGE}|${AGE_ONE})(?!\p{L})`, 'iu');
const DIGIT = /\d/u;
/** AGE_ANYWHERE's words without its guards, tried first: every age holds "ago", "vor", "her" ("1 Monat her"), "il y a" or "hace". */
const AGE_HINT = /ago|vor|\sher|il y a|hace/iu;
/** A short line that dates something by its age ("Published 3 hours ago", "vor einer Stunde"): a dateline without an anchor. */
export function isAgeLine(text: string): boolean {
  const m = text.length <= 80 && AGE_HINT.test(text) ? AGE_ANYWHERE.exec(text) : null;
  // Little else on the line: a label ("Published", "Aktualisiert"), not a teaser's headline with its age.
  return m !== null && wordsOf(text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length)).length <= AGE_LINE_OTHER_WORDS;
}
const AGE_LINE_OTHER_WORDS = 3;
/** A line opening with an age: a comment's, unless it says what was published and by whom (a teaser's "3 days ago by X"). */
function isAged(t: string): boolean {
  return AGO.test(t) && !PUBLISHED.test(t) && !/^\S+\s+\S+\s+\S+\s+(?:\S+\s+)?(?:by|von|par|por|di|door|przez)\s/iu.test(t);
}
/** A reply button closing a commenter's line ("… Permalink Reply"). */
const ENDS_REPLY = /(?<!\p{L})(?:reply|antworten|répondre|responder|rispondi|odpowiedz)\s*$/iu;
/** SAID.test(t) on the text's end only: its verbs have 10 characters at most, and only spaces and a colon follow. */
function endsSaid(t: string): boolean {
  return testAtEnd(SAID, t, (code) => isSpace(code) || code === 0x3a || code === 0xff1a, 16);
}
/** ENDS_REPLY.test(t) on the text's end only: its buttons have 9 characters at most, and only spaces follow. */
function endsReply(t: string): boolean {
  return testAtEnd(ENDS_REPLY, t, isSpace, 16);
}

/** The story's own "Published on …" line is not a comment's. */
const PUBLISHED = new RegExp(String.raw`(?:${alternation(PUBLISHED_WORDS)})(?!\p{L})`, 'iu');
/** Words of text under a lone entry that make it a story's byline rather than one comment (a long comment alone under a count is rare). */
const STORY_UNDER_WORDS = 200;
/** How far below its heading the first comment starts. */
const FIRST_ENTRY = 8;
const COUNT = /^[({[]?\s*\d{1,6}\)?\s*(\p{L}\S*(?:\s+\S+){0,2})/u;

/** The numbers a line gives as counts of comments ("427 comments", "100 of 427 comments loaded": 427). */
export function commentCounts(text: string): string[] {
  if (text.length > 300) return [];
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![\d.,])(\d{1,6})\s+(\p{L}+(?:\s+\p{L}+)?)/gu)) if (COMMENT_WORD.test(m[2]!)) out.push(m[1]!);
  return out;
}

/**
 * Where a count of comments printed at the end of a headline's line starts ("Title 12 Comments",
 * "Titel 3 Kommentare"): the page's meta line run onto its headline. At least three words must
 * stand before it, so a bare count is not split; null when the line does not end so.
 */
export function trailingCommentCount(text: string): number | null {
  const t = text.trimEnd();
  if (t.length > 300) return null;
  const m = /\s(\d{1,6})\s+(\p{L}+)$/u.exec(t);
  if (!m || !COMMENT_WORD.test(m[2]!) || wordsOf(t.slice(0, m.index)).length < 3) return null;
  return m.index;
}

/** None or one in words, where a blog prints its count of comments so ("No Comments / Trackbacks", "Keine Kommentare", "One Response"). */
const COUNT_IN_WORDS = new RegExp(String.raw`^(?:${alternation(NONE_OR_ONE)})\s+(\p{L}\S*(?:\s+\S+){0,2})`, 'iu');

/**
 * A count of comments: a number, or none or one in words, with the comment word right after it ("14 Comments", "3
 * Leserkommentare", "Keine Kommentare"), not a headline that counts something else ("6 Tips for More Comments").
 */
export function countsComments(text: string): boolean {
  const m = COUNT.exec(text) ?? COUNT_IN_WORDS.exec(text);
  return m !== null && COMMENT_WORD.test(m[1]!);
}

export interface CommentZones {
  /** Units in the comment section. */
  section: Set<number>;
  /** Comment-count lines and calls to comment outside the section. */
  counts: Set<number>;
}

/** A short line that heads or counts comments. */
export function isCommentHeading(text: string): boolean {
  const t = text.trim();
  // "Posted in News | Leave a comment": a meta line whose part is a call to comment.
  const parts = t.length <= 200 ? t.split(/\s+[|·•]\s+/u) : [t];
  if (parts.length > 1 && parts.length <= 6) return parts.some((p) => isCommentHeading(p));
  const words = wordsOf(t).length;
  // "14 Responses to “<headline>”" runs as long as the headline it quotes.
  const counted = countsComments(t);
  if (words === 0 || words > (counted ? 30 : 10) || t.length > (counted ? 250 : 120) || !mentionsComments(t)) return false;
  // The comment form's options ("Notify me of follow-up comments by email").
  if (words <= 15 && NOTIFY.test(t)) return true;
  if (closesWithMark(t, '.!') && words > 5) return false;
  if (counted || COMMENT_CALL.test(t) || /[:»›→]\s*$/u.test(t)) return true;
  // "Informed Comment", "News and Comment": a blog's or a section's name, which ends in the singular; a heading counts or says "Comments".
  return words <= 4 && !(words >= 2 && /\scomment$/iu.test(t));
}

/** Paragraphs in a row that each speak of comments at least: a comment policy ("We welcome comments …", "Comments are moderated …"). */
const POLICY_RUN = 3;
/** Words of such a paragraph at most. */
const POLICY_WORDS = 60;
/** A policy says comments are moderated: a story that asks its readers to comment does not. */
const MODERATED = /(?<!\p{L})(?:moderat\p{L}*|moderiert\p{L}*|modér\p{L}*|moderad\p{L}*|moderowan\p{L}*|gemodereerd)/iu;

/**
 * The units of comment-policy runs: three or more paragraphs in a row, each of them a sentence that
 * speaks of comments (the house rules printed over a comment form). A story may mention comments
 * in one paragraph, seldom in three running, and a policy says comments are moderated; these are
 * cues only, which count at the story's end.
 */
export function commentPolicyRuns(units: Unit[]): number[] {
  const out: number[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length >= POLICY_RUN && run.some((i) => MODERATED.test(units[i]!.text))) out.push(...run);
    run = [];
  };
  units.forEach((u, i) => {
    const t = u.text.trim();
    const words = wordsOf(t).length;
    if (u.kind === 'text' && words >= 5 && words <= POLICY_WORDS && closesWithMark(t, '.!?') && mentionsComments(t)) run.push(i);
    else flush();
  });
  flush();
  return out;
}

/** The comment form speaking to the reader about their comment ("Your comment is awaiting moderation."). */
const YOUR_COMMENT = /(?<!\p{L})(?:your (?:comment|reply|response)s?|ihr(?:en)? kommentar|dein(?:en)? kommentar|votre commentaire|tu comentario|su comentario|il tuo commento|uw reactie|twój komentarz)(?!\p{L})/iu;
/** A form's check against robots: the letters or characters shown in an image ("Enter the characters you see in the image"). */
const CAPTCHA = /(?<!\p{L})(?:captcha|(?:letters|characters|numbers|code)(?:\s+\S+){0,6}\s+(?:in|from|on) the (?:image|picture)|(?:letters|characters|numbers|code)(?:\s+\S+){0,4}\s+you (?:entered|typed)(?:\s+\S+){0,4}\s+the (?:image|picture)|trouble reading (?:this|the) (?:image|picture)|(?:zeichen|buchstaben|code)(?:\s+\S+){0,6}\s+(?:im|auf dem|aus dem) bild|(?:caractères|lettres|code)(?:\s+\S+){0,6}\s+(?:dans|sur) l'image|(?:caracteres|letras|código)(?:\s+\S+){0,6}\s+(?:en|de) la imagen)(?!\p{L})/iu;
/**
 * The form telling the reader to log in or register before commenting ("You must be logged in to post a
 * comment", "Du musst eingeloggt sein, um Kommentare zu schreiben", "Para comentar debes registrarte"):
 * the reader's obligation ("you must", "du musst", "debes"), then logging in; the line names commenting too (COMMENT_STEM).
 */
const LOGIN_FIRST = /(?<!\p{L})(?:you(?:'ll| will)? (?:must|need to|have to)|(?:du musst|musst du|sie müssen|müssen sie|ihr müsst|müsst ihr)|(?:debes|debe|deberás|tienes que|necesitas)|(?:vous devez|tu dois|devez-vous|dois-tu))\s+(?:\p{L}+\s+){0,2}?(?:be\s+)?(?:logged[ -]in|log[ -]?in|sign(?:ed)?[ -]in|registered|register|eingeloggt|angemeldet|registriert|anmelden|einloggen|registrieren|registrarte|registrarse|iniciar sesión|identificarte|estar registrad[oa]|connectée?s?|inscrite?s?|identifiée?s?)(?!\p{L})/iu;
/**
 * The form's call to log in or register in order to comment, opening its line ("Log in to comment",
 * "LOGIN TO COMMENT | REGISTER TODAY", "Sign in to post a comment", "Anmelden, um zu kommentieren",
 * "Inicia sesión para comentar", "Connectez-vous pour commenter").
 */
const LOGIN_TO_COMMENT = /^(?:log ?in|sign ?in|register|anmelden|einloggen|registrieren|inicia(?:r)? sesión|regístrate|connectez-vous|identifiez-vous|accedi)\s*,?\s+(?:to|um zu|para|pour|per)\s+(?:(?:post|leave|write|add)\s+(?:a\s+)?)?(?:comment|kommentieren|comentar|commenter|commentare)/iu;
/** The form's notice that comments wait for approval ("All comments are moderated; yours shows up once we have read it", "… won't appear until approved"). */
const AWAITS_APPROVAL = /(?<!\p{L})(?:comments? (?:are|is|will be) (?:moderated|reviewed|checked)|(?:will not|won't|do not|don't) appear until (?:(?:it is|they are|they have been|it has been) )?(?:approved|checked|reviewed)|kommentare werden (?:moderiert|geprüft|freigeschaltet)|les commentaires sont (?:modérés|soumis à modération)|los comentarios (?:son|están) moderados)(?!\p{L})/iu;
/** A blog's list of the posts that link to this one, under the comments ("Listed below are links to weblogs that reference …"). */
const TRACKBACKS = /^(?:listed below are links to (?:weblogs|blogs|sites|posts|pages) that (?:reference|link to)|trackback url for this (?:entry|post))\b/iu;
/** Commenting in the languages LOGIN_FIRST reads (the verb as well as the noun). */
const COMMENT_STEM = /comment|comentar|coment[aá]rio|kommentar|kommentier|reageren|reactie|komentarz|komentowa/iu;
/** A word every form of YOUR_COMMENT, CAPTCHA or LOGIN_FIRST's line holds, without their guards: tried first, as a look-behind tried at every position is slow. */
const FORM_HINT = /comment|comentar|reply|response|kommentar|kommentier|reactie|reageren|komentarz|komentowa|captcha|image|picture|bild/iu;
/** The empty comment section's prompt: "Be the first to comment". (A shop's "first review" prompt stands under the product's name, above its description: not named.) */
const FIRST_TO_COMMENT = /^(?:be the first to (?:comment|reply|respond)|schreiben sie (?:den|einen) ersten kommentar|(?:sei|seien sie) (?:der|die) erste,? (?:der|die) (?:kommentiert|antwortet)|soyez (?:le premier|la première) à (?:commenter|réagir)|s[ée] (?:el primero|la primera) en (?:comentar|opinar))(?!\p{L})/iu;
/**
 * The comment form's promise about the address ("Your email address will not be published.", "Ihre E-Mail-Adresse wird
 * nicht veröffentlicht.", "Votre adresse e-mail ne sera pas publiée."), as blog software prints it over the form.
 */
const ADDRESS_NOT_PUBLISHED = /^(?:your|ihre|deine|votre|tu|su|il tuo|uw|twój)\s+(?:e-?mail(?:[ -]?ad(?:d)?res(?:s|se))?|adresse (?:e-?mail|de messagerie|électronique)|(?:dirección de )?correo(?: electrónico)?|indirizzo (?:e-?mail|email)|e-?mailadres|adres e-?mail)\s+(?:will not|won't|is never|will never|wird nicht|wird niemals|ne sera (?:pas|jamais)|no (?:será|se publicará)|non (?:sarà|verrà)|wordt niet|nie zostanie)\s+(?:be\s+)?(?:published|veröffentlicht|publiée|publicada|publicado|pubblicato|gepubliceerd|opublikowany)/iu;
/** Words of such a line at most (a story sentence quoting a reader runs longer). */
const FORM_LINE_WORDS = 30;

/** A line of the comment form: it speaks to the reader about their comment (moderation, preview, errors). */
export function isCommentFormLine(text: string): boolean {
  const t = text.trim();
  const words = wordsOf(t).length;
  if (words < 3 || words > FORM_LINE_WORDS) return false;
  if (TRACKBACKS.test(t) || FIRST_TO_COMMENT.test(t) || ADDRESS_NOT_PUBLISHED.test(t)) return true;
  return FORM_HINT.test(t) && (YOUR_COMMENT.test(t) || CAPTCHA.test(t) || (COMMENT_STEM.test(t) && LOGIN_FIRST.test(t)) || LOGIN_TO_COMMENT.test(t) || AWAITS_APPROVAL.test(t));
}

/**
 * An embedded social post's signature ("— Name (@handle) March 16, 2020"): its date is the post's, quoted in
 * the story, neither a comment's nor the story's own dateline.
 */
const EMBED_SIGNATURE = /^\s*[—–-]\s*[^()\n]{1,80}\(@[\w.]{1,30}\)/u;

export function isEmbedSignature(text: string): boolean {
  return EMBED_SIGNATURE.test(text);
}

/** The line that opens one comment: a short line with a date and time, or ending in "said:", or a reply button. */
export function isCommentEntryLine(text: string): boolean {
  const t = text.trim();
  const words = wordsOf(t).length;
  if (words === 0 || words > 16 || t.length > 160 || isEmbedSignature(t)) return false;
  if (endsSaid(t) || REPLY.test(t) || isAged(t) || endsReply(t) || isCommenterLine(t)) return true;
  const dates = printedDates(t);
  if (dates.length === 0 || PUBLISHED.test(t.slice(0, dates[0]!.index)) || isFactDate(t, dates[0]!)) return false;
  return dates[0]!.time || words <= 10;
}

function isStrongEntry(text: string): boolean {
  const t = text.trim();
  return endsSaid(t) || REPLY.test(t) || isAged(t) || endsReply(t) || printedDates(t).some((d) => d.time && !isFactDate(t, d)) || isCommenterLine(t);
}

/** A comment's age at the end of its commenter's line ("Lina Park 3 days ago", "Omar – vor 2 Stunden"). */
const AGO_END = new RegExp(String.raw`(?:${AGE})\s*$`, 'iu');
/** What joins a commenter's name to the date: "Lina Park, on March 4, 2024", "2. Omar – March 4, 2024", "Jo | 04.03.2024". */
const NAME_JOIN = /(?:^|\s|,)(?:on|am|le|el|il|op|dnia|at|um)\s*$|[-–—|,:]\s*$/iu;
/** Words a commenter's name has at most (a teaser's headline runs longer). */
const NAME_WORDS = 3;

/**
 * The line that heads one comment by its commenter's name: a short name (optionally numbered, "2.")
 * joined to a date or an age, with at most a handle or a button after it. A story's byline starts
 * with "By" and comes before the story; a teaser's headline is longer than a name.
 */
export function isCommenterLine(text: string): boolean {
  const t = text.trim();
  // An age (AGO_END) and a printed date both hold a digit.
  if (t.length > 120 || !DIGIT.test(t)) return false;
  const aged = AGO_END.exec(t);
  const dates = aged ? [] : printedDates(t);
  const at = aged ? aged.index : dates[0]?.index;
  if (at === undefined || (!aged && isFactDate(t, dates[0]!))) return false;
  const end = aged ? t.length : dates[0]!.index + dates[0]!.text.length;
  const prefix = t.slice(0, at).replace(/^#?\d{1,4}[.)]\s*/u, '');
  if (/^(?:by|von|par|por|di|door|przez|posted|published|updated)(?!\p{L})/iu.test(prefix) || PUBLISHED.test(prefix)) return false;
  const joined = aged ? /\S\s+$/u.test(prefix) : NAME_JOIN.test(prefix);
  const name = prefix.replace(NAME_JOIN, '').trim();
  const nameWords = wordsOf(name).length;
  return joined && nameWords >= 1 && nameWords <= NAME_WORDS && !/[.!?]$/u.test(name) && wordsOf(t.slice(end)).length <= 5;
}

/** Lines without an entry or prose that end a section, and how many entries make it established (then BUTTON_GAP ends it). */
const SECTION_GAP = 12;
const SECTION_ENTRIES = 6;
/** Lines between one comment's reply button and the next's at most. */
const BUTTON_GAP = 40;

/** How many reply buttons follow each other from i, each within BUTTON_GAP lines of the one before (counting stops at three). */
function buttonChain(button: boolean[], i: number): number {
  let count = 1;
  let last = i;
  for (let j = i + 1; j < button.length && j - last <= BUTTON_GAP && count < 3; j++) {
    if (!button[j]) continue;
    count++;
    last = j;
  }
  return count;
}

/** Words beside the date on a line that holds only a date and its time ("12:02 PM", "um 19:30 Uhr"). */
const DATE_LINE_OTHER_WORDS = 3;
/** Words a teaser's headline has at least (a commenter's name has at most NAME_WORDS). */
const HEADLINE_WORDS = 6;

/**
 * A line holding only a date (and time) right under a headline-length line that ends without a
 * full stop: the date of a teaser, not of a comment (a comment's date stands by its
 * commenter's name, or under the previous comment's last sentence).
 */
function datesTeaser(units: Unit[], feats: Features[], i: number): boolean {
  const t = units[i]!.text.trim();
  const dates = printedDates(t);
  if (dates.length === 0 || wordsOf(t.slice(0, dates[0]!.index) + ' ' + t.slice(dates[0]!.index + dates[0]!.text.length)).length > DATE_LINE_OTHER_WORDS) return false;
  const before = units[i - 1];
  return before !== undefined && before.kind === 'text' && feats[i - 1]!.words >= HEADLINE_WORDS && !closesWithMark(before.text, '.!?:;…');
}

/**
 * The comment section: from a comment heading (or the first of two comment
 * entries) after the story's first paragraph, while entries and their text
 * follow each other; and comment-count lines anywhere.
 */
export function findComments(units: Unit[], feats: Features[], initial: ContentClass[]): CommentZones {
  const section = new Set<number>();
  const counts = new Set<number>();
  const storyStart = initial.findIndex((c) => c === 'good');
  // Numbered comments ("2. Lina Park – March 4, 2024") are read as list items.
  const entry = units.map((u) => (u.kind === 'text' && isCommentEntryLine(u.text)) || (u.kind === 'bullet' && isCommenterLine(u.text)));
  const heading = units.map((u) => u.kind === 'text' && isCommentHeading(u.text));
  const prose = (i: number) => initial[i] === 'good' || initial[i] === 'near-good' || feats[i]!.endsSentence;
  units.forEach((u, i) => {
    // A bare "Comments" may be a section of the story ("Discussion"); a count or a call to comment is not.
    if (heading[i] && (countsComments(u.text.trim()) || COMMENT_CALL.test(u.text.trim()))) counts.add(i);
    else if (u.kind === 'text' && isCommentFormLine(u.text)) counts.add(i);
  });
  if (storyStart < 0) return { section, counts };
  // A section opened by a heading is preferred: an entry-like line before it (the story's own
  // "Posted on …" line) is not a comment.
  const confirmed = (i: number, needed: number) => {
    const window = units.slice(i + 1, i + 25).map((_, k) => i + 1 + k);
    const entries = window.filter((j) => entry[j]).length + (entry[i] ? 1 : 0);
    // Comments follow their heading at once: a count printed above the story's text is not a section.
    const first = entry[i] ? i : (window.find((j) => entry[j]) ?? Number.POSITIVE_INFINITY);
    const textBefore = window.filter((j) => j < first && initial[j] === 'good').length;
    // One entry over a long text is the story under its byline ("4 Comments" / "Written on … by …" / the story), not a comment.
    const storyUnder = () => entries < 2 && window.filter((j) => j > first && initial[j] === 'good').reduce((n, j) => n + feats[j]!.words, 0) > STORY_UNDER_WORDS;
    return window.some((j) => prose(j) && !entry[j]) && entries >= needed && first - i <= FIRST_ENTRY && textBefore <= 2 && !storyUnder();
  };
  let start = -1;
  // A heading that counts comments or calls for one needs one entry after it; a bare "Comments" (a tab, a menu entry) two.
  const strong = (i: number) => countsComments(units[i]!.text.trim()) || COMMENT_CALL.test(units[i]!.text.trim());
  // A heading with the form's login call right under it ("Comments" / "Log in to comment") opens the section by itself: its comments may print no dates.
  const formUnder = (i: number) => [1, 2].some((k) => units[i + k]?.kind === 'text' && LOGIN_TO_COMMENT.test(units[i + k]!.text.trim()));
  for (let i = storyStart + 1; i < units.length && start < 0; i++) if (heading[i] && (formUnder(i) || confirmed(i, strong(i) ? 1 : 2))) start = i;
  // Without a heading, only entries that read as comments (a time of day, "said:", a reply button) open a section.
  const strongEntry = units.map((u, i) => entry[i] && isStrongEntry(u.text) && !datesTeaser(units, feats, i));
  const strongRun = (i: number) => units.slice(i, i + 25).filter((_, k) => strongEntry[i + k]).length >= 3;
  // A reply button alone on its line reads as a heading ("Antworten", "Reply"): the comment it answers, entry and all, stands above it.
  const entriesUntil = start < 0 ? units.length : REPLY.test(units[start]!.text.trim()) ? start : -1;
  for (let i = storyStart + 1; i < entriesUntil; i++) {
    if (strongEntry[i] && confirmed(i, 3) && strongRun(i)) {
      start = i;
      break;
    }
  }
  // Long comments spread their entries wider: the same reply button under each of three comments in a row is a section too.
  const button = units.map((u, i) => strongEntry[i]! && feats[i]!.repeats >= 3 && (REPLY.test(u.text.trim()) || endsReply(u.text.trim())));
  const end = start < 0 ? units.length : start;
  for (let i = storyStart + 1; i < end; i++) {
    if (button[i] && buttonChain(button, i) >= 3) {
      start = i;
      break;
    }
  }
  if (start >= 0) {
    let last = start;
    let entries = 0;
    // An established section reaches further: one comment may print a poem or a list of short lines.
    for (let j = start; j < units.length && j - last <= (entries >= SECTION_ENTRIES ? BUTTON_GAP : SECTION_GAP); j++) {
      if (entry[j] || heading[j] || prose(j)) last = j;
      if (entry[j]) entries++;
    }
    // The page's footer may follow the last comment closely enough to be reached ("About us",
    // a copyright line that ends with a full stop): past the last entry, a footer cue ends the section.
    let lastEntry = start;
    for (let j = start; j <= last; j++) if (entry[j] || heading[j]) lastEntry = j;
    for (let j = lastEntry + 1; j <= last; j++) {
      if (cueCategory(units[j]!.text) === 'footer') {
        last = j - 1;
        break;
      }
    }
    for (let j = start; j <= last; j++) section.add(j);
  }
  return { section, counts };
}
