import type { RemovalCategory } from '../types.ts';
import { FOOTER_SEPARATOR } from './copyright.ts';
import * as W from './cue-words.ts';
import { isMonthName, isMonthYearLine, isWeekdayBefore, printedDates, TIME_OF_DAY, WEEKDAYS } from './dates.ts';
import { isEmailAddressLine } from './headline-lines.ts';
import { preRead, readLine } from './line-hints.ts';
import { closesWithMark, isLetterOrDigit, isSpace, memoisedPerText, splitGlued, testAtEnd, wordsOf } from './text.ts';
import { isCommonWord, isGivenName } from '../links/lexicon.ts';

/** A phrase list as a whole-word pattern (JavaScript's \b only knows ASCII letters). */
const anyOf = (words: string[]) => String.raw`(?<![\p{L}\p{N}])(?:${W.alternation(words)})(?![\p{L}\p{N}])`;

/**
 * Lexical cues: the secondary signal. The classifier decides from structure
 * (length, punctuation, stopword density, repetition, position, neighbours)
 * whether a unit is story or furniture; cues name the kind of furniture, and
 * only remove text on their own where their shape leaves no doubt (a line made
 * only of share-button words, a copyright line). Each cue is bounded in length
 * so that a story paragraph that merely mentions "share", "login" or
 * "read more" never matches.
 */

const SHARE_WORDS = new Set([
  'share', 'bookmark', 'tweet', 'send', 'email', 'e-mail', 'mail', 'print', 'copy', 'link', 'links', 'facebook', 'twitter', 'x',
  'whatsapp', 'telegram', 'linkedin', 'pinterest', 'reddit', 'youtube', 'instagram', 'tiktok', 'vk', 'flipboard',
  'messenger', 'threads', 'bluesky', 'mastodon', 'sms', 'digg', 'stumbleupon', 'tumblr', 'delicious', 'on', 'this', 'article', 'story', 'via', 'save', 'follow', 'us',
  ...W.COMMENT_NOUNS, 'kommentieren', 'commenter', 'comentar', 'commentare', 'into', 'your', 'clipboard', 'publication', 'page', 'the', 'with', 'to', 'post', 'pin', 'it',
  // "Social Share", "Share on social media".
  'social',
  // A post's link to itself, printed as a button among the others.
  'permalink',
  ...[...W.SHARE_VERBS, ...W.SHARE_FILLERS].flatMap((w) => w.split(' ')),
]);
/** Share buttons' words: the networks, and the buttons to bookmark, save, print, mail or copy a link (with Pinterest's "Pin it", SHARE_CORE's). */
const SHARE_BUTTONS = String.raw`share|bookmark|save|permalink|tweet|facebook|twitter|whatsapp|telegram|linkedin|pinterest|reddit|youtube|instagram|tiktok|flipboard|digg|stumbleupon|tumblr|delicious|clipboard|print|e-?mail`;
/** Words that make a line a share/social line; connectives above only fill in around them. */
const SHARE_CORE = new RegExp(String.raw`\b(?:${SHARE_BUTTONS}|copy link|pin it)\b|${anyOf(W.SHARE_VERBS)}`, 'iu');
/**
 * What SHARE_CORE needs somewhere in the line, boundaries aside: one of its words (the first of a
 * phrase, as words may stand apart in the line). A line without one is no button row, and is not
 * taken apart into words to find out.
 */
const SHARE_HINT = preRead(new RegExp(String.raw`${SHARE_BUTTONS}|copy|pin it|${W.alternation(W.SHARE_VERBS.map((v) => v.split(' ')[0]!))}`, 'iu'));

/** A link's note that it opens a new window, closing its label, in the languages read ("(Opens in new window)", "(Wird in neuem Fenster geöffnet)", "(ouvre dans une nouvelle fenêtre)"). */
const NEW_WINDOW = preRead(/\((?:opens in (?:a )?new (?:window|tab)|wird in (?:einem )?neue[mn]? (?:fenster|tab) geöffnet|öffnet (?:sich )?in (?:einem )?neue[mn]? (?:fenster|tab)|s['’]ouvre dans une nouvelle fenêtre|ouvre dans une nouvelle fenêtre|se abre en una (?:ventana|pestaña) nueva|se abre en una nueva (?:ventana|pestaña)|si apre in una nuova (?:finestra|scheda)|opent in (?:een )?nieuw (?:venster|tabblad)|otwiera się w nowym oknie)\)$/iu);
/** Words of such a link at most. */
const NEW_WINDOW_WORDS = 20;

const SHARE_LINE_MAX_CHARS = 1000;
const SHARE_LINE_MAX_WORDS = 14;
/** A button's label opening with its verb ("Share this story", "Print this page") is short; "Share your photos of the eclipse with the world" is a headline. */
const BUTTON_LABEL_WORDS = 6;
/** What a button's label says after its verb ("Share this story with a friend", "Print recipe", "E-mail to a friend"), besides other buttons and counts; a headline goes on with other words ("Share prices fall"). */
const BUTTON_COMPLEMENT = new Set('this the a an it article story page post recipe link links item newsletter pdf version on via with to your our friend friends by email e mail now here us me pin rate save'.split(' '));
/** A recipe page's link down to its card ("Jump to Recipe", "Zum Rezept springen", "Aller à la recette"). */
const RECIPE_JUMP = String.raw`(?:(?:jump|skip|go) to (?:the )?recipe|zum rezept(?: springen)?|aller à la recette|ir a la receta|vai alla ricetta)`;
/** A recipe card's row of buttons ("Jump to Recipe  Print Recipe", "Pin Recipe", "Rezept drucken"), its jump link among them. */
const RECIPE_BUTTONS = preRead(new RegExp(String.raw`^(?:(?:${RECIPE_JUMP}|(?:print|pin|save|rate|share|e-?mail)(?: this| the)? recipe|rezept (?:drucken|merken|speichern|teilen|bewerten)|imprimir (?:la )?receta|imprimer la recette)\s*[|·•]?\s*)+$`, 'iu'));
/** Words of such a row at most. */
const RECIPE_BUTTONS_WORDS = 12;
/** A button's count ("Share 599", "Tweet 1.2k"). */
const COUNT = /^\d[\d.,]*[km]?$/u;
const CODE_CHARACTER = /[({};=]/u;
const PLATFORM_STEM = new RegExp(String.raw`^(?:${W.SOCIAL_PLATFORMS.join('|')})\p{L}{0,3}$`, 'u');

/** A line of share/print/social buttons: nearly every word is a button word. */
export function isShareLine(text: string): boolean {
  // A button row is short; the guard also keeps the work linear on hostile one-line pages.
  // Each word token gives at least one word below: a line of prose stops here, after its first words, before
  // the button words are searched for in all of it.
  if (text.length > SHARE_LINE_MAX_CHARS) return false;
  // A long line is a button row only when repeated; repeatedButtons turns prose down (by its length or its punctuation)
  // sooner than SHARE_HINT scans it.
  if (moreWordTokensThan(text, SHARE_LINE_MAX_WORDS)) return repeatedButtons(text);
  if (!SHARE_HINT.test(text)) return false;
  // Code ("print(results)", "share = true;") names a function, not a button.
  // (The plain character test first: a letter class tried at every position made this test a tenth of cleaning's cues.)
  if (CODE_CHARACTER.test(text) && /\p{L}\(|[{};=]/u.test(text)) return false;
  const tokens = text.split(/\s+/u).filter(isWordToken);
  const plain = splitGlued(tokens.join(' ')).trim();
  const words = wordsOf(plain.toLowerCase());
  if (words.length === 0 || words.length > SHARE_LINE_MAX_WORDS || !(SHARE_CORE.test(plain) || SHARE_CORE.test(text))) return false;
  // Button names are matched whole ("WhatsApp") and, for glued runs, split ("ShareTweetSend").
  const whole = new Set(wordsOf(text.toLowerCase()));
  // Platform names also count inflected ("na Twitterze", "auf Facebooku").
  const known = words.filter((w) => SHARE_WORDS.has(w) || PLATFORM_STEM.test(w) || [...whole].some((x) => SHARE_WORDS.has(x) && x.includes(w))).length;
  return known / words.length >= 0.7 || (/^(?:share|copy link|print|e-?mail)\b[^.!?]*$/i.test(plain) && words.length <= BUTTON_LABEL_WORDS && words.slice(1).every((w) => BUTTON_COMPLEMENT.has(w) || SHARE_WORDS.has(w) || PLATFORM_STEM.test(w) || COUNT.test(w))) || SHARE_CALL.test(plain) || buttonBeforeDate(plain, words) || repeatedButtons(text);
}

/**
 * Buttons that print the same verb and preposition before each platform ("Teile über Facebook Teile über Twitter …",
 * "Share on X Share on Y Share on Z"), the names misspelt or not: every part a verb, a preposition and a name, no punctuation.
 */
function repeatedButtons(text: string): boolean {
  if (text.length > REPEATED_BUTTONS_MAX_CHARS || /[.,;:!?]\s/u.test(text)) return false;
  const words = wordsOf(text.toLowerCase());
  const [verb, via] = words;
  // Every caller asks SHARE_HINT too: tried here, before a pattern is compiled for the line's first two words.
  if (verb === undefined || via === undefined || !SHARE_WORDS.has(verb) || !SHARE_HINT.test(text)) return false;
  const parts = splitAtButtons(text, verb, via);
  return parts.length >= REPEATED_BUTTONS && parts.length * 3 >= words.length - 1 && parts.every((p) => wordsOf(p).length <= 2);
}

/**
 * The text after each `verb via ` not preceded by a letter, as `text.split(/(?<![\p{L}])verb\s+via\s+/iu).slice(1)` gives it.
 * The pattern is compiled per line (per pair of words); with the letter class in its look-behind that cost a tenth of a
 * millisecond, so the look-behind is tested here instead.
 */
function splitAtButtons(text: string, verb: string, via: string): string[] {
  const re = new RegExp(String.raw`${verb}\s+${via}\s+`, 'giu');
  const parts: string[] = [];
  let end = -1;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (LETTER_END.test(text.slice(Math.max(0, m.index - 2), m.index))) {
      // Not a match: the next try starts one code point on, as the look-behind's search would.
      re.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
      continue;
    }
    if (end >= 0) parts.push(text.slice(end, m.index));
    end = re.lastIndex;
  }
  if (end >= 0) parts.push(text.slice(end));
  return parts;
}
/** A letter closing the text (the code point before a match). */
const LETTER_END = /\p{L}$/u;
const REPEATED_BUTTONS = 3;
const REPEATED_BUTTONS_MAX_CHARS = 400;

/** A share button run into the date printed after it ("Teilen November 2022", "Partager 3 mars 2021"): the page dump joined two lines. */
function buttonBeforeDate(plain: string, words: readonly string[]): boolean {
  if (words.length < 3 || !SHARE_WORDS.has(words[0]!)) return false;
  const rest = plain.slice(plain.search(/\s/u)).trim();
  if (isMonthYearLine(rest)) return true;
  const date = printedDates(rest)[0];
  return date !== undefined && date.index === 0 && date.text.length >= rest.length - 1;
}

/** The link a "copy link" button shows is not words of the line (tokens with two or more '/' or '.'). */
function isWordToken(token: string): boolean {
  return (token.match(/[/.]/gu)?.length ?? 0) < 2;
}

/**
 * Whether more than `max` of the line's tokens (as `split(/\s+/u)` cuts them) are word tokens holding a letter or
 * digit (`isWordToken` and `/[\p{L}\p{N}]/u`): one walk over the characters that stops at the limit, without a token
 * or a match made per word.
 */
function moreWordTokensThan(text: string, max: number): boolean {
  let n = 0;
  let marks = 0;
  let letter = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.codePointAt(i)! : 0x20;
    if (isSpace(code)) {
      if (letter && marks < 2 && ++n > max) return true;
      marks = 0;
      letter = false;
      continue;
    }
    if (code === 0x2f || code === 0x2e) marks++;
    else if (!letter && isLetterOrDigit(code)) letter = true;
    if (code > 0xffff) i++;
  }
  return false;
}

/** A call to share the page, a sentence of its own ("Teile diesen Beitrag auf Social Media.", "Partagez cet article avec vos amis !"). */
const SHARE_CALL = /^(?:share|teile|teilt|teilen sie|partagez|partage|comparte|compartir|condividi|deel|udostępnij)\s+(?:this|diesen|dieses|den|ce|cet|cette|este|esta|questo|dit|deze|ten)\s+(?:post|article|story|page|recipe|beitrag|artikel|seite|rezept|billet|artículo|entrada|articolo|bericht|artykuł|wpis)(?!\p{L})[^.!?]{0,60}[.!]?$/iu;
/** The button that mails the story to someone: "Send to a Friend", "E-mail this to a friend", "Artikel an einen Freund senden", "Envoyer à un ami". */
const TO_A_FRIEND = preRead(/^(?:(?:send|e-?mail|mail|forward|tell|recommend|share)(?:\s+(?:this|it|the\s+(?:article|story|post|page)))?(?:\s+(?:to|with))?\s+an?\s+friends?|(?:(?:diesen\s+)?(?:artikel|beitrag|seite)\s+)?(?:an\s+)?(?:einen\s+)?(?:freund(?:in)?|freunde)\s+(?:senden|schicken|empfehlen|weiterempfehlen)|envoyer\s+(?:cet\s+article\s+)?à\s+une?\s+amie?|(?:enviar|recomendar)\s+a\s+un\s+amigo|invia\s+a\s+un\s+amico|stuur\s+(?:door\s+)?naar\s+een\s+vriend)\s*[.!»›]?$/iu);
/** TO_A_FRIEND's friend without its guards, tried first (see RIGHTS_CLAUSE_HINT). */
const FRIEND_HINT = preRead(/friend|freund|ami|vriend/iu);
/**
 * A picture viewer's buttons as words, one or two on a line: "Enlarge image", "Bild anzeigen Bild schließen",
 * "Alle Bilder anzeigen". Named as the picture's furniture, like its caption, so the text around the picture reads on.
 */
const IMAGE_BUTTON = String.raw`(?:(?:enlarge|zoom|expand|view(?: larger| full(?:-size)?)?|show|open|close)\s+(?:the\s+|this\s+|all\s+)?(?:image|photo|picture|gallery)s?|(?:alle\s+)?(?:bild|bilder|foto|fotos|galerie)\s+(?:vergrößern|anzeigen|schließen|öffnen|ansehen)|agrandir\s+(?:l'image|l’image|la\s+photo)|ampliar\s+(?:la\s+)?(?:imagen|foto)|ingrandisci\s+(?:l'immagine|l’immagine|la\s+foto|immagine|foto))`;
const IMAGE_BUTTONS = preRead(new RegExp(String.raw`^${IMAGE_BUTTON}(?:\s*[|·/]?\s*${IMAGE_BUTTON})?$`, 'iu'));
const IMAGE_BUTTON_HINT = preRead(/image|photo|picture|gallery|thumbnail|bild|foto|galerie|imagen|immagine/iu);
/** A picture viewer's instruction: "Mouseover photo to load notes", "Click on the image to enlarge", "Klicken Sie auf das Bild, um es zu vergrößern". */
const IMAGE_INSTRUCTION = preRead(/^(?:mouse ?over|hover(?:\s+over)?|roll ?over|click(?:\s+on)?|tap(?:\s+on)?|klicken\s+sie\s+auf|klick\s+auf|cliquez\s+sur|haga\s+clic\s+en)\s+(?:the\s+|this\s+|a\s+|an\s+|each\s+|any\s+|das\s+|ein\s+|l['’]\s*|la\s+|una?\s+)?(?:image|photo|picture|thumbnail|bild|foto|imagen)s?[,\s]+(?:to|for|um|pour|para)\s+[^.!?]{1,60}[.!]?$/iu);

/** Login and account furniture: a button or prompt starting with the action, or several account words in one short line. */
const LOGIN_START = preRead(new RegExp(String.raw`^(?:(?:log ?in|log ?out|sign ?in|sign ?up|sign out|register|subscribe|create (?:an|your) account|my account|already (?:a subscriber|have an account)|remember me|(?:forgot(?:ten)?|retrieve|reset|lost|change) (?:your )?(?:password|username))\b|${anyOf(W.LOGIN_STARTS)})`, 'iu'));
const LOGIN_TERMS = new RegExp(String.raw`\b(?:log ?in|sign ?in|sign ?up|password|username|account|subscribe|subscriber|register)\b|${anyOf([...W.LOGIN_TERMS, ...W.LOGIN_STARTS])}`, 'giu');
/** What LOGIN_TERMS needs somewhere in the line, boundaries aside: the first word of one of its phrases (as SHARE_HINT). */
const LOGIN_HINT = preRead(new RegExp(String.raw`log|sign|password|username|account|subscribe|register|${W.alternation([...W.LOGIN_TERMS, ...W.LOGIN_STARTS].map((w) => w.split(' ')[0]!))}`, 'iu'));
const COOKIE = preRead(/(?<!\p{L})(?:cookies?|ciasteczk\p{L}*|galletas)(?!\p{L})/iu);
/** COOKIE's words without its guards, tried first (see RIGHTS_CLAUSE_HINT). */
const COOKIE_HINT = preRead(/cookie|ciasteczk|galletas/iu);
const COOKIE_CONTEXT = preRead(new RegExp(String.raw`\b(?:consent|accept|agree|privacy|policy|settings|preferences|continu\w*|uses?|gdpr)\b|${anyOf(W.COOKIE_CONTEXT)}`, 'iu'));
const COOKIE_USE = preRead(new RegExp(anyOf(W.COOKIE_USE), 'iu'));
const COOKIE_WEB = preRead(new RegExp(anyOf(W.COOKIE_WEB), 'iu'));

const COPYRIGHT_MARK = /(?:©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b)/i;
/** The rights clause in the common European languages ("Alle Rechte vorbehalten", "Tous droits réservés"). */
const RIGHTS_CLAUSE = new RegExp(String.raw`(?<!\p{L})(?:${W.alternation(W.RIGHTS_CLAUSES)})(?!\p{L})`, 'iu');
/** RIGHTS_CLAUSE's nouns without its guards: the guarded pattern runs only on a line holding one (a look-behind tried at every position is slow). */
const RIGHTS_CLAUSE_HINT = preRead(new RegExp(W.alternation(W.RIGHTS_NOUNS), 'i'));
/** The copyright mark or word, or the rights clause in one of the common European languages. */
const COPYRIGHT = { test: (t: string) => COPYRIGHT_MARK.test(t) || (RIGHTS_CLAUSE_HINT.test(t) && RIGHTS_CLAUSE.test(t)) };
/** Rights words a notice about reuse names, besides the copyright mark ("urheberrechtlich geschützt", "Creative Commons"). */
const RIGHTS = /(?<!\p{L})(?:copyright\p{L}*|creative[\s-]commons|cc[- ]by(?:[- ](?:sa|nd|nc))*|cc0|urheberrecht\p{L}*|droits? d'auteur|derechos de autor|diritto d'autore|prawa autorskie|auteursrecht\p{L}*)(?!\p{L})|©/iu;
/** What a notice allows or forbids: reprinting, reproducing, distributing, a licence, personal use only. */
const REUSE = /(?<!\p{L})(?:unless otherwise (?:noted|stated|indicated|specified)|except where otherwise noted|sofern nicht anders (?:angegeben|ausgewiesen|vermerkt|gekennzeichnet)|soweit nicht anders (?:angegeben|vermerkt)|sauf mention contraire|reprint\p{L}*|republish\p{L}*|reproduc\p{L}*|redistribut\p{L}*|distribution|permission|licen[cs]\p{L}*|lizenz\p{L}*|non-commercial|personal use|nachdruck|vervielfältig\p{L}*|weiterverbreit\p{L}*|verwendung|verwertung|genehmigung|reproducción|autorización|riproduzione|autorizzazione|autorisation|licencia|licenza|licencja)(?!\p{L})/iu;
/** The page naming itself ("this article", "our website", "dieser Website", "ce site"). */
const THIS_PAGE = /(?<!\p{L})(?:(?:this|our)\s+(?:article|site|website|web site|page|material|content|copy|publication|story|blog)|(?:diese[rnms]?|unsere[rnms]?)\s+(?:website|webseite|internetseite|seite|artikel|beitrag|beiträge|inhalte|texte)|(?:ce|cet|cette|notre)\s+(?:site|article|page|contenu|blog)|(?:este|esta|nuestro|nuestra)\s+(?:sitio|artículo|página|contenido|web)|(?:questo|questa)\s+(?:sito|articolo|pagina))(?!\p{L})/iu;
/** Words of such a notice at most. */
const RIGHTS_NOTICE_WORDS = 80;

/**
 * A consent banner that never says "cookie": a click that gives the reader's consent ("Mit einem Klick auf „Annehmen“ erteilen
 * Sie Ihre Einwilligung", "By clicking Accept, you consent to …", "En cliquant sur … vous acceptez …").
 */
const CLICK_CONSENT = preRead(/(?<!\p{L})(?:mit (?:einem |dem )?klick auf|durch (?:das )?klicken auf|by clicking|en cliquant sur|al hacer clic en|cliccando su)[^.!?]{0,80}?(?:einwilligung|zustimmung|einverstanden|consent|agree|accept|consentement|acceptez|consentimiento|acepta|consenso|accetti)/iu);
/** CLICK_CONSENT's key words without its guards, tried first (see RIGHTS_CLAUSE_HINT). */
const CLICK_CONSENT_HINT = preRead(/klick|clicking|cliquant|clic|cliccando/iu);

/** The placeholder of an embed that waits for consent ("… connects to X only with your consent", "Mit dem Laden des Inhalts akzeptieren Sie …"). */
const EMBED_CONSENT = /(?<!\p{L})(?:(?:haben sie|hast du)[^.]{0,30}keine (?:zustimmung|einwilligung) (?:gegeben|erteilt)|you (?:have not|haven't|did not|didn't) (?:given|granted|give|grant)[^.]{0,20}consent|klick\p{L}*[^.]{0,60}um den inhalt (?:von\s+\S+\s+)?(?:zu laden|nachzuladen)|click[^.]{0,40}to load (?:the )?content|cliquez[^.]{0,40}pour charger le contenu|haga clic[^.]{0,40}para cargar el contenido|without your (?:consent|permission)|with your consent|ohne (?:dein|deine|ihr|ihre)\s+(?:einverständnis|zustimmung|einwilligung)|mit (?:dem|beim) laden (?:des|der) (?:inhalts?|videos?|karte|beitrags?)|by (?:loading|viewing|playing) (?:the|this) (?:content|video|map|post)|sans votre consentement|en (?:chargeant|affichant) (?:ce|le|la) (?:contenu|vidéo)|sin (?:su|tu) consentimiento|al cargar (?:el|este) (?:contenido|vídeo|video))(?!\p{L})/iu;
/** Words of such a placeholder at most. */
const EMBED_CONSENT_WORDS = 60;

/** A reading time's label. */
const READING_TIME_LABEL = String.raw`(?:reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|czas czytania|leestijd|läsningstid)`;
/** A reading time after its label ("Lesezeit: 3 Minuten", "Reading time: about 4 min"). */
const LABELLED_READING_TIME = String.raw`${READING_TIME_LABEL}\s*[:：]?\s*(?:ca\.\s*|about\s+|etwa\s+)?\d+(?:\s*[-–]\s*\d+)?\s*(?:min\p{L}*\.?|minutes?|minuten|minutos|minuti|minut)`;
/** A story's reading time, printed in its header ("4 Min Read", "Lesezeit: 3 Minuten", "Temps de lecture : 5 min", "6 min lues"). */
const READING_TIME = preRead(new RegExp(String.raw`^(?:${LABELLED_READING_TIME}|(?:ca\.\s*)?\d+(?:\s*[-–]\s*\d+)?\s*(?:min\p{L}*\.?|minutes?|minuten)\s*(?:read|reading|to read|lesezeit|lesedauer|lesen|de lecture|lues|de lectura|lectura|di lettura|czytania|leestijd))$`, 'iu'));

/** An embed's placeholder asking for consent: furniture wherever it stands, even mid-story and reading as prose. */
export function isEmbedPlaceholder(text: string): boolean {
  if (text.length > 600 || wordsOf(text).length > EMBED_CONSENT_WORDS) return false;
  return (EMBED_HINT.test(text) && EMBED_CONSENT.test(text)) || (THIRD_PARTY_HINT.test(text) && THIRD_PARTY_SETTINGS.every((re) => re.test(text)));
}
/**
 * The placeholder of a widget that waits for the reader's settings for other sites' content ("Die Funktionalität dieses
 * Widgets hängt von der Einbindung eines Drittanbieters ab. Klicken Sie hier, falls Sie die Einstellungen … ändern
 * möchten."): a third party, the settings, an embed and a call to click, in any order.
 */
const THIRD_PARTY_SETTINGS = [
  /(?<!\p{L})(?:drittanbieter\p{L}*|third[- ]party|de tiers|terceros|di terze parti)/iu,
  /(?<!\p{L})(?:einstellungen|settings|preferences|paramètres|préférences|configuración|ajustes|impostazioni)(?!\p{L})/iu,
  /(?<!\p{L})(?:widgets?|einbindung\p{L}*|eingebettet\p{L}*|embed\p{L}*|inhalte?|content|contenu|contenido|contenuto)(?!\p{L})/iu,
  /(?<!\p{L})(?:klick\p{L}*|click|cliquez|haga clic|haz clic|clicca)(?!\p{L})/iu,
];
/** THIRD_PARTY_SETTINGS's first words without their guards, tried first (see RIGHTS_CLAUSE_HINT). */
const THIRD_PARTY_HINT = preRead(/drittanbieter|third.party|tiers|terceros|terze/iu);
/** EMBED_CONSENT's key words without its guards, tried first (see RIGHTS_CLAUSE_HINT). */
const EMBED_HINT = preRead(/load|consent|permission|einverständnis|zustimmung|einwilligung|laden|viewing|playing|chargeant|affichant|consentimiento|cargar/i);

/** The page asking its readers for their opinion of the story ("We want to hear what you think", "Verraten Sie uns …", "Dites-nous …"): a call to comment. */
const FEEDBACK_CALL = preRead(/^(?:we(?:'d|’d| would)?\s+(?:want|like|love)\s+to\s+hear\s+(?:from you|what you think|your thoughts)|(?:tell|let)\s+us\s+(?:know\s+)?what\s+you\s+think|share\s+your\s+(?:thoughts|views|opinion)|have\s+your\s+say|(?:verraten|schreiben|sagen)\s+sie\s+(?:uns|gerne|es\s+uns)|(?:verrate|schreib|sag)\s+(?:uns|mir)\b|ihre\s+meinung\s+(?:ist\s+gefragt|interessiert\s+uns)|donnez(?:-nous)?\s+votre\s+avis|dites-nous|danos\s+tu\s+opinión|dinos\s+(?:qué|lo\s+que)\s+piensas|dicci\s+la\s+tua)(?!\p{L})|(?:submit|write|send)\s+(?:us\s+)?a\s+letter\s+to\s+the\s+editor/iu);
/** Words of such a call at most. */
const FEEDBACK_WORDS = 40;
/** A call to comment under the story ("Please spare some time to comment below, letting us know …", "Let us know in the comments how it went"): the imperative first, the comments' place after it ("below" closing a clause: "the bus below the bridge" is a place). */
const COMMENT_BELOW = preRead(/^(?:please\s+|so\s+|now\s+)?(?:(?:spare|take)\s+(?:some|a)\s+(?:time|moment|minute|second)\s+to\s+comment|(?:leave|drop|post|write|add)\s+(?:me\s+|us\s+)?(?:a|your)\s+(?:comment|note|line)s?|let\s+(?:us|me)\s+know|tell\s+(?:us|me))\b.{0,160}?(?:\bbelow(?=\s*[.!,:;]|\s*$|\s+(?:and|or)\s)|\bin\s+the\s+comments?\b|\bin\s+the\s+comment\s+section\b)/iu);
/** The call that may follow the question whether the reader found a mistake ("Let us know.", "Jetzt melden!", "Signalez-la.", "Repórtalo aquí."). */
const ERROR_CALL = String.raw`let us know|tell us|report it(?: here)?|(?:jetzt |bitte )?melden(?: sie (?:ihn|es) uns)?|schreib(?:en sie)? uns|signalez-(?:la|le|nous)|repórtalo(?: aquí)?|avísanos`;
/** The page asking whether the reader found a mistake ("Spotted an error?", "Sie haben einen Fehler entdeckt oder vermissen …?"): a question closing the page's call to write in. */
const ERROR_SPOTTED = preRead(new RegExp(String.raw`^(?:(?:have you |you )?(?:spotted|found|noticed) (?:an? )?(?:error|mistake|typo)|(?:(?:sie haben|haben sie|du hast|hast du) (?:einen |ein )?)?(?:fehler|tippfehler)\s+(?:entdeckt|gefunden)|vous avez (?:repéré|trouvé) une (?:erreur|faute)|¿?(?:(?:has|ha) (?:encontrado|visto)|encontraste|viste) (?:un|algún) error)\b[^.!?]{0,80}\?(?:\s+(?:${ERROR_CALL})[.!]?)?$`, 'iu'));
const ERROR_SPOTTED_WORDS = 20;
/** The page inviting its readers to report its mistakes ("We invite you to report errors of content or spelling", "Los invitamos a reportar errores …"). */
const ERROR_REPORT_CALL = preRead(/(?<!\p{L})(?:we invite you to report (?:errors|mistakes|typos)|(?:los|les|te) invitamos a reportar errores|(?:wir )?(?:bitten|laden) (?:sie|euch|dich) (?:ein,? )?(?:uns )?fehler zu melden|nous vous invitons à signaler (?:les |des )?erreurs)(?!\p{L})/iu);
/** Words of a paragraph holding such an invitation at most. */
const ERROR_REPORT_WORDS = 60;
/** ERROR_REPORT_CALL's key words without its guards, tried first (see RIGHTS_CLAUSE_HINT). */
const ERROR_REPORT_HINT = preRead(/invit|fehler/iu);
/** FEEDBACK_CALL's key words without its guards, tried first (see RIGHTS_CLAUSE_HINT). */
const FEEDBACK_HINT = preRead(/hear|think|share|your say|verrat|schreib|sag|meinung|avis|dites|opini|piensas|dicci|editor/i);

/** Words of a footer's row that opens with the copyright sign, and of each of its parts between bars, at most. */
const NOTICE_ROW_WORDS = 80;
const NOTICE_ROW_PART_WORDS = 12;
const NOTICE_ROW_PARTS = 4;

/**
 * A footer's row that opens with the copyright sign and goes on with the holder's address, phone and opening hours, each
 * a short part between bars ("© Example Media AG | Kaistraße 7 | 1234 Town | Telefon …"): longer than a bare notice.
 */
function isNoticeRow(t: string, words: number): boolean {
  if (words > NOTICE_ROW_WORDS || !/^\s*(?:©|\(c\))/iu.test(t)) return false;
  const parts = t.split(FOOTER_SEPARATOR);
  return parts.length >= NOTICE_ROW_PARTS && parts.every((p) => wordsOf(p).length <= NOTICE_ROW_PART_WORDS);
}

/** A notice on the rights in the page: the page named, a rights word and what may be done with it ("This article is the copyrighted property of …; reprint only with written permission"). */
function isRightsNotice(t: string, words: number): boolean {
  return words <= RIGHTS_NOTICE_WORDS && RIGHTS_HINT.test(t) && RIGHTS.test(t) && REUSE.test(t) && THIS_PAGE.test(t);
}
/** RIGHTS without its guards, tried first (see RIGHTS_CLAUSE_HINT). */
const RIGHTS_HINT = preRead(/copyright|creative|cc[- ]by|cc0|urheberrecht|droit|derecho|diritto|prawa|auteursrecht|©/i);

/** Whether a line carries a copyright notice (the mark, the word, or the rights clause). */
export function hasCopyrightNotice(text: string): boolean {
  return COPYRIGHT.test(text);
}

/** A footer's copyright line: what the cues name footer and holds a copyright notice (not a footer's row of links). */
export function isCopyrightLine(text: string): boolean {
  // The notice first: it is one cheap test, and most lines have none.
  return hasCopyrightNotice(text) && cueCategory(text) === 'footer';
}
const FOOTER_LINK = preRead(new RegExp(String.raw`^(?:about(?: us)?|contact(?: us)?|privacy(?: policy| notice)?|terms(?: of (?:use|service))?|terms (?:and|&) conditions|careers|jobs|advertise(?: with us)?|sitemap|site map|imprint|impressum|accessibility|cookie (?:policy|settings)|newsletters?|rss|faq|help|brand partnerships|corrections|ethics policy|masthead|${W.alternation(W.FOOTER_LINKS)})$`, 'iu'));
/**
 * A shop's button: "Buch bestellen", "Buy now", "Add to cart", "Jetzt kaufen", "Acheter". Named as a link away (navigation),
 * not as an advertisement: an advertisement is a boundary that ends the story's span, and the button often stands between its paragraphs.
 */
const SHOP_BUTTON = preRead(/^(?:jetzt\s+|now\s+)?(?:(?:das|die|the|this|ein|a)\s+)?(?:(?:buch|book|ticket|tickets|karten|produkt|product|e-?book|abo)\s+)?(?:bestellen|kaufen|buy|order|buy now|order now|shop now|add to (?:cart|basket|bag)|in den warenkorb|zum shop|acheter|commander|comprar|ordina|acquista|kup teraz)(?:\s+now|\s+jetzt)?\s*[!.]?$/iu);
const SHOP_BUTTON_WORDS = 4;
const AD = preRead(new RegExp(String.raw`^(?:advertisement|advertising|sponsored(?: content)?|promoted(?: content)?|ad|ads by \S+|paid (?:content|post|partnership)|partner content|story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading below|scroll to continue(?: with content)?|${W.alternation(W.AD_LABELS)})\.?$`, 'iu'));
const TAGS = preRead(new RegExp(String.raw`^(?:tags?|tagged(?: with| as| in| under)?|topics?|filed (?:under|in)|keywords|categories|related topics|${W.alternation(W.TAG_LABELS)})\s*[:：]`, 'iu'));
/** A tag list's label alone, its colon left off ("Tagged", "Topics", "Schlagwörter"): read only where it closes the kept text, since mid-story it may head a section. */
const BARE_TAG_LABEL = new RegExp(String.raw`^(?:tags?|tagged|topics?|keywords|categories|related topics|${W.alternation(W.TAG_LABELS)})$`, 'iu');

export function isBareTagLabel(text: string): boolean {
  return BARE_TAG_LABEL.test(text.trim());
}
/** A line of hashtags only ("#tattoo #Covid-19"), two or more, each with a letter: the post's tags without their label. */
const HASHTAG_LINE = preRead(/^#(?=[\p{N}_-]*\p{L})[\p{L}\p{N}_-]+(?:[\s,]+#(?=[\p{N}_-]*\p{L})[\p{L}\p{N}_-]+)+$/u);
/** A picture's file name alone on a line ("felix_stalder.jpg", "IMG_2034.JPG (1.2 MB)"): the picture's alt text or link, which the dump holds instead of it. */
const IMAGE_FILE = preRead(/^[\p{L}\p{N}_.~%()+-]+\.(?:jpe?g|png|gif|webp|svg|tiff?|bmp|heic|avif)(?:\s*\(\d+(?:[.,]\d+)?\s*[kKmM]i?B\))?$/iu);
/** Words of a post's meta line whose part after a bar is its tags ("Staff | Tags: A, B, C"). */
const TAGGED_META_WORDS = 60;
/**
 * A blog's post footer asking to bookmark the post's permalink ("… Filed under X. Bookmark the permalink. Follow the
 * comments with the RSS feed."), in the words its software prints in several languages.
 */
const PERMALINK = preRead(/(?<!\p{L})(?:bookmark the permalink|lesezeichen (?:auf|für) den permalink|ajoutez ce permalien à vos favoris|guarda el enlace permanente|aggiungi ai segnalibri il permalink|voeg de permalink toe aan je bladwijzers|dodaj zakładkę do bezpośredniego odnośnika)(?!\p{L})/iu);
const PERMALINK_HINT = preRead(/permalink|permalien|enlace permanente|bezpośredniego/iu);
/** Words of such a footer at most, with its date, categories and tags. */
const PERMALINK_LINE_WORDS = 80;
const JUMP_VERB = String.raw`(?:jump to|wechseln zu|springe zu|aller à|saltar a|ir a|vai a|passa a|przejdź do|ga naar|hoppa till|siirry)\s*:?\s*`;
const JUMP_TARGET = String.raw`(?:navigation|navigación|navegação|navigazione|nawigacji|navigatie|navigering|(?:main )?content|inhalt|contenu|contenido|search|suche|rechercher|recherche|búsqueda|buscar|busca|ricerca|wyszukiwania|szukaj|zoeken|sök|haku)`;
/** A wiki's skip links on one line: "Jump to: navigation, search", "Jump to navigation Jump to search", "Wechseln zu: Navigation, Suche". */
const JUMP_TO = String.raw`${JUMP_VERB}${JUMP_TARGET}(?:\s*[,;]?\s*(?:${JUMP_VERB})?${JUMP_TARGET})?`;
/** A search box's or menu's button read aloud: "Close this search box.", "Open the menu". */
const BOX_BUTTON = String.raw`(?:close|open|toggle|clear)(?: (?:this|the))? (?:search|menu|navigation)(?: (?:box|form|bar|field|panel|overlay|menu))?\.?`;
const NAV = preRead(new RegExp(String.raw`^(?:skip to (?:the )?(?:main )?(?:content|article|story|navigation|search|footer)|skip navigation|${JUMP_TO}|${BOX_BUTTON}|continue reading(?: the main story)?|menu|home|search|close|open menu|toggle navigation|back to top|(?:next|previous|prev|older|newer)(?: (?:article|story|post|entry|page|articles|stories|posts|entries))?|load more|show more|no results?|view all results?|${W.alternation(W.NAV_WORDS)})\s*[»›>…]?$`, 'iu'));
/** The label alone, or with the author's name after a dash ("About the Author - Jane Doe"). */
const BIO_LABEL = preRead(new RegExp(String.raw`^(?:${W.alternation(W.BIO_LABELS)})\s*(?:[:：]|\s[-–—|]\s*[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,3})?$`, 'iu'));
/** The label with the biography run on after it ("About the author: Jane writes about …"). */
/** An author box's link to the author's other posts, printed with their count left out ("+ posts", "+ Beiträge") between the name and the bio. */
const AUTHOR_BOX_POSTS = preRead(/^\+\s*(?:posts|beiträge|artikel|articles|artículos|entradas|articoli|artykuły)$/iu);
const BIO_LABELED = preRead(new RegExp(String.raw`^(?:${W.alternation(W.BIO_LABELS)})\s*[:：]\s*\p{L}`, 'iu'));
/** Words such a labelled biography runs to at most. */
const BIO_LABELED_WORDS = 120;
/** An author box closed by the link to the author's other posts ("… View all posts by Jane Doe", "Alle Beiträge von Jane Doe anzeigen"). */
const ALL_POSTS_BY = preRead(/(?:^|[.!?)]\s+)(?:(?:view|see|read|browse) all (?:posts|articles|stories|entries) by|alle (?:beiträge|artikel) von|voir tous les articles de|ver todas las entradas de)\s+\p{Lu}[^.!?]{0,40}$/iu);
const ALL_POSTS_BY_WORDS = 60;
/** A greeting (an emoji may wave after it) and a self-introduction ("Hi, I'm Jane", "Hallo, ich bin …", "Bonjour, je suis …"): the author's box of a blog. */
const SELF_INTRO = preRead(/^(?:hi|hello|hey|hallo|servus|moin|salut|bonjour|coucou|hola|ciao|olá|oi|cześć|hej|hoi)(?:\s+(?:there|everyone|all|zusammen|ihr lieben|à tous|a todos))?\s*[,!.]?(?:\s*[^\p{L}\p{N}\s]{1,4})?\s+(?:i'm|i’m|i am|my name is|ich bin|ich heiße|je suis|je m'appelle|je m’appelle|soy|me llamo|sono|mi chiamo|eu sou|sou|jestem|mam na imię|jag är|ik ben)(?!\p{L})/iu);
/** "About Jane", "Über Kathrin": a name under "about", a label when a biography follows it (case-sensitive: names are capitalised). */
const ABOUT_NAME = /^(?:[Aa]bout|[Üü]ber|[Àà] propos de|[Ss]obre|[Ss]u|[Oo]|[Oo]ver|[Oo]m)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s*[:：]?$/u;

/** "About Jane" over a biography (a self-introduction, a sentence saying what the person does). */
export function isAboutLabel(text: string, next: string | undefined): boolean {
  if (next === undefined || !ABOUT_NAME.test(text.trim())) return false;
  const n = next.trim();
  return SELF_INTRO.test(n) || isBioSentence(n);
}

/** "← Previous post's title" / "Next post's title →" (or "<" and ">"): a pager's link, an arrow at one end (French quotes open with « and close with », so a line holding both is a quotation, unless bars split it into links). */
function isPagerLink(t: string): boolean {
  // Each arrow pattern below needs its arrow as the line's first or last character: other lines are not scanned.
  if (t.length === 0 || !(PAGER_OPENERS.includes(t[0]!) || PAGER_CLOSERS.includes(t[t.length - 1]!))) return false;
  const n = wordsOf(t).length;
  // A pager names the other post; "35 Comments »" counts comments (the comment detector's line).
  if (n < PAGER_MIN_WORDS || n > PAGER_WORDS || /^\P{L}*\d/u.test(t)) return false;
  return /^[←⟵]\s*\S/u.test(t) || /\S\s*[→⟶]$/u.test(t) || (/^[«‹]\s*\S/u.test(t) && !/[»›]/u.test(t.slice(1))) || (/\S\s*[»›]$/u.test(t) && !/[«‹]/u.test(t.slice(0, -1))) || ASCII_ARROW.test(t) || PAIRED_PAGER.test(t);
}
/**
 * A pager's button glued to the title it links to ("Vorheriger BeitragJobangebot: …", "Next PostThe bridge reopens"), as a
 * copied page runs a link's label into its text (case-sensitive: the title's capital is what shows the seam).
 */
const GLUED_PAGER = preRead(/^(?:(?:[Vv]orheriger|[Nn]ächster) (?:[Bb]eitrag|[Aa]rtikel)|(?:[Pp]revious|[Nn]ext) (?:[Pp]ost|[Aa]rticle|[Ss]tory)|[Aa]rticle (?:précédent|suivant)|[Ee]ntrada (?:anterior|siguiente))(?=\p{Lu})/u);
/** "« Previous post | Main | Next post »": both arrows at the ends of a row of links split by bars (a quotation in guillemets has no bars). */
const PAIRED_PAGER = /^[«‹][^«‹»›|]+(?:\|[^«‹»›|]+)+[»›]$/u;
const PAGER_OPENERS = '←⟵«‹<';
const PAGER_CLOSERS = '→⟶»›>';
/** The arrows typed as "<" and ">" ("<Back to all shops", "Next: the bridge reopens >"), the other one nowhere in the line: markup has both. */
const ASCII_ARROW = /^<\s*\p{L}[^<>]*$|^[^<>]*\p{L}\s*>$/u;
/** Words of a pager line at least (a title), and at most (two titles). */
const PAGER_MIN_WORDS = 3;
const PAGER_WORDS = 40;

/** A pager's buttons alone, one or both, with their arrows ("« Previous", "Vorheriges Weiter", "Précédent | Suivant"). */
const PAGER_BUTTON = String.raw`(?:previous|prev|next|older|newer|vorherige[rsn]?|nächste[rsn]?|zurück|weiter|précédente?|suivante?|anterior|siguiente|precedente|successivo|vorige|volgende|poprzedni|następny)`;
const PAGER_BUTTONS = preRead(new RegExp(String.raw`^[«‹<←]?\s*${PAGER_BUTTON}(?:\s*[|/·]?\s*${PAGER_BUTTON})?\s*[»›>→]?$`, 'iu'));

/** "Previous article <title>", "Article suivant <title>": a pager's label with the other post's title (a title has no closing full stop). */
const PAGER_LABELLED = preRead(/^(?:(?:previous|next|prev|older|newer)\s+(?:article|post|story|entry)|(?:article|billet)\s+(?:pr[ée]c[ée]dent|suivant)|(?:vorheriger|nächster|voriger)\s+(?:artikel|beitrag)|(?:artículo|nota|entrada)\s+(?:anterior|siguiente)|(?:articolo|post)\s+(?:precedente|successivo)|(?:poprzedni|następny)\s+(?:artykuł|wpis)|(?:vorige|volgende)\s+(?:artikel|bericht))(?!\p{L})\s*[:»›>–-]?\s*\S[^]*[^.]$/iu);
/** A blog's tagline under its name ("A blog covering buses and trains.", "Ein Blog über Busse und Bahnen", "The blog of Jane Doe"). */
const BLOG_TAGLINE = /^(?:an?|the|ein|der|das|le|un)\s+(?:[\p{L}-]+\s+){0,2}(?:blog|weblog)\s+(?:about|on|covering|for|of|by|dedicated to|über|zu|rund um|für|von|sur|de|sobre)\s/iu;
const BLOG_TAGLINE_WORDS = 15;

/** A blog's tagline, as its header prints it under the blog's name. */
export function isBlogTagline(text: string): boolean {
  const t = text.trim();
  return BLOG_TAGLINE.test(t) && wordsOf(t).length <= BLOG_TAGLINE_WORDS;
}

/** "About us", "Über uns", "Qui sommes-nous": the label of the site's own blurb. */
const ABOUT_US = /^(?:about us|who we are|über uns|wir über uns|qui sommes-nous|à propos de nous|quiénes somos|sobre nosotros|chi siamo|over ons|o nas|om oss|sobre nós)\s*[:：?]?$/iu;

/** A picture gallery's label ("Bilder des Treffens", "Fotos", "Photo gallery", "Imágenes del acto"): a few words, no sentence. */
const GALLERY_LABEL = /^(?:(?:weitere |mehr |more |all )?(?:bilder|fotos|impressionen|bildergalerie|fotogalerie|galerie|photos|pictures|images|gallery|photo gallery|galería|fotogalería|imágenes|galleria|immagini|zdjęcia|galeria))(?:\s+(?:des|der|vom|von|zum|zur|aus|from|of the|of|de la|del|de|dela|della|dello|z)(?:\s+[\p{L}\p{N}-]+){1,2})?$/iu;

/** A picture gallery's label, alone on its line. */
export function isGalleryLabel(text: string): boolean {
  return GALLERY_LABEL.test(text.trim());
}

/** The label over the site's "about us" blurb. */
export function isAboutUsLabel(text: string): boolean {
  return ABOUT_US.test(text.trim());
}

/** "Impressum | Datenschutz | Kontakt": footer links printed on one line, every part one of them. */
function isFooterLinkRow(t: string): boolean {
  if (t.length > 300 || !/[|·•]/u.test(t)) return false;
  const parts = t.split(/\s*[|·•]\s*/u).filter((p) => p.length > 0);
  return parts.length >= 2 && parts.every((p) => FOOTER_LINK.test(p));
}

/** Words of a footer's links printed with spaces between them at most, and footer links among them at least. */
const FOOTER_RUN_WORDS = 16;
const FOOTER_RUN_LINKS = 3;
/** Words of one footer link at most ("Politique de confidentialité", "Terms of Use"). */
const FOOTER_LINK_WORDS = 3;

/**
 * "Kontakt Mediadaten Über uns Impressum": footer links printed with only spaces between them.
 * Three of them at least, making half the line's words, and no punctuation: a sentence naming such pages has its verbs.
 */
function isFooterLinkRun(t: string): boolean {
  const words = t.split(/\s+/u);
  if (words.length < FOOTER_RUN_LINKS || words.length > FOOTER_RUN_WORDS || /[.!?,;:|·•]/u.test(t)) return false;
  let links = 0;
  let covered = 0;
  for (let i = 0; i < words.length; ) {
    // Each word left adds a link and a word covered at most: once that cannot make the counts, the rest is not tried.
    const left = words.length - i;
    if (links + left < FOOTER_RUN_LINKS || (covered + left) * 2 < words.length) return false;
    let size = Math.min(FOOTER_LINK_WORDS, left);
    while (size > 0 && !FOOTER_LINK.test(words.slice(i, i + size).join(' '))) size--;
    if (size > 0) links++;
    covered += size;
    i += Math.max(size, 1);
  }
  return links >= FOOTER_RUN_LINKS && covered * 2 >= words.length;
}

const BREADCRUMB_SEPARATOR = /\s(?:->|→|[>»›|/])\s/u;
/** A how-to's step by its label ("Step 2:", "Schritt 2:"); a numbered list's own numbers are the units' (see detectShapes). */
const NUMBERED_STEP = /^(?:step|schritt|étape|paso|passo) \d{1,2}\s?:\s/iu;

/** "Home > News > Local": short parts joined by path separators. */
export function isBreadcrumb(t: string): boolean {
  // Most lines hold no separator: they are not copied. Spacing is collapsed before the split (linear): splitting on
  // `\s+[>»›|/]\s+` tries every space of a long run.
  if (!BREADCRUMB_SEPARATOR.test(t)) return false;
  // A how-to's step walks a menu's path ("Step 1: Settings > Privacy > Location"): the story's own line.
  if (NUMBERED_STEP.test(t)) return false;
  const parts = t.replace(/\s+/gu, ' ').split(/ (?:->|→|[>»›|/]) /u);
  return parts.length >= 3 && parts.every((p) => wordsOf(p).length >= 1 && wordsOf(p).length <= 4 && !/[.!?]$/u.test(p));
}

/**
 * Lines asked about more than once (the detectors, the site name and the headline all ask): answers kept per text, for
 * dozens of pages' lines: a site's menu and buttons ("Home", "Share", "Contact Us") recur on its other pages, and an answer
 * costs about a hundred pattern tests. At 4,096 lines the 600 corpus pages computed 84,921 answers, at this size 73,860.
 */
const CUE_MEMO_SIZE = 16_384;
const CUE_MEMO_MAX_CHARS = 400;

/** Category named by a cue for a short unit, or null. */
export const cueCategory: (text: string) => RemovalCategory | null = memoisedPerText((text) => cueCategoryOf(text), CUE_MEMO_SIZE, CUE_MEMO_MAX_CHARS);

/** A customer-service blurb: the service named, with a way to reach it (a phone number, an address, opening hours). */
const SERVICE = preRead(new RegExp(String.raw`${anyOf(W.SERVICE_WORDS)}`, 'iu'));
/** SERVICE's words without the guards around them: a look-behind tried at every position made the full test slow, so it runs only where this finds a word. */
const SERVICE_WORD = preRead(new RegExp(W.alternation(W.SERVICE_WORDS), 'iu'));
/** What every CONTACT_DETAIL holds (a digit, or an address's @): one character class, tried before the service's words. */
const CONTACT_HINT = preRead(/[\d@]/u);
const CONTACT_DETAIL = preRead(/\+?\d[\d ()/-]{6,}\d|[\w.-]+@[\w-]+\.\w+|\b\d{1,2}[:.]\d{2}\s*(?:[-–]|to|bis|à|a|do)\s*\d{1,2}[:.]\d{2}/iu);
/**
 * A service box's opening question: "Sie haben Fragen oder ein Anliegen?", "Haben Sie noch Fragen?", "Questions or concerns?",
 * "Vous avez des questions ?", "¿Tienes dudas?". A story asks about something ("Questions about the new routes?" is its own).
 */
const SERVICE_PROMPT = preRead(/^(?:(?:(?:do )?you )?(?:still )?(?:have|got) (?:any |more |further )?questions(?: or (?:concerns|comments|feedback|suggestions))?|questions(?: or (?:concerns|comments|feedback|suggestions))?|(?:sie haben|haben sie|hast du|du hast|habt ihr) (?:noch |weitere )?fragen(?: oder (?:ein |eine )?(?:anliegen|anregungen|wünsche))?|noch fragen|vous avez (?:des|une|d['’]autres) questions?|des questions|(?:¿\s*)?(?:tienes|tiene|tienen) (?:alguna |algunas )?(?:preguntas?|dudas?)|(?:¿\s*)?(?:preguntas|dudas))\s*\?$/iu);
const SERVICE_PROMPT_WORDS = 8;

/**
 * An organisation's standard blurb under a press release: its name with its acronym in brackets,
 * then what kind of body it is ("The Valley Walkers' Association (VWA) is a …", "Der Verband X (VX) ist ein …"):
 * an indefinite article, as a story that names a body by its acronym says what it did ("… (MIA) is the busiest …").
 * A cue only (it counts at the story's end): a story may define an acronym in its last paragraph too.
 */
const ABOUT_ORG = preRead(/^(?:(?:the|der|die|das|le|la|les|l'|el|los|il|lo|de|het)\s+)?(?:\p{Lu}[\p{L}'’.&-]*\s+){0,6}(?:(?:of|for|the|and|der|des|für|und|de|du|des|pour|et|del|para|y|di|per|e|van|voor|en)\s+(?:\p{Lu}[\p{L}'’.&-]*\s+|\p{Ll}+\s+){1,3}){0,2}\((?=\p{L}[^)\s]{0,8}\p{Lu})\p{Lu}[\p{L}\p{N}&.-]{1,9}\)\s+(?:is|ist|est|es|è|is|är|er)\s+(?:a|an|ein|eine|un|une|una|uno|een|en|ett)\s/u);
const ABOUT_ORG_WORDS = 90;
/** A newsletter or subscription promotion names what one signs up for ("Sign up for our weekly newsletter"). */
const NEWSLETTER = preRead(/(?<!\p{L})(?:newsletters?|e-?newsletters?|mailing list|infolettre|lettre d'information|liste de diffusion|lista de correo|mailingliste|boletín|nieuwsbrief|biuletyn|rundbrief)(?!\p{L})/iu);
/** NEWSLETTER's words without its guards, tried first (see RIGHTS_CLAUSE_HINT). */
const NEWSLETTER_HINT = preRead(/newsletter|mailing list|infolettre|lettre d'information|liste de diffusion|lista de correo|mailingliste|boletín|nieuwsbrief|biuletyn|rundbrief/iu);
/** A newsletter form's note on unsubscribing ("You can unsubscribe at any time", "jederzeit abmelden", "lien de désabonnement"). */
const UNSUBSCRIBE = preRead(/(?<!\p{L})(?:unsubscrib\p{L}*|opt[ -]out|abmelden|abbestellen|abmeldung|abmeldelink|désabonn\p{L}*|désinscri\p{L}*|darse de baja|dar(?:te|se) de baja|cancelar (?:la|tu|su) suscripción|disiscriv\p{L}*|afmelden|wypisać)(?!\p{L})/iu);
const UNSUBSCRIBE_NOTE_WORDS = 60;
/** Where a newsletter lands ("delivered to your inbox", "in deinen Posteingang", "dans votre boîte mail"). */
const INBOX = preRead(/(?<!\p{L})(?:(?:in|into|to|straight to|direct(?:ly)? to) your (?:inbox|mailbox)|in (?:dein(?:en)?|ihr(?:en)?|euren?) (?:posteingang|postfach|e-?mail-postfach)|dans votre boîte(?: mail| aux lettres| de réception)?|en tu (?:bandeja de entrada|correo))(?!\p{L})/iu);
/** INBOX's words without its guards, tried first (see RIGHTS_CLAUSE_HINT). */
const INBOX_HINT = preRead(/inbox|mailbox|posteingang|postfach|boîte|bandeja|correo/iu);
/** What a newsletter promises: the best or latest stories, every day or week. */
const DIGEST = preRead(/(?<!\p{L})(?:best|latest|top|news|stories|storys|updates|daily|weekly|every (?:day|week|morning|friday)|neuesten|besten|wichtigsten|täglich|wöchentlich|jede woche|jeden (?:tag|morgen)|chaque (?:jour|semaine|matin)|meilleurs?|dernières|cada (?:día|semana)|noticias)(?!\p{L})/iu);
/** A subscription form's prompt for the reader's address, opening a sentence ("Enter your email address to …", "Gib bitte deine E-Mail-Adresse an"). */
const EMAIL_FIELD = preRead(/(?:^|[.!?]\s+)(?:(?:or|oder|ou|o)\s+)?(?:enter|type|add|provide|geben sie|gib|trage|tragen sie|saisissez|entrez|indiquez|introduce|ingresa|escribe|inserisci)(?:\s+(?:please|bitte|here|hier|ici|aquí|qui)){0,2}\s+(?:your|ihre|deine|dein|votre|ton|tu|su|la tua)\s+(?:e-?mail(?:[ -]?ad(?:d)?res(?:s|se))?|adresse (?:e-?mail|électronique)|correo(?: electrónico)?|indirizzo e-?mail)(?!\p{L})/iu);
/** …and what it brings: new posts, notifications, announcements, the newsletter, or what one gets in one's inbox (a how-to's "Enter your email to reset the password" brings none). */
const FOLLOW_POSTS = preRead(/(?<!\p{L})(?:subscrib\p{L}*|notifications?|announcements?|new (?:posts?|articles?|stor(?:y|ies))|(?:e-?mail|latest) updates|newsletter|abonn\p{L}*|benachrichtigung\p{L}*|neuen? (?:beitr\p{L}*|artikel)|nouveaux articles|suscrib\p{L}*|notificaciones|nuevas entradas|iscriv\p{L}*)(?!\p{L})/iu);
/** EMAIL_FIELD's nouns without its guards, tried first (see RIGHTS_CLAUSE_HINT). */
const EMAIL_HINT = preRead(/mail|correo|adresse|indirizzo/iu);
/** "Our (daily) newsletter", "unser täglicher Newsletter", "notre newsletter", a blogger's "meinen gratis Newsletter": the site speaking of its own. */
const OUR_NEWSLETTER = preRead(/(?<!\p{L})(?:our|my|unser(?:e[nmrs]?)?|mein(?:e[nmrs]?)?|notre|mon|nuestro|mi|il nostro|il mio|ons|mijn)\s+(?:[\p{L}-]+\s+){0,2}?(?:e-?)?newsletter/iu);
/** Words of such a description at most, with the call to subscribe after it. */
const OWN_NEWSLETTER_WORDS = 50;
/** Words of a question about the site's newsletter at most. */
const NEWSLETTER_QUESTION_WORDS = 10;
/** Words of a call to get the newsletter in one's inbox at most: a story's sentence runs longer. */
const NEWSLETTER_CALL_WORDS = 30;
const SIGN_UP = preRead(/(?<!\p{L})(?:sign(?:ing)? up|subscrib\p{L}*|register|get|receive|delivered|join|beitreten|rejoignez|únete|abonn\p{L}*|anmelden|bestellen|inscri\p{L}*|suscri\p{L}*|iscriv\p{L}*|zapisz|zamów)(?!\p{L})/iu);
/** A subscription's selling point: it can be cancelled at any time ("Cancel anytime", "Jederzeit kündbar", "Cancela cuando quieras"). */
const CANCEL_ANYTIME = preRead(/(?<!\p{L})(?:cancel (?:at )?any ?time|cancel whenever you (?:want|like)|jederzeit (?:online )?kündbar|monatlich kündbar|cancela (?:cuando quieras|en cualquier momento)|résiliable à tout moment|sans engagement|disdici quando vuoi|maandelijks opzegbaar)(?!\p{L})/iu);
/** CANCEL_ANYTIME's key words without its guards, tried first (see RIGHTS_CLAUSE_HINT). */
const CANCEL_HINT = preRead(/cancel|kündbar|résiliable|engagement|disdici|opzegbaar/iu);
/** Words of a line with such a selling point at most (an offer's line, not a story about subscriptions). */
const CANCEL_ANYTIME_WORDS = 20;
/** The reader's own subscription ("your subscription", "tu suscripción", "Ihr Abo", "votre abonnement"): the site selling it. */
const YOUR_SUBSCRIPTION = preRead(/(?<!\p{L})(?:your (?:digital |premium )?subscription|(?:tu|su) suscripción|(?:ihr|dein)(?:em)? abo(?:nnement)?|(?:votre|ton) abonnement|(?:il tuo|con l'|l') ?abbonamento|(?:sua|tua) assinatura)(?!\p{L})/iu);
/** YOUR_SUBSCRIPTION's nouns without its guards, tried first (see RIGHTS_CLAUSE_HINT). */
const SUBSCRIPTION_HINT = preRead(/subscription|suscripción|abo|abbonamento|assinatura/iu);
/** What a subscription sells: reading without limit, or content for subscribers only ("sin límites", "exklusive Inhalte"). */
const SUBSCRIPTION_PERK = preRead(/(?<!\p{L})(?:unlimited|sin límites?|ilimitad[oa]s?|unbegrenzt\p{L}*|unbeschränkt\p{L}*|illimité\p{L}*|senza limiti|illimitat[oaie]|sem limites?|exclusive (?:content|stories|articles)|contenidos? exclusivos?|exklusive[nr]? (?:inhalte|artikel|beiträge)|contenus? exclusifs?|contenuti esclusivi|conteúdos? exclusivos?)(?!\p{L})/iu);
/** Words of a subscription's selling line at most. */
const SUBSCRIPTION_PERK_WORDS = 40;
/**
 * A sign-up form's consent line: the reader agrees, or is told that by sending the form they agree,
 * to the privacy policy, the terms or the newsletter ("I agree to the privacy policy", "Mit Absenden
 * meiner E-Mail-Adresse willige ich ein …", "By clicking Subscribe you accept our terms").
 */
const CONSENT_OPENING = preRead(/^(?:(?:ja|yes|oui|sí|si),?\s+)?(?:ich (?:bin (?:[\p{L}-]+\s+){0,8}?einverstanden|willige|stimme|akzeptiere|habe die)|mit (?:dem )?absenden|i (?:agree|consent|accept|have read)|by (?:submitting|signing up|subscribing|clicking|registering)|j'accepte|en (?:m'inscrivant|cliquant|soumettant)|acepto|al (?:suscribirte|registrarte|enviar|hacer clic))(?!\p{L})/iu);
const CONSENT_OBJECT = preRead(/(?<!\p{L})(?:privacy (?:policy|notice|statement)|datenschutz(?:erklärung|bestimmungen|hinweise(?:n)?)|verarbeitung meiner daten|politique de confidentialité|política de privacidad|terms (?:of (?:use|service)|and conditions)|nutzungsbedingungen|agb|newsletter|conditions générales|términos y condiciones|(?:informationen|e-mails|neuigkeiten|news)\b[^.]{0,60}\b(?:zukommen|zusenden|erhalten)|to receive (?:e-?mails?|news|updates|information|offers)|recevoir (?:des|les|vos) (?:informations|e-mails|courriels|actualités|offres)|recibir (?:información|correos|noticias|novedades|ofertas))(?!\p{L})/iu);
/** Words of a consent line at most: a sign-up form prints its whole consent text, two or three sentences. */
const CONSENT_WORDS = 100;
/**
 * A call to sign up that pays the reader for it ("Registriere dich jetzt und sichere dir einen 5€ Gutschein!", "Sign up
 * now and get 10% off your first order"): the call spoken to the reader, then the voucher or the discount.
 */
const SIGN_UP_REWARD = preRead(/(?<!\p{L})(?:registriere dich|melde dich (?:jetzt )?an|jetzt (?:registrieren|anmelden)|sign up (?:now|today|here|and)|register now|subscribe now|abonniere|inscrivez-vous|abonnez-vous|suscríbete|regístrate|iscriviti)(?!\p{L})[^.!?]{0,80}(?<!\p{L})(?:gutschein\p{L}*|rabatt\p{L}*|voucher|coupon|discount|\d+\s?%\s?(?:off|rabatt)|bon de réduction|réduction|descuento|cupón|sconto|buono)(?!\p{L})/iu);
const SIGN_UP_REWARD_WORDS = 50;
/** What SIGN_UP_REWARD's reward needs (its words, or the per cent sign), tried first (see RIGHTS_CLAUSE_HINT). */
const REWARD_HINT = preRead(/gutschein|rabatt|voucher|coupon|discount|%|réduction|descuento|cupón|sconto|buono/iu);
/** A call to sign up opening its line ("Sign up to get the best of the week"), with what the reader gets (DIGEST). */
const SIGN_UP_OPENING = preRead(/^(?:sign up|subscribe|register|melde dich an|abonniere|abonnieren sie|inscrivez-vous|abonnez-vous|suscríbete|regístrate|iscriviti|zapisz się)(?!\p{L})/iu);
/** "Never miss …": a promotion's promise, with what one would miss. */
const NEVER_MISS = preRead(/(?<!\p{L})(?:never miss|nie wieder (?:etwas |eine[nm]? )?verpassen|nichts mehr (?:verpassen|versäumen)|ne (?:manquez|ratez) plus|no te pierdas (?:ninguna|nada|ningún))(?!\p{L})/iu);
/** NEVER_MISS's key words without its guards, tried first (see RIGHTS_CLAUSE_HINT). */
const NEVER_MISS_HINT = preRead(/miss|verpassen|versäumen|manquez|ratez|pierdas/iu);
/** "Keine Geschichte mehr verpassen": the same promise with what one would miss inside it; said with the site's own newsletter only (a deals page opens so too). */
const MISS_NONE = preRead(/(?<!\p{L})kein(?:e[nm]?)?\s+(?:\p{L}+\s+){0,3}?mehr\s+(?:\p{L}+\s+){0,5}?(?:verpassen|versäumen)(?!\p{L})/iu);
const MISSED_THING = preRead(/(?<!\p{L})(?:stor(?:y|ies)|news|updates?|issues?|editions?|posts?|articles?|headlines|beitr(?:ag|äge)|artikel|nachrichten|ausgaben?|noticias|artículos?|numéros?)(?!\p{L})/iu);

/** An events widget with nothing in it ("There are no upcoming events", "Es gibt derzeit keine bevorstehenden Veranstaltungen"). */
const NO_EVENTS = preRead(/^(?:there are (?:currently )?no upcoming events|no upcoming events|es gibt (?:derzeit |aktuell |momentan )?keine (?:bevorstehenden |anstehenden |kommenden )?(?:veranstaltungen|termine)|keine (?:bevorstehenden |anstehenden |kommenden )?(?:veranstaltungen|termine)|aucun événement à venir|no hay eventos próximos)(?:\s+\p{L}+){0,3}\s*[.!]?$/iu);

/** A page's feedback widget asking whether the page helped ("Was this article helpful?", "Fanden Sie diesen Artikel hilfreich?"). */
const HELPFUL_ASK = preRead(/^(?:(?:was|is) (?:this|the) (?:article|page|post|answer|information|guide) (?:helpful|useful)|did you find (?:this|the) (?:article|page|post|information) (?:helpful|useful)|(?:fanden sie|fandest du|findest du|finden sie|war|ist) (?:diese[nrs]?|der|die|das) (?:artikel|beitrag|seite|information(?:en)?|text)s? (?:hilfreich|nützlich)|(?:cet|cette) (?:article|page|information) (?:vous a-t-(?:il|elle)|t'a-t-(?:il|elle)) (?:été )?(?:utile|aidé)|¿?(?:te|le) (?:ha )?(?:resultado|sido|parece) útil (?:este|esta) (?:artículo|nota|información|página))\s*\??\s*(?:(?:yes|no|ja|nein|oui|non|sí)\b[\s/|]*)*$/iu);
/** Words of such a widget at most, its answer buttons included. */
const HELPFUL_ASK_WORDS = 14;

/**
 * The page's own reference for citing it ("Suggested citation: Doe, Jane: Title, Blog, 2020/4/9, https://…",
 * "Zitiervorschlag: …", "Cite this article"): a reader's tool beside print and share, not the story. The label
 * stands alone, before a colon or apart from the reference (two spaces): "How to cite sources" heads a story's part.
 */
const CITE_THIS = preRead(/^(?:suggested citation|recommended citation|cite this (?:article|post|page|paper|story)|cite as|how to cite(?: this (?:article|post|page))?|please cite (?:this (?:article|post|page) )?as|zitiervorschlag|citation suggérée|pour citer (?:cet article|ce billet|cette page)|cómo citar(?: este artículo)?|citar como|come citare(?: questo articolo)?)(?:\s*:|\s*$|\s{2,})/iu);
/** Words of such a reference at most: its authors, title, site, date and address. */
const CITE_THIS_WORDS = 60;

/**
 * The site's own app offered for both kinds of phone ("Die Sport-App jetzt kostenlos für iOS und Android!"): a button,
 * not a sentence; a story about one app names one store.
 */
const APP_PROMO_WORDS = 15;
const APPLE_STORE = preRead(/(?<!\p{L})(?:ios|iphone|app store)(?!\p{L})/iu);
const ANDROID_STORE = preRead(/(?<!\p{L})(?:android|google play|play store)(?!\p{L})/iu);
const APP_WORD = preRead(/app(?!\p{L})/iu);
const APP_OFFER = preRead(/(?<!\p{L})(?:kostenlos|gratis|free|download|herunterladen|jetzt|now|installieren|install|gratuit|télécharger|descarga|descargar)(?!\p{L})/iu);

/** A rating's score ("4", "4.5", "4,53"). */
const SCORE = String.raw`\d(?:[.,]\d{1,2})?(?!\d)`;
/** Out of how many stars: "out of 5 stars", "von 5 Sternen", "sur 5 étoiles". */
const SCORE_OUT_OF = String.raw`(?:von|of|out of|sur|de|su|z|aus)\s+(?:5|10)\s+(?:sternen?|stars?|étoiles|estrellas|stelle|gwiazdek)`;
/** How many ratings a score rests on: "bei 4394 Bewertungen", "from 310 ratings", "(12 votes)". */
const RATING_COUNT = String.raw`\(?(?:(?:bei|from|based on|aus|sur|de|su|con|z)\s+)?\d[\d.,]*\s+(?:ratings?|reviews?|votes?|bewertungen|stimmen|avis|évaluations|votos|valoraciones|reseñas|voti|recensioni|ocen|głosów)`;
/** Words of a "Did you like this article?" question on its own, at most. */
const LIKED_QUESTION_WORDS = 8;
/**
 * A rating widget's call ("Rate this article", "Bewerte diesen Artikel", "Wir freuen uns, wenn du unseren Beitrag bewertest:",
 * "Évaluez cet article").
 */
const RATE_CALL = preRead(/^(?:rate this (?:article|post|story|recipe|page)|(?:bewerte|bewerten sie) (?:diesen|unseren|den) (?:artikel|beitrag)|évaluez cet article|califica (?:este|el) artículo|valuta (?:questo|l')articolo)(?!\p{L})|(?<!\p{L})(?:diesen|unseren|den) (?:artikel|beitrag) bewerte(?:st|n)?\s*[:!.]?\s*$/iu);
const RATE_HINT = preRead(/rate|bewert|évaluez|califica|valuta/iu);
/**
 * A rating widget's score on its own line: stars out of five or ten ("4.5 out of 5 stars", "Mit von 5 Sternen" when the
 * score was a picture) or a score with the count of ratings it rests on ("4,53 bei 4394 Bewertungen", "4.2 (310 votes)").
 */
const RATING_SCORE = preRead(new RegExp(String.raw`^(?:(?:${SCORE}\s*)?(?:mit\s+)?${SCORE_OUT_OF}(?:\s*[(,;|-]?\s*${RATING_COUNT}\)?)?|${SCORE}(?:\s*/\s*(?:5|10))?\s*[(,;|-]?\s*${RATING_COUNT}\)?)$`, 'iu'));
const RATE_CALL_WORDS = 14;
const RATING_SCORE_WORDS = 10;
/** A blog host's like widget: "Like this:", "Like Loading...", "Be the first to like this.", "Gefällt mir:", "Sei der Erste, dem dies gefällt.". */
const LIKE_WIDGET = preRead(/^(?:like this\s*:|(?:like|gefällt mir|j['’]aime|me gusta)\s+(?:loading|lade|wird geladen|chargement|cargando)\s*(?:\.{3}|…)?|be the first to like this\.?|gefällt mir\s*:|sei (?:der|die) erste,? (?:dem|der) dies gefällt\.?|j['’]aime ceci\s*:|soyez le premier à aimer ceci\.?|me gusta esto\s*:|sé el primero en decir que te gusta\.?)$/iu);
/** "Did you like this article? …", "Wie hat dir dieses Rezept gefallen?": a call to subscribe, share or rate closing a post. */
const LIKED_THIS = preRead(/^(?:(?:did you (?:like|enjoy)|(?:if )?you (?:liked|enjoyed)|(?:liked|enjoyed))\s+(?:reading\s+)?(?:this|the|our)\s+(?:article|post|story|piece|recipe)|(?:wenn (?:ihnen|dir|euch) |wie )?(?:hat (?:ihnen|dir|euch) )?(?:dieser |der |dieses |das )?(?:artikel|beitrag|rezept) (?:hat (?:ihnen|dir|euch) )?gefallen|gefällt (?:ihnen|dir|euch) (?:dieser|der|dieses|das) (?:artikel|beitrag|rezept)|(?:cet |l')article vous a plu|cette recette vous a plu|(?:te|le) (?:ha )?gustado (?:este|el) artículo|(?:te|le) (?:ha )?gustado (?:esta|la) receta)(?!\p{L})/iu);
/** Words of an appeal opening "Did you like this article?" at most: it may go on to say what the support pays for. */
const LIKED_APPEAL_WORDS = 80;
/** …with a request for a donation ("… können Sie mich durch eine Spende unterstützen", "… you can support me with a donation"). */
const DONATE_ASK = preRead(/(?<!\p{L})(?:spende\p{L}*|donat\p{L}*|support(?:ing)? (?:me|us|my|our)|unterstütz\p{L}*|soutenez|soutenir|un don|apoy\p{L}*)(?!\p{L})/iu);
/** …with a call to pass the story on ("Vergiss nicht zu teilen!"). */
const PASS_ON = preRead(new RegExp(String.raw`(?<!\p{L})(?:share|tell|recommend|spread (?:the )?(?:word|news)|empfehlen|weiterempfehlen|${W.alternation(W.SHARE_VERBS)})(?!\p{L})`, 'iu'));
/** "Follow us on …", "Folgen Sie uns", "Síguenos en …": a call to follow the site, a row of social buttons in words. */
const FOLLOW_US = preRead(/^(?:follow|like|find)\s+us(?:\s+(?:on|at)\b|\s*[:!]?\s*$)|^(?:folgen sie uns|folge uns|folgt uns|liken sie uns|suivez[- ]nous|retrouvez[- ]nous|s[ií]guenos|s[ií]ganos|siga[- ]nos|nos siga|seguici|seguinos|volg ons|obserwuj nas|følg os|följ oss|seuraa meitä|sledujte nás)(?!\p{L})/iu);
/** Words of a call to follow at most: a story's sentence about following runs longer (and closes with a full stop). */
const FOLLOW_SHORT_WORDS = 12;
const FOLLOW_WORDS = 20;

/** The verbs of a call to follow the site, and the networks it is followed on, shared by the calls below. */
const FOLLOW_VERB = String.raw`follow|folgen sie|folge|folgt|suivez|sigue`;
const FOLLOW_NETWORK = ['x', ...W.SOCIAL_PLATFORMS, ...W.NEWER_NETWORKS].join('|');
/**
 * "Follow The Valley Post on Twitter", "Folgen Sie dem Kurier auf Instagram", "(For updates …, follow X on Facebook)", "Follow
 * @handle and @desk on Twitter": a call to follow the site by its name on a network, a question to the reader before it or not
 * ("Want more harbour news? Follow …").
 */
const FOLLOW_NAMED = preRead(new RegExp(String.raw`^\(?\s*(?:[^.?!]{1,60}\?\s+)?(?:for\s+(?:more\s+|the\s+latest\s+)?(?:updates|news|stories)\b[^,]{0,50},\s*)?(?:${FOLLOW_VERB}|siga|segui|volg|obserwuj)\s+(?:[@\p{L}][\p{L}\p{N}_.]*\s+){1,5}?(?:on|auf|sur|en|em|su|op|na)\s+(?:${FOLLOW_NETWORK}|whatsapp|telegram|google news)(?!\p{L})`, 'iu'));
/**
 * "Visit the Harbour Authority on Facebook, Flickr and YouTube": a call to visit the site's pages, a network first, its
 * line closing with the list, whose other names may be any ("Flickr", "Google+"); a story's "visit … on Facebook to see …" goes on.
 */
const VISIT_ON = preRead(new RegExp(String.raw`^visit\s+(?:[@\p{L}][\p{L}\p{N}_.]*\s+){1,5}?on\s+(?:${FOLLOW_NETWORK})(?:\s*(?:,|and|&)\s*[\p{L}+]+)*\s*[.!]?$`, 'iu'));
/** "Love ferries? Join the Harbour community on Facebook.": a call to join the site's group, closing its line at the network. */
const JOIN_ON = preRead(new RegExp(String.raw`^(?:[^.?!]{1,30}\?\s+)?join\s+(?:the|our|us)\b[^.!?,]{0,50}\s(?:on|auf|sur|en)\s+(?:${FOLLOW_NETWORK})\s*[.!]?$`, 'iu'));
/** "Follow Example Notes: RSS | Email | Twitter": the site's name, then its channels listed after a colon. */
const FOLLOW_CHANNEL = String.raw`(?:rss|e-?mail|newsletter|${FOLLOW_NETWORK})`;
const FOLLOW_LIST = preRead(new RegExp(String.raw`^(?:${FOLLOW_VERB})\s+(?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+\s*:\s*${FOLLOW_CHANNEL}(?:\s*[|,·/]\s*${FOLLOW_CHANNEL})*\s*$`, 'iu'));
/**
 * A line closed by a button or a call to follow a handle ("… in marketing and social media. Follow @handle", "Read more of
 * her work at the Review and follow her on Twitter at @handle").
 */
const FOLLOW_HANDLE_END = preRead(new RegExp(String.raw`(?:^|[.!?:]\s+|\s+(?:and|und|et|y)\s+)(?:${FOLLOW_VERB})\s+(?:(?:us|me|him|her|them|uns|mir|ihm|ihr|ihnen|nous|le|la|les)\s+)?(?:(?:on|auf|sur|en)\s+\p{L}+\s+)?(?:(?:at|unter)\s+)?@[\w.]+\s*$`, 'iu'));
/** Words of such a call at most, with the handles and addresses printed after it. */
const FOLLOW_NAMED_WORDS = 40;
/**
 * The site's own app or messenger channel: "our app", "nuestro canal de YouTube", "we have a Telegram
 * channel", or an app that brings the news "to your phone".
 */
const OWN_CHANNEL = preRead(/(?<!\p{L})(?:(?:our|nuestro|nuestra|unser(?:e[nm]?)?|notre|nos|il nostro|la nostra|nosso|nossa|nasz[aąe]?|onze)\s+(?:[\p{L}-]+\s+){0,2}?|(?:tenemos|haben wir|we have|we've got|nous avons|abbiamo|temos)\s+(?:[\p{L}-]+\s+){0,2}?)(?:apps?|channel|canal|kanal|chaîne|canale)(?!\p{L})|(?<!\p{L})(?:(?:to|on) your (?:phone|smartphone|mobile)|auf (?:dein|ihr) (?:handy|smartphone)|en tu (?:celular|móvil|teléfono)|sur votre (?:mobile|smartphone|téléphone))(?!\p{L})(?=.*(?<!\p{L})(?:apps?|channel|canal|kanal)(?!\p{L}))/iu);
/** OWN_CHANNEL's nouns without its guards, tried first (see RIGHTS_CLAUSE_HINT). */
const OWN_CHANNEL_HINT = preRead(/\bapps?\b|channel|canal|kanal|chaîne|canale/i);
/** A call to get, join or follow it. */
const CHANNEL_CALL = preRead(/(?<!\p{L})(?:download|get|install|join|subscribe|follow|stay up to date|únete|unite|suscríbete|descarga|descárgate|mira|sigue|síguenos|lade|laden sie|abonniere|abonnieren sie|folge|folgen sie|tritt|treten sie|installiere|hol dir|holen sie sich|téléchargez|rejoignez|abonnez-vous|suivez|scarica|iscriviti|segui|baixe|inscreva-se|pobierz|dołącz|obserwuj)(?!\p{L})/iu);
/** Words of such a call at most. */
const CHANNEL_CALL_WORDS = 25;
/** A quotation or reported speech: someone in the story speaking of their own app or channel. */
const QUOTED = preRead(/["“”„«»]|(?<!\p{L})(?:said|says|told|according to|sagte|sagt|erklärte|dijo|afirmó|explicó|a dit|a déclaré|ha detto)(?!\p{L})/iu);

/** The publication asking its readers to pay for its journalism: "our (independent) journalism" or "our reporting" with a call to support it (not "our work": a source speaks of theirs). */
const OUR_WORK = preRead(/(?<!\p{L})(?:our (?:[\p{L}-]+ )?(?:journalism|reporting|newsroom)|unser(?:e[nrs]?)? (?:[\p{L}-]+ )?(?:journalismus|berichterstattung|redaktion)|notre (?:journalisme|rédaction)(?: [\p{L}-]+)?|nuestro periodismo|il nostro giornalismo|nasze dziennikarstwo)(?!\p{L})/iu);
/** OUR_WORK's nouns without its guards, tried first (see RIGHTS_CLAUSE_HINT). */
const OUR_WORK_HINT = preRead(/journalism|reporting|newsroom|berichterstattung|redaktion|rédaction|periodismo|giornalismo|dziennikarstwo/iu);
/** The publication itself as a reader knows it ("our magazine", "unser Wandermagazin", "notre site"): with a call to support it, an appeal; said in a quotation, a source's own. */
const OUR_TITLE = preRead(/(?<!\p{L})(?:our (?:magazine|newspaper|paper|site|website|blog|podcast|newsletter)|unser(?:e[nms]?)? (?:\p{L}*magazin|\p{L}*zeitung|website|webseite|seite|blog|podcast|newsletter)|notre (?:magazine|journal|site|blog|podcast)|nuestr[oa] (?:revista|periódico|diario|sitio|web|blog|podcast)|la nostra (?:rivista|testata)|il nostro (?:giornale|sito|blog|magazine))(?!\p{L})/iu);
const OUR_TITLE_HINT = preRead(/magazin|zeitung|paper|site|seite|blog|podcast|newsletter|journal|revista|periódico|diario|web|rivista|testata|giornale|sito/iu);
/** "Do you like our magazine?", "Gefällt dir unser Magazin?", "Vous aimez notre site ?": the opening of an appeal to the reader. */
const LIKED_OURS = preRead(/^(?:(?:do you |did you )?(?:like|enjoy|love|value)\s+(?:our|this)\s+(?:magazine|site|website|blog|podcast|newsletter|work|content|journalism)|(?:gefällt|gefallen) (?:dir|ihnen|euch) unser(?:e[nms]?)? \p{L}*(?:magazin|zeitung|blog|seite|website|webseite|podcast|newsletter|arbeit|angebot|inhalte|journalismus)|vous aimez (?:notre|ce) (?:magazine|site|blog|journal|travail)|(?:¿\s*)?te gusta (?:nuestr[oa]|este|esta) (?:revista|sitio|web|blog|periodismo|trabajo))(?!\p{L})[^.!?]{0,40}\?/iu);
const SUPPORT = /(?<!\p{L})(?:support|donat\p{L}*|contribut\p{L}*|help|unterstütz\p{L}*|hilft|helfen|spende\p{L}*|beitrag|soutien|souten\p{L}*|apoy\p{L}*|apoya\p{L}*|donación|sostien\p{L}*|sostegno|wesprzyj\p{L}*|wsparcie)(?!\p{L})/iu;

/** A call for donations with the way to pay ("Donate via PayPal", "Spenden an folgendes Konto: …"), or a bank account's number. */
const DONATION_HINT = preRead(/paypal|iban|transfer|account|überw|konto|bankverb|virement|cuenta|bonifico|przelew|overschrijving|rekening/i);
const DONATE = /(?<!\p{L})(?:donat\p{L}*|spende[nst]?|spendet|dons?|faire un don|donar|donaci[óo]n|dona|donazion[ei]|doneer|donatie|wpłać|darowizn\p{L}*)(?!\p{L})/iu;
const PAYMENT = /(?<!\p{L})(?:paypal|iban|bank transfer|bank account|überweis\p{L}*|konto|bankverbindung|virement|transferencia|cuenta bancaria|bonifico|przelew\p{L}*|overschrijving|rekeningnummer)(?!\p{L})/iu;
/** An account number after its label: "IBAN: DE12 3456 …". */
const IBAN = /(?<!\p{L})IBAN\s*:?\s*[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2}/u;
const DONATION_WORDS = 30;
/** The appeal is a button ("Donate via PayPal") or speaks to the reader; a story reporting on donations does neither. */
const DONATION_BUTTON_WORDS = 8;
const TO_READER = preRead(/(?<!\p{L})(?:you|your|du|dich|dein\p{L}*|euch|eure?|vous|votre|vos|tu|tus|usted|ty|twoj\p{L}*|twój\p{L}*|je|jouw|uw)(?!\p{L})/iu);
/** A call to donate with the way to pay, or an account's number (as cueCategory names it 'login'). */
export function isDonationCall(t: string): boolean {
  return isDonationDetail(t) && wordsOf(t).length <= DONATION_WORDS;
}
function isDonationDetail(t: string): boolean {
  if (!DONATION_HINT.test(t)) return false;
  if (IBAN.test(t)) return true;
  return DONATE.test(t) && PAYMENT.test(t) && (wordsOf(t).length <= DONATION_BUTTON_WORDS || /:\s*$/u.test(t) || TO_READER.test(t) || OUR_ACCOUNT.test(t));
}
/**
 * A short paragraph asking for help or money in the first person or to the reader ("The magazine needs your
 * help!", "Jeder Betrag hilft uns weiter"): alone it may be a story's, right above a donation
 * appeal it is the appeal's opening.
 */
export function asksForSupport(text: string): boolean {
  const words = wordsOf(text).length;
  if (words > APPEAL_LEAD_WORDS || !APPEAL_LEAD_SUPPORT.test(text) || QUOTED.test(text)) return false;
  // A short cry for help ("Helfen Sie mit!", "Every donation counts!") speaks to the reader without naming them.
  return TO_READER.test(text) || WE.test(text) || (words <= APPEAL_CRY_WORDS && /!\s*$/u.test(text));
}
const APPEAL_CRY_WORDS = 15;
const APPEAL_LEAD_WORDS = 60;
const APPEAL_LEAD_SUPPORT = new RegExp(String.raw`${SUPPORT.source}|(?<!\p{L})(?:hilfe|aide|ayuda|aiuto|pomoc\p{L}*)(?!\p{L})`, 'iu');
const WE = /(?<!\p{L})(?:we|us|wir|uns|nous|nosotros|noi|wij|ons|my|nas)(?!\p{L})/iu;
/** The publication's own account for the donations ("to our account", "auf unser Konto"): the appeal is the page's, not a story's. */
const OUR_ACCOUNT = /(?<!\p{L})(?:our (?:bank |paypal )?account|unser(?:em?)? (?:spenden|bank)?konto|notre compte|nuestra cuenta|il nostro conto|ons (?:bank)?rekeningnummer|nasze konto)(?!\p{L})/iu;

/** The publication saying it lives on its readers' support: "We rely on your support", "Wir sind auf Ihre Spenden angewiesen", "Support our independence". */
const READERS_SUPPORT = preRead(/(?<!\p{L})(?:we (?:rely|depend|count) on (?:your|our readers'?) (?:support|generosity|help|donations?|contributions?)|we (?:rely|depend|count) on (?:the )?(?:support|generosity) of (?:our )?readers|wir sind auf (?:ihre|deine|eure) (?:unterstützung|spenden?|hilfe) angewiesen|nous comptons sur (?:votre|vos) (?:soutien|générosité|aide|dons)|(?:contamos|dependemos) (?:con|de) (?:tu|su) (?:apoyo|ayuda|donación)|(?:support|unterstütze|unterstützen sie|unterstützt|soutenez|apoya|apoye) (?:our|unsere|notre|nuestra) (?:independence|unabhängigkeit|indépendance|independencia))(?!\p{L})/iu);
/**
 * The publication asking for support in so many words: "support us" ("apóyanos", "unterstützen Sie uns"), "support
 * (independent) journalism" ("Apoya el periodismo incómodo", "Sichern Sie unseren Journalismus"), "independent journalism needs the support of its readers" (German
 * compounds too: "Lokaljournalismus braucht Ihre Unterstützung").
 */
const SUPPORT_US = new RegExp(
  String.raw`(?<!\p{L})(?:support us|apóyanos|apóyenos|unterstütze uns|unterstützen sie uns|unterstützt uns|soutenez-nous|sostienici|apoie-nos|wesprzyj nas|` +
    String.raw`(?:support|apoya|apoye|unterstütze|unterstützen sie|unterstützt|sichere|sichern sie|sichert|soutenez|sostieni|apoie)\s+(?:(?:el|la|den|diesen|le|il|o|our|this|unseren?|nuestro|notre|independent|unabhängigen|independiente|indépendant|\p{L}+e)\s+){0,2}(?:journalism|periodismo|journalismus|journalisme|giornalismo|jornalismo)|` +
    String.raw`(?:journalism|periodismo|\p{L}*journalismus|journalisme|giornalismo|jornalismo)\s+(?:[\p{L}-]+\s+){0,2}(?:needs|necesita|braucht|a besoin)\s+(?:[\p{L}-]+\s+){0,1}` +
    String.raw`(?:(?:your|ihre|deine|eure|tu|su|votre|il tuo|o seu)\s+(?:support|apoyo|unterstützung|soutien|sostegno|apoio)|(?:support|apoyo|unterstützung|soutien|sostegno|apoio)\s+(?:(?:of|de|del|von|di|dos)\s+(?:(?:its|our|sus|nuestros|seinen|ihren|ses|nos|suoi|seus)\s+)?|(?:seiner|ihrer|unserer)\s+)(?:readers|lectores|leser|lesern|leserinnen|lecteurs|lettori|leitores)))(?!\p{L})`,
  'iu',
);
/** SUPPORT_US's verbs and nouns without their guards, tried first (see RIGHTS_CLAUSE_HINT). */
const SUPPORT_US_HINT = preRead(/support|apoy|apóy|unterstütz|sicher|souten|sostien|apoi|wesprzyj/iu);
/** Words of such an appeal at most: it often goes on to say what the support pays for. */
const SUPPORT_US_WORDS = 80;
/**
 * The site's terms, which using it means accepting ("By using this site, you agree to our Terms of Use", "Mit der Nutzung
 * dieser Website akzeptieren Sie unsere Nutzungsbedingungen"): its footer, in its own voice (a story speaks of an app's terms).
 */
const TERMS = preRead(/(?<!\p{L})(?:terms of (?:service|use)|terms and conditions|nutzungsbedingungen|conditions (?:générales )?d['’]utilisation|términos (?:de uso|y condiciones)|condizioni d['’]uso)(?!\p{L})/iu);
const TERMS_HINT = preRead(/terms|nutzungsbedingungen|conditions|términos|condizioni/iu);
const TERMS_AGREE = preRead(/(?<!\p{L})(?:agree|accept|akzeptier\p{L}*|stimm\p{L}* .{0,40}zu|einverstanden|acceptez|aceptas?|accetti)(?!\p{L})/iu);
const SITE_OWN = preRead(/(?<!\p{L})(?:our|this (?:site|website)|unsere[nr]?|diese[rn]? (?:website|webseite|seite)|nos|notre|ce site|nuestros|este sitio|i nostri|questo sito)(?!\p{L})/iu);
const TERMS_NOTICE_WORDS = 40;
/** The site's policy pages, as a pointer to them names them: privacy, cookies, terms. */
const POLICY_PAGE = String.raw`(?:privacy (?:policy|notice|statement)|cookie (?:policy|notice)|terms (?:of (?:service|use)|(?:and|&) conditions)|datenschutzerklärung|datenschutzhinweise|datenschutzbestimmungen|nutzungsbedingungen|(?:allgemeinen )?geschäftsbedingungen|politique de confidentialité|conditions (?:générales )?d['’]utilisation|política de privacidad|términos (?:de uso|y condiciones)|informativa sulla privacy)`;
/**
 * A sentence that only sends the reader to the site's policy pages ("Read our full Privacy Policy as well as Terms & Conditions.",
 * "Lesen Sie unsere Datenschutzerklärung.", "Weitere Informationen hierzu finden Sie in unserer Datenschutzerklärung.", "Consultez notre
 * politique de confidentialité."): page furniture under a form or in the footer.
 */
const POLICY_POINTER = preRead(new RegExp(String.raw`^(?:please\s+)?(?:read|see|view|review|consult|check)\s+(?:out\s+)?our\s+(?:full\s+|updated\s+|complete\s+)?${POLICY_PAGE}(?:\s+(?:and|as well as|&)\s+(?:our\s+)?${POLICY_PAGE})?(?:\s+(?:here|for (?:more )?details))?\s*[.!]?$|^(?:bitte\s+)?(?:lesen|beachten)\s+sie\s+(?:hier\s+|auch\s+)?unsere\s+${POLICY_PAGE}(?:\s+und\s+(?:unsere\s+)?${POLICY_PAGE})?\s*[.!]?$|^(?:mehr|weitere)\s+(?:infos?|informationen)(?:\s+(?:dazu|hierzu))?\s+(?:bekommen|erhalten|finden)\s+sie\s+in\s+unserer\s+${POLICY_PAGE}\s*[.!]?$|^(?:more|further)\s+(?:info|information|details)\s+(?:(?:can be found|is available)\s+)?in\s+our\s+${POLICY_PAGE}\s*[.!]?$|^(?:consultez|lisez)\s+notre\s+${POLICY_PAGE}\s*[.!]?$|^(?:consulta|lee)\s+nuestra\s+${POLICY_PAGE}\s*[.!]?$`, 'iu'));
const POLICY_POINTER_WORDS = 20;
/** The link to the publisher's editorial standards under every story ("Our Standards: The Valley Post Trust Principles."). */
const OUR_STANDARDS = preRead(/^our (?:editorial )?standards\s*:\s*\S.{0,80}$/iu);
const OUR_STANDARDS_WORDS = 15;
const POLICY_HINT = preRead(/privacy|cookie|terms|datenschutz|bedingungen|confidentialité|utilisation|privacidad|términos/iu);
/**
 * A press release's contact block: its label ("Pressekontakt:", "Media contact", "Contact presse") or the press
 * officer's role on a line of its own ("Stellvertretende Pressesprecherin", "Press Officer, Valley Council").
 */
const PRESS_CONTACT = preRead(/^(?:press(?:e)?[ -]?(?:kontakt|contact|anfragen|stelle)|media (?:contact|enquiries|inquiries|relations)|contact (?:presse|de presse|médias)|contacto de prensa|contatto stampa|ansprechpartner(?:in)? für (?:die )?(?:presse|medien))\s*:?\s*$/iu);
const PRESS_ROLE = preRead(/^(?:[\p{L}-]+\s+){0,3}(?:pressesprecher(?:in)?|pressereferent(?:in)?|press officer|press secretary|media relations manager|leiter(?:in)? (?:der )?pressestelle|attachée? de presse|responsable de prensa)(?![\p{L}])(?:[^.!?]{0,100})$/iu);
const PRESS_HINT = preRead(/presse|press|media|médias|prensa|stampa/iu);
/** How to reach the story's reporter or editor ("To reach the reporter behind this story, contact …"): the site's footer note. */
const REACH_REPORTER = preRead(/^to (?:reach|contact) the (?:reporters?|editors?|writers?|authors?)\b[^.!?]{0,60}\bcontact\s/iu);
const REACH_REPORTER_WORDS = 40;
/** Words of a contact block's line at most. */
const PRESS_CONTACT_WORDS = 14;
/**
 * The publisher's tax status in a line of its own ("Example Media is a 501(c)(3) nonprofit organization. Donations
 * are tax-deductible."): the site's footer. A story names the status inside a longer paragraph.
 */
const NONPROFIT_STATUS = preRead(/^[^.!?]{1,60}\s(?:is|are)\s+an?\s+(?:registered\s+)?501\s?\(c\)\s?\(?3\)?/iu);
const NONPROFIT_STATUS_WORDS = 25;
/**
 * A broadcaster's note on when its programme covered the story ("Über dieses Thema berichtete Radio Valley am 3. März
 * 2024 um 18:30 Uhr.", "Dieses Thema im Programm: …"): the site's, under its text. A story cites a source without "dieses Thema".
 */
const PROGRAMME_NOTE = preRead(/^(?:über dieses thema berichtete(?:n)?\s.{1,80}\s(?:am|im|in der|in den|um)\s|dieses thema im programm\s*:)/iu);
const PROGRAMME_NOTE_WORDS = 40;
/**
 * The software, theme or host a site names in its footer: "Powered by X", "Proudly powered by WordPress", "Theme: X by
 * Y", "Designed by X", "Blog at WordPress.com.", "Erstelle eine kostenlose Website oder Blog – auf WordPress.com.".
 * A story's sentence does not open with these words and stop so soon.
 */
const SITE_CREDIT = preRead(/^(?:(?:proudly\s+)?powered\s+by(?!\p{L})|(?:wordpress\s+)?(?:theme|template)\s*(?::|by\s|von\s|par\s|por\s)|(?:webdesign|design)\s+(?:by|von|par|por)\s|(?:designed|developed)\s+by\s|(?:blog|bloggen)\s+(?:at|auf|sur|en)\s+wordpress\.com|(?:create|erstelle|crea|créez)\s[^.!?]{0,60}?(?:at|auf|sur|en)\s+wordpress\.com)/iu);
const SITE_CREDIT_HINT = preRead(/powered|theme|template|design|develop|wordpress/iu);
const SITE_CREDIT_WORDS = 16;
/** A donation form's label over its ways to pay ("Unterstützen über:", "Donate via:", "Soutenir par :"). */
const DONATION_FORM_LABEL = preRead(/^(?:unterstützen|spenden|support|donate|give|soutenir|donner|donar|apoyar|apoiar|sostenere|wesprzyj)\s+(?:über|per|via|mit|with|by|par|avec|con|por|com|przez)\s*:$/iu);
/** The words of a button to donate now: "Donate now", "Jetzt spenden", "Faites un don". */
const DONATE_NOW_WORDS = String.raw`(?:donate (?:today|now)|jetzt spenden|spenden sie jetzt|faites un don|donar? ahora|dona ora)`;
/** A donation button run into the appeal before it: "… help us thrive. Donate today", "… free to read - donate today!". */
const DONATE_NOW = preRead(new RegExp(String.raw`(?:[.!?]|\s[-–—:])\s+${DONATE_NOW_WORDS}\s*[.!]?$`, 'iu'));
const DONATE_BUTTON = new RegExp(String.raw`^${DONATE_NOW_WORDS}\s*[.!]?$`, 'iu');
/**
 * A button to donate now alone on its line ("Jetzt spenden!"): no cue names it (in a menu it is a menu's entry), but
 * under a cry for help it is the foot of a donation box (see dropAppealLeads).
 */
export function isDonateButton(text: string): boolean {
  return DONATE_BUTTON.test(text.trim());
}
/** Words of such an appeal at most. */
const APPEAL_WORDS = 40;
/** READERS_SUPPORT's and DONATE_NOW's key words without their guards, tried first (see RIGHTS_CLAUSE_HINT). */
const APPEAL_HINT = preRead(/rely|depend|count|angewiesen|comptons|contamos|dependemos|independ|unabhängig|indépend|donat|spende|un don|donar|dona ora/iu);

/** German's formal "you", capitalised inside a sentence (at its start "Sie" is also "she" or "they"). */
const FORMAL_YOU = preRead(/(?<=\s)(?:Sie|Ihnen|Ihr(?:e[nmrs]?)?)(?!\p{L})/u);
/**
 * The consent notice of social buttons that load only when switched on ("Wenn Sie diese Felder durch einen Klick aktivieren,
 * werden Informationen an Facebook, Twitter oder Google übertragen", "If you enable these buttons, data is sent to Facebook"):
 * a platform, data sent to it, and the reader's click that switches it on, said to the reader (a story reports such transfers).
 * The platforms such a notice names (the share row's, Google's and TikTok's; "threads" is also a common word): SOCIAL_PLATFORM
 * adds word bounds, PLATFORM_HINT tries them first without.
 */
const CONSENT_PLATFORMS = ['google', 'tiktok', ...W.SOCIAL_PLATFORMS].join('|');
const PLATFORM_HINT = preRead(new RegExp(CONSENT_PLATFORMS, 'iu'));
const SOCIAL_PLATFORM = preRead(new RegExp(String.raw`(?<!\p{L})(?:${CONSENT_PLATFORMS})(?!\p{L})`, 'iu'));
const DATA_SENT = preRead(/(?<!\p{L})(?:übertragen|übermittelt|weitergegeben|transmitted|transferred|sent to|envoyées?|transmises?|transmitidos?|enviados?)(?!\p{L})/iu);
const SWITCHED_ON = preRead(/(?<!\p{L})(?:aktivier\p{L}*|klick\p{L}*|activate\p{L}*|enabl\p{L}*|click\p{L}*|activ(?:ez|ant|ar)|cliquez|haga clic)(?!\p{L})/iu);

/** A paywall's notice: subscribing or registering (or logging in as a subscriber) to read the rest of the story. */
const SUBSCRIBER = /(?<!\p{L})(?:subscri\p{L}*|abonn\p{L}*|suscri\p{L}*|abbona\p{L}*|subskry\p{L}*|prenumer\p{L}*)/iu;
/** Registering to read on: a wall's button ("Kostenlos registrieren und weiterlesen"), no longer than REGISTER_WALL_WORDS. */
const REGISTER = /(?<!\p{L})(?:regist\p{L}*|sign up|inscri\p{L}*)/iu;
const REGISTER_WALL_WORDS = 10;
const FULL_STORY = /(?<!\p{L})(?:(?:the )?full (?:story|article)|(?:to )?(?:continue|keep) reading|(?:the )?rest of (?:the|this) (?:story|article)|(?:access|read) (?:to )?this (?:story|article)|weiterlesen|ganzen (?:artikel|beitrag)|vollständigen (?:artikel|beitrag)|article complet|la suite de (?:cet|l')article|artículo completo|nota completa|articolo completo|całego artykułu)(?!\p{L})/iu;

/** A paywall's notice: the rest of the story is for subscribers or registered readers, so nothing after it is the story's. */
export function isPaywallNotice(text: string): boolean {
  const t = text.trim();
  // The hint first: the notice is looked for on every short line, and most hold none of its stems.
  if (t.length > 400 || !SUBSCRIBER_HINT.test(t)) return false;
  const words = wordsOf(t).length;
  if (words > 40) return false;
  if (SUBSCRIBER.test(t)) return FULL_STORY.test(t) || SUBSCRIBER_LOGIN.test(t);
  return words <= REGISTER_WALL_WORDS && REGISTER.test(t) && FULL_STORY.test(t);
}
/** The paywall's login for subscribers, alone on its line: "Already a subscriber? Log in", "Bereits Abonnent/in? Anmelden". */
const SUBSCRIBER_LOGIN = /^(?:already (?:a )?subscribed|already a subscriber|bereits abonn\p{L}*(?:\/in)?|schon abonn\p{L}*(?:\/in)?|déjà abonnée?|ya (?:eres|es) suscriptora?|già abbonat[oa])\s*[?:.!]?\s*(?:(?:log ?in|sign in|anmelden|einloggen|hier anmelden|se connecter|connectez-vous|inicia sesión|accedi)\s*[.!»›]?)?$/iu;
/**
 * An appeal's opening line: the page telling its reader they read to the end ("If you've read this far…", "Wenn Sie
 * bis hierhin gelesen haben", "Si llegaste hasta acá…"). The appeal for support follows it, so nothing after it is the story's.
 */
const READ_THIS_FAR = /^(?:(?:so,?\s+)?if you(?:'ve|’ve| have)? (?:read|made it|got|come) (?:this far|all the way|to the end)|you(?:'ve|’ve| have) (?:read|made it) (?:this far|to the end)|(?:wenn|falls) (?:sie|du) (?:es )?bis hier(?:hin|her)? (?:gelesen|gekommen) ha(?:ben|st)|si (?:vous )?(?:êtes|es) arrivée?s? jusqu'(?:ici|au bout)|si (?:llegaste|has llegado|leíste) hasta (?:acá|aquí)|se sei arrivat[oa] fin qui)(?!\p{L})/iu;
/** Words of such an opening at most: alone on its line, it runs to a sentence. */
const READ_THIS_FAR_WORDS = 14;

/** The opening line of an appeal that ends the page's story. */
export function isAppealOpening(text: string): boolean {
  // Asked of every kept paragraph: the anchored pattern fails at once on most, so it is tried before the words are counted.
  const t = text.trim();
  return READ_THIS_FAR.test(t) && wordsOf(t).length <= READ_THIS_FAR_WORDS;
}
/** SUBSCRIBER's and REGISTER's stems without their guards, tried first (see RIGHTS_CLAUSE_HINT): the notice is looked for on every short line, twice. */
const SUBSCRIBER_HINT = preRead(/subscri|abonn|suscri|abbona|subskry|prenumer|regist|sign up|inscri/iu);

/** "Please enable JavaScript to view the comments", "Bitte schalten Sie JavaScript ein": a notice of the page's scripts, not text. */
const ENABLE_SCRIPT = preRead(/(?<!\p{L})(?:schalten sie|schalte)\s+(?:\p{L}+\s+){0,2}?javascript(?:\s+\p{L}+){0,3}?\s+ein(?!\p{L})|(?<!\p{L})(?:enable|activate|turn on|aktivieren|aktiviere|activer|activez|habilitar|habilite|activa|attiva|abilita|inschakelen|włącz)(?!\p{L}).{0,40}javascript|javascript.{0,40}(?<!\p{L})(?:enable|aktivieren|einschalten|activer|habilitar|attivare|włącz)/iu);

/** ENABLE_SCRIPT's one word that every form holds, tried first (see RIGHTS_CLAUSE_HINT). */
const SCRIPT_HINT = preRead(/javascript/iu);
/** The plugins such a note names. */
const PLUGIN = String.raw`(?:flash[- ]?(?:player|plug-?in)|adobe flash|(?:adobe |acrobat )+reader)`;
/** PLUGIN's words without its guards, tried first (see RIGHTS_CLAUSE_HINT). */
const PLUGIN_HINT = preRead(/flash|reader/iu);
/** A plugin the page's player or documents need ("you must download the latest version of Flash Player", "Adobe Flash Player installieren", "… Acrobat Reader, que vous pouvez télécharger"). */
const PLUGIN_NEEDED = preRead(new RegExp(String.raw`(?<!\p{L})(?:download|install|update|upgrade|get|herunterladen|installieren|aktualisieren|télécharger|installer|descargar|instalar)(?!\p{L}).{0,40}${PLUGIN}(?!\p{L})|${PLUGIN}.{0,40}(?:herunterladen|installieren|required|erforderlich|needed|benötigt|download|télécharger|descargar)`, 'iu'));

/**
 * An error message the site's server printed into the page: "Warning: Undefined variable $x in
 * /var/www/site/page.php on line 12", a notice, a deprecation or a fatal error, with the script's
 * path and line. The site's fault, never the story's text, wherever it stands.
 */
const SCRIPT_ERROR = /^(?:php\s+)?(?:warning|notice|deprecated|strict standards|(?:catchable\s+|uncaught\s+)?fatal error|parse error)\s*:\s.*\sin\s+\S.*\.(?:php\d?|inc|phtml)\s+on\s+line\s+\d+$/isu;
/** How every SCRIPT_ERROR ends, tried first (see RIGHTS_CLAUSE_HINT): few lines end so. */
const SCRIPT_ERROR_END = /\son\s+line\s+\d+$/u;

/** Whether a line is such a message (see SCRIPT_ERROR). */
export function isScriptError(text: string): boolean {
  const t = text.trim();
  return SCRIPT_ERROR_END.test(t) && SCRIPT_ERROR.test(t);
}

/** A line between ASCII arrows (">> Another story's headline <<", ">>> Order the new issue! <<<"): a link set off as a button. */
const ARROWED_LINK = preRead(/^>{2,3}\s*\S.{2,200}?\s*<{2,3}$/u);
/** A link to a file with its type and size ("Annual report PDF | 85 KB", "Timetable (pdf, 1,2 MB)"): a download, not the story's text. */
const FILE_LINK = preRead(/(?<!\p{L})(?:pdf|docx?|xlsx?|pptx?|odt|ods|zip|epub|mp3)(?:[-\s]?(?:datei|file|dokument|document))?\s*[|,(–—-]?\s*\d+(?:[.,]\d+)?\s?(?:kb|mb|gb|kib|mib|bytes?)(?!\p{L})/iu);
/** FILE_LINK's size units without its guards, tried first (see RIGHTS_CLAUSE_HINT). */
const FILE_HINT = preRead(/kb|mb|gb|byte/iu);
/** Words of a download link at most (its title, type, size and an accessibility note). */
const FILE_LINK_WORDS = 20;
/**
 * A player's download box: its link ("Download der Audiodatei", "Download audio"), the formats it offers, each alone on a
 * line ("mp3", "Ogg Vorbis") or announced ("… in folgenden Formaten zum Download an:").
 */
const MEDIA_DOWNLOAD = preRead(/^(?:download(?:\s+(?:the|this|der|des))?\s+(?:audio|video|podcast|mp3|episode)(?:\s?(?:datei|file))?|(?:audio|video|podcast|mp3)(?:\s?(?:datei|file))?\s+(?:herunterladen|downloaden|download)|télécharger\s+(?:l['’]audio|la vidéo|le podcast)|descargar\s+(?:el\s+)?(?:audio|vídeo|video|podcast)|mp3|mp4|m4a|ogg(?:\s+vorbis)?|webm|aac|opus|flac)$|(?:formaten|formats?|formatos)\b[^.!?]{0,40}\b(?:download|herunterladen|télécharg\p{L}*|descarga\p{L}*)\b[^.!?]{0,10}:$/iu);
const MEDIA_DOWNLOAD_WORDS = 14;
/** The browser's hint under a download ("right-click and choose 'Save link as'", "mit der rechten Maustaste … 'Ziel speichern unter'"). */
const SAVE_AS_HINT = preRead(/(?:right[- ]click|rechte[nr]? maustaste|clic droit|botón derecho|tasto destro).{0,120}(?:save (?:link|target|file) as|speichern unter|enregistrer (?:la cible|le lien|sous)|guardar (?:enlace|destino|como)|salva (?:link|destinazione) con nome)/iu);
const SAVE_AS_WORDS = 50;

function cueCategoryOf(text: string): RemovalCategory | null {
  const t = text.trim();
  // The patterns below are asked about t: it is read once for their leads (line-hints.ts).
  readLine(t);
  const words = wordsOf(t).length;
  // A link button that says it opens a new window ("Click to share on Facebook (Opens in new window)"): a share button when it names one (SHARE_HINT knows the verbs of the languages read).
  if (words <= NEW_WINDOW_WORDS && t.endsWith(')') && NEW_WINDOW.test(t)) return SHARE_HINT.test(t) ? 'share' : 'navigation';
  if (words <= 60 && CONTACT_HINT.test(t) && SERVICE_WORD.test(t) && SERVICE.test(t) && CONTACT_DETAIL.test(t)) return 'footer';
  if (words <= SERVICE_PROMPT_WORDS && t.endsWith('?') && SERVICE_PROMPT.test(t)) return 'footer';
  if (isBioSentence(t)) return 'author-bio';
  if (words <= DESK_BIO_WORDS && DESK_BIO.test(t)) return 'author-bio';
  // ABOUT_ORG needs the acronym's bracket: a line without one is not tried against its capitalised words.
  if (words <= ABOUT_ORG_WORDS && t.includes('(') && ABOUT_ORG.test(t)) return 'footer';
  if (words <= BIO_LABELED_WORDS && (SELF_INTRO.test(t) || BIO_LABELED.test(t))) return 'author-bio';
  const authorLabel = words <= BIO_LABELED_WORDS ? AUTHOR_LABEL_OPENING.exec(t) : null;
  if (authorLabel && BIO_OPENING.test(t.slice(authorLabel[0].length)) && !OPENS_WITH_ARTICLE.test(t.slice(authorLabel[0].length))) return 'author-bio';
  if (words <= 20 && SCRIPT_HINT.test(t) && ENABLE_SCRIPT.test(t)) return 'boilerplate';
  if (words <= 25 && PLUGIN_HINT.test(t) && PLUGIN_NEEDED.test(t)) return 'boilerplate';
  if (words <= NEWSLETTER_CALL_WORDS && INBOX_HINT.test(t) && INBOX.test(t) && (DIGEST.test(t) || (FOLLOW_POSTS.test(t) && !QUOTED.test(t)))) return 'login';
  // …or a promise that one can leave the list again ("… kannst du dich jederzeit abmelden").
  if (words <= 60 && EMAIL_HINT.test(t) && EMAIL_FIELD.test(t) && (FOLLOW_POSTS.test(t) || UNSUBSCRIBE.test(t) || (INBOX.test(t) && SIGN_UP.test(t)))) return 'login';
  // Spoken to the reader: a story may report readers unsubscribing.
  if (words <= UNSUBSCRIBE_NOTE_WORDS && NEWSLETTER_HINT.test(t) && NEWSLETTER.test(t) && UNSUBSCRIBE.test(t) && (TO_READER.test(t) || FORMAL_YOU.test(t) || /^Ihre?\s/u.test(t))) return 'login';
  if (words <= 40 && ((NEWSLETTER_HINT.test(t) && NEWSLETTER.test(t) && SIGN_UP.test(t)) || (LIKED_THIS.test(t) && (SIGN_UP.test(t) || /(?<!\p{L})(?:rss|feed|follow)(?!\p{L})/iu.test(t))))) return 'login';
  if (words <= NEWSLETTER_CALL_WORDS && (SIGN_UP_OPENING.test(t) || (NEVER_MISS_HINT.test(t) && NEVER_MISS.test(t))) && (DIGEST.test(t) || MISSED_THING.test(t))) return 'login';
  // A box's question to the reader about the site's newsletter ("Kennst du schon unseren Newsletter?", "Have you seen our newsletter?").
  if (words <= NEWSLETTER_QUESTION_WORDS && t.endsWith('?') && NEWSLETTER_HINT.test(t) && OUR_NEWSLETTER.test(t) && (TO_READER.test(t) || FORMAL_YOU.test(t))) return 'login';
  // The site's own newsletter described to the reader ("Our daily newsletter … You get the day's best stories every evening").
  if (words <= OWN_NEWSLETTER_WORDS && NEWSLETTER_HINT.test(t) && OUR_NEWSLETTER.test(t) && (DIGEST.test(t) || (NEVER_MISS_HINT.test(t) && (NEVER_MISS.test(t) || MISS_NONE.test(t)))) && (TO_READER.test(t) || FORMAL_YOU.test(t))) return 'login';
  // A question ("Can I cancel at any time?") heads a story's answer.
  if (words <= CANCEL_ANYTIME_WORDS && CANCEL_HINT.test(t) && CANCEL_ANYTIME.test(t) && !QUOTED.test(t) && !t.endsWith('?')) return 'login';
  if (words <= SUBSCRIPTION_PERK_WORDS && SUBSCRIPTION_HINT.test(t) && YOUR_SUBSCRIPTION.test(t) && SUBSCRIPTION_PERK.test(t) && !QUOTED.test(t) && !t.endsWith('?')) return 'login';
  if (words <= CONSENT_WORDS && CONSENT_OPENING.test(t) && CONSENT_OBJECT.test(t)) return 'login';
  if (words <= SIGN_UP_REWARD_WORDS && REWARD_HINT.test(t) && SIGN_UP_REWARD.test(t) && !QUOTED.test(t)) return 'login';
  if (words <= 25 && LIKED_THIS.test(t) && PASS_ON.test(t)) return 'share';
  if (words <= LIKED_APPEAL_WORDS && LIKED_THIS.test(t) && DONATE_ASK.test(t)) return 'login';
  if (words <= HELPFUL_ASK_WORDS && HELPFUL_ASK.test(t)) return 'share';
  if (words <= CITE_THIS_WORDS && CITE_THIS.test(t)) return 'share';
  // The question alone heads a rating or share widget ("Did you like this article?").
  if (words <= LIKED_QUESTION_WORDS && t.endsWith('?') && LIKED_THIS.test(t)) return 'share';
  if (words <= 10 && LIKE_WIDGET.test(t)) return 'share';
  if (words <= RATE_CALL_WORDS && RATE_HINT.test(t) && RATE_CALL.test(t)) return 'share';
  if (words <= RATING_SCORE_WORDS && /\d/u.test(t) && RATING_SCORE.test(t)) return 'share';
  if (words <= 10 && NO_EVENTS.test(t)) return 'related';
  // A longer call ("… for all our updates") is a button's label without a closing full stop; a story's sentence has one.
  if ((words <= FOLLOW_SHORT_WORDS || (words <= FOLLOW_WORDS && !closesWithMark(t, '.'))) && FOLLOW_US.test(t)) return 'share';
  if (words <= FOLLOW_NAMED_WORDS && (FOLLOW_NAMED.test(t) || FOLLOW_LIST.test(t) || JOIN_ON.test(t) || VISIT_ON.test(t) || (t.includes('@') && FOLLOW_HANDLE_END.test(t)))) return 'share';
  if (words <= CHANNEL_CALL_WORDS && OWN_CHANNEL_HINT.test(t) && !QUOTED.test(t) && OWN_CHANNEL.test(t) && CHANNEL_CALL.test(t)) return 'share';
  if (words <= 60 && OUR_WORK_HINT.test(t) && OUR_WORK.test(t) && SUPPORT.test(t)) return 'login';
  // A consent text also asks for help with "our website" (cookies that help us understand how it is used): it is named for what it is.
  if (words <= 60 && (LIKED_OURS.test(t) || (OUR_TITLE_HINT.test(t) && OUR_TITLE.test(t) && SUPPORT.test(t) && !QUOTED.test(t)))) return COOKIE_HINT.test(t) && COOKIE.test(t) ? 'cookie' : 'login';
  if (words <= DONATION_WORDS && isDonationDetail(t)) return 'login';
  if (words <= APPEAL_WORDS && APPEAL_HINT.test(t) && (READERS_SUPPORT.test(t) || DONATE_NOW.test(t)) && !QUOTED.test(t)) return 'login';
  if (words <= 3 && t.endsWith(':') && DONATION_FORM_LABEL.test(t)) return 'login';
  if (words <= SUPPORT_US_WORDS && SUPPORT_US_HINT.test(t) && SUPPORT_US.test(t) && !QUOTED.test(t)) return 'login';
  if (isPaywallNotice(t)) return 'login';
  // Word counts before patterns: a paragraph of prose is not scanned for them.
  if (words <= 60 && COOKIE_HINT.test(t) && COOKIE.test(t) && (COOKIE_CONTEXT.test(t) || words <= 6 || (COOKIE_USE.test(t) && COOKIE_WEB.test(t)))) return 'cookie';
  if (words <= 60 && CLICK_CONSENT_HINT.test(t) && CLICK_CONSENT.test(t) && (TO_READER.test(t) || FORMAL_YOU.test(t))) return 'cookie';
  if (words <= 60 && PLATFORM_HINT.test(t) && SOCIAL_PLATFORM.test(t) && DATA_SENT.test(t) && SWITCHED_ON.test(t) && (TO_READER.test(t) || FORMAL_YOU.test(t)) && !QUOTED.test(t)) return 'cookie';
  if ((words <= 30 || isNoticeRow(t, words)) && COPYRIGHT.test(t)) return 'footer';
  if (words <= NONPROFIT_STATUS_WORDS && t.includes('501') && NONPROFIT_STATUS.test(t)) return 'footer';
  if (words <= PROGRAMME_NOTE_WORDS && PROGRAMME_NOTE.test(t)) return 'footer';
  // A clause after a comma ('Powered by the tide, the turbine …') makes it a sentence.
  if (words <= SITE_CREDIT_WORDS && SITE_CREDIT_HINT.test(t) && SITE_CREDIT.test(t) && !/,\s+\p{Ll}/u.test(t)) return 'footer';
  if (words <= TERMS_NOTICE_WORDS && TERMS_HINT.test(t) && TERMS.test(t) && TERMS_AGREE.test(t) && SITE_OWN.test(t)) return 'footer';
  if (words <= POLICY_POINTER_WORDS && POLICY_HINT.test(t) && POLICY_POINTER.test(t)) return 'footer';
  if (words <= OUR_STANDARDS_WORDS && OUR_STANDARDS.test(t)) return 'footer';
  if (words <= TEASER_MORE_WORDS && ((t.includes('|') && TEASER_MORE_LINK.test(t)) || VIDEO_TEASER.test(t))) return 'related';
  if (words <= PRESS_CONTACT_WORDS && PRESS_HINT.test(t) && (PRESS_CONTACT.test(t) || PRESS_ROLE.test(t))) return 'footer';
  if (words <= REACH_REPORTER_WORDS && REACH_REPORTER.test(t)) return 'footer';
  if (isRightsNotice(t, words)) return 'footer';
  if (words <= FEEDBACK_WORDS && ((FEEDBACK_HINT.test(t) && FEEDBACK_CALL.test(t)) || (/below|comment/iu.test(t) && COMMENT_BELOW.test(t)))) return 'comments';
  if (words <= ERROR_SPOTTED_WORDS && t.includes('?') && ERROR_SPOTTED.test(t)) return 'comments';
  if (words <= ERROR_REPORT_WORDS && ERROR_REPORT_HINT.test(t) && ERROR_REPORT_CALL.test(t)) return 'comments';
  if (isEmbedPlaceholder(t)) return 'cookie';
  if (words <= 8 && READING_TIME.test(t)) return 'dateline';
  if (AD.test(t)) return 'ad';
  if (words <= APP_PROMO_WORDS && APPLE_STORE.test(t) && ANDROID_STORE.test(t) && APP_WORD.test(t) && APP_OFFER.test(t) && !closesWithMark(t, '.')) return 'ad';
  if (words <= SHOP_BUTTON_WORDS && SHOP_BUTTON.test(t)) return 'navigation';
  if (words <= PAGER_WORDS && GLUED_PAGER.test(t)) return 'navigation';
  if (TAGS.test(t) || (t.startsWith('#') && HASHTAG_LINE.test(t)) || (words <= TAGGED_META_WORDS && t.includes(' | ') && t.split(' | ').some((part) => TAGS.test(part.trim())))) return 'tags';
  if (words <= PERMALINK_LINE_WORDS && PERMALINK_HINT.test(t) && PERMALINK.test(t)) return 'tags';
  if (isShareLine(t) || (words <= RECIPE_BUTTONS_WORDS && RECIPE_BUTTONS.test(t))) return 'share';
  if (words <= 8 && FRIEND_HINT.test(t) && TO_A_FRIEND.test(t)) return 'share';
  if (words <= 12 && IMAGE_BUTTON_HINT.test(t) && (IMAGE_BUTTONS.test(t) || IMAGE_INSTRUCTION.test(t))) return 'caption';
  if (t.length <= 200 && IMAGE_FILE.test(t)) return 'caption';
  if ((words <= 8 && LOGIN_START.test(t)) || (words <= 14 && LOGIN_HINT.test(t) && new Set((t.match(LOGIN_TERMS) ?? []).map((w) => w.toLowerCase())).size >= 2)) return 'login';
  if (words <= FILE_LINK_WORDS && FILE_HINT.test(t) && FILE_LINK.test(t)) return 'navigation';
  if (words <= MEDIA_DOWNLOAD_WORDS && MEDIA_DOWNLOAD.test(t)) return 'navigation';
  if (words <= SAVE_AS_WORDS && SAVE_AS_HINT.test(t)) return 'boilerplate';
  if (t.startsWith('>>') && ARROWED_LINK.test(t)) return 'related';
  if (isBreadcrumb(t) || isPagerLink(t) || (words <= PAGER_WORDS && PAGER_LABELLED.test(t)) || (words <= 2 && PAGER_BUTTONS.test(t))) return 'navigation';
  if (FOOTER_LINK.test(t) || isFooterLinkRow(t) || (words <= FOOTER_RUN_WORDS && isFooterLinkRun(t))) return 'footer';
  if (NAV.test(t)) return 'navigation';
  if (BIO_LABEL.test(t)) return 'author-bio';
  if (AUTHOR_BOX_POSTS.test(t)) return 'author-bio';
  if (words <= ALL_POSTS_BY_WORDS && ALL_POSTS_BY.test(t)) return 'author-bio';
  return null;
}

const RELATED_LABEL = new RegExp(String.raw`^(?:${W.alternation(W.RELATED_LABELS)}|${W.RELATED_PATTERNS.join('|')}|also read|read also|read more|more to read|see also|related(?: (?:articles|stories|posts|news|coverage|content|reading|links|recipes|videos)(?:\s*(?:&|and)\s*(?:articles|stories|posts|news|recipes|videos))?)?|relacionad[oa]s?|correlat[ie]|you (?:may|might) also like|you (?:may|might) be interested in|recommended(?: for you| stories| articles| reading)?|more (?:from|on|stories|news|in)\b[^:]{0,30}|more about\s(?!this\s|these\s)[^:.!?]{1,30}|(?:other |more )?(?:stories|posts|articles|reads) (?:we|you(?:'ll|’ll)?) (?:like|love|recommend|might like|may like)|most (?:read|popular|viewed|shared|commented|discussed|emailed|answered)|newest|trending(?: now| stories| on (?:the )?web| on [^:.!?]{1,30})?|don'?t miss|popular(?: now| stories| posts)?|latest(?: news| stories| articles| posts)?|recent (?:posts|articles|stories|entries|comments)|posted on this day(?:,? (?:in )?other years)?|on this day,? (?:in )?other years|what to read next|editors?['’]?s?['’]? (?:picks?|recommendations?|choice)|must[- ]reads?(?: (?:from|on|in|for)\b[^:]{0,30})?|further reading|explore further|top stories|read more (?:in|on|from|about)\s[^:.!?]{1,30}|(?:[\p{L}'’-]+\s+){1,3}(?:&|and)\s+(?:other|more)\s+(?:news|stories|articles|posts)|(?:other|more|latest|recent|related|popular|trending|featured|don'?t miss(?: these)?)\s+(?:[\p{L}'’-]+\s+){0,2}(?:news|stories|articles|posts|headlines|videos))\s*(?:[?!…]|\.{3})?\s*(?:[:：|»›>-]\s*(.*))?$`, 'iu');

/** Symbols (no letter, digit, quotation mark or bracket) before a label's first letter. */
const LEADING_DECORATION = /^[^\p{L}\p{N}\p{Pi}\p{Pf}"'„“«»‹›(\[]{1,4}\s*(?=\p{L})/u;

/**
 * "Also Read" style label; `rest` is the headline printed after it on the same line, if any. relatedRuns reads every line
 * of a page twice (before and after the headline is picked): answers are kept per text.
 */
export const relatedLabel: (text: string) => Readonly<{ rest: string }> | null = memoisedPerText((text) => relatedLabelOf(text), 4096);

function relatedLabelOf(text: string): Readonly<{ rest: string }> | null {
  // A box's label may open with the page's decoration (":: Related", "» Read also").
  const t = text.trim().replace(LEADING_DECORATION, '');
  const m = RELATED_LABEL.exec(t);
  if (m) return Object.freeze({ rest: (m[1] ?? '').trim() });
  // A box's tabs copied as one word: "VERWANDTE ARTIKELMEHR VOM AUTOR", "Related articlesMore from author".
  const tab = GLUED_TAB.exec(t);
  return tab && tab[0].length < t.length ? relatedLabel(t.slice(tab[0].length)) : null;
}
/** A fixed label opening a line with the next tab's label glued to it. */
const GLUED_TAB = new RegExp(String.raw`^(?:${W.alternation(W.RELATED_LABELS)}|related (?:articles|stories|posts)|more from (?:the )?author|popular posts|recent posts)(?=\p{L})`, 'iu');

const TRAILER = /^(?:read|continue reading|view|see|get)\s+(?:the\s+)?(?:full|complete|original|entire|rest of the|whole)\b.{0,60}?\b(?:article|story|report|post|piece|text|interview)\b(?:\s+(?:at|on|in|from|here)\b[^,.]{0,40}?)?\s*[:.]?\s*(?:\[?\s*https?:\/\/\S+)?$|^(?:originally|first)\s+(?:published|appeared|posted)\s+(?:at|on|in|by)\b.{0,120}$|^source (?:link|url)\s*:/i;

/** A teaser's headline with its link to the story after a bar ("Night buses return to the valley | mehr"). */
const TEASER_MORE_LINK = preRead(/\S\s+\|\s*(?:mehr|more|weiter|plus|más)\s*$/iu);
const TEASER_MORE_WORDS = 25;
/** A video's teaser: its headline with the player's button glued after it ("Night Buses Return to the Valley Watch Video"). */
const VIDEO_TEASER = preRead(/[^.!:\s]\s+(?:watch video|video ansehen|zum video|ver v[ií]deo|voir la vidéo|guarda il video)$/iu);
/** A summary closed by its "Read more" link ("… the new console. Read more...", "… im Test. Weiterlesen »"): a teaser's, the story's own paragraphs close without one. */
const READ_MORE_END = /(?<!\p{L})(?:read more|continue reading|read the rest|weiterlesen|mehr lesen|lire la suite|en savoir plus|leer más|seguir leyendo|continua a leggere|leggi tutto|czytaj dalej|lees meer|lees verder|läs mer|les mer|lue lisää)\s*(?:\.{2,3}|…|»|›|→|>>?)?\s*$/iu;
/** Words a teaser's summary runs to at most, and at least (a bare "Read more" is a button, named elsewhere). */
export const SUMMARY_MAX_WORDS = 80;
const SUMMARY_MIN_WORDS = 5;

export function isTeaserSummary(text: string): boolean {
  const t = text.trim();
  if (t.length > 800) return false;
  const n = wordsOf(t).length;
  return n >= SUMMARY_MIN_WORDS && n <= SUMMARY_MAX_WORDS && endsWithReadMore(t);
}

/** Characters READ_MORE_END allows after its phrase: white space, and those of the arrows and dots. */
function isReadMoreTail(code: number): boolean {
  return isSpace(code) || code === 0x2e || code === 0x2026 || code === 0xbb || code === 0x203a || code === 0x2192 || code === 0x3e;
}
/** READ_MORE_END.test(t) on the text's end only (its longest phrase has 18 characters). */
function endsWithReadMore(t: string): boolean {
  return testAtEnd(READ_MORE_END, t, isReadMoreTail, 24);
}

/**
 * TRAILER's "read the whole article" in the common European languages ("Den Rest des Artikels gibt's hier", "Den
 * kompletten Beitrag lesen Sie in der neuen Ausgabe", "Lire l'article complet sur …"): a pointer to where the text goes on.
 */
const TRAILER_OTHER = /^(?:(?:den|die)\s+)?(?:rest|ganzen|vollständigen|kompletten|gesamten)\s+(?:des\s+)?(?:artikels?|beitrags?|textes|text|interviews?)\s+(?:gibt['’]?s|gibt es|lesen sie|finden sie|können sie|lesen|finden)\b.{0,80}$|^(?:hier\s+)?(?:geht['’]?s|geht es)\s+zum\s+(?:(?:ganzen|vollständigen|kompletten)\s+)?(?:artikel|beitrag|text|interview)\b.{0,60}$|^lire\s+(?:la\s+suite|l['’]article\s+(?:complet|original|en\s+entier))\s+(?:sur|dans|chez)\b.{0,60}$|^(?:lee|leer|sigue leyendo)\s+(?:el\s+)?(?:artículo|texto|reportaje)\s+(?:completo|original)\b.{0,60}$/iu;

/**
 * A blog's feed footer as its theme prints it in each language ("The post <title> appeared first on <Site>.", "Der Beitrag
 * <Titel> erschien zuerst auf <Site>."), the writer's name before it or not: the site's name after it is capitalised.
 */
const FEED_FOOTER = /^(?:[^•|]{1,40}\s[•|]\s)?(?:[Tt]he post|D(?:er|ieser) (?:Beitrag|Artikel)|L['’]article|La entrada|L['’]articolo)\s.{1,200}\s(?:appeared first on|(?:erschien|ist) zuerst (?:auf|im|in|bei)|est apparu en premier sur|se publicó primero en|sembra essere il primo su)\s+[\p{Lu}\p{N}].{0,80}$/u;

/** "Read the full article at …" and "originally published at …" lines that close a republished page. */
export function isTrailer(text: string): boolean {
  const t = text.trim();
  return TRAILER.test(t) || TRAILER_OTHER.test(t) || FEED_FOOTER.test(t);
}

/** "Source: X" in the common European languages ("Quelle: dpa", "Fuente: EFE", "Źródło: PAP"). */
const SOURCE_LINE = /^(?:source|sources|via|courtesy(?: of)?|quellen?|fuentes?|fonte|fonti|bron|bronnen|źródło|źródła|zdroj|källa|kilde|lähde)\s*[:：]\s*\S.{0,80}$/iu;
const PUBLISHED_BY = /\b(?:[Pp]ublished|[Pp]osted|[Ff]irst published|[Rr]epublished)\s+(?:in|on|at)\b.{0,80}?\bby\s+\p{Lu}[\p{L}\p{N}&.' -]{0,60}$/u;

/** Attribution text in the unit ("Source: X", "Published in … by X"), or null. */
export function attributionIn(text: string): string | null {
  const t = text.trim();
  if (SOURCE_LINE.test(t)) return t;
  const m = PUBLISHED_BY.exec(t);
  return m ? m[0].trim() : null;
}

/**
 * A sentence in which the publication speaks about itself: the grammar of a publisher's notice. With a verb that
 * says what the text does as a notice ("reflects", "was produced", "sponsored") it is one; with a plain verb ("is",
 * "has", "contains") it must also say what notices say (NOTICE_TERMS): "This story has been shared 900 times" or
 * "This post was a joy to write" is the page or the story talking, not a notice.
 */
const SELF_REFERENCE = /^(?:this|the following|the present)\s+(?:publication|material|article|story|content|post|report|video|piece|information|broadcast|newsletter|episode|feature|text|message)\b(?:\s*\([^)]*\))?\s+(?:is|was|were|has|have|contains?|may|might|includes?|does|do|should|must|features?|written|created|relates?|reflects?|expresses|represents|produced|distributed|sponsored|generated|paid)\b/i;
/** The same grammar in the common European languages ("Dieser Text wurde von Medizinern geprüft", "Diese Seite zeigt gesponserte Inhalte", "Cet article ne remplace pas …", "Este contenido fue …"). */
const SELF_REFERENCE_OTHER = /^(?:(?:dieser|der vorliegende|dieses|das vorliegende|diese)\s+(?:text|artikel|beitrag|inhalt|video|podcast|ratgeber|information(?:en)?)\s+(?:ist|wurde|enthält|entspricht|dient|ersetzt|stellt|gibt|beruht|basiert|kann|darf)|diese\s+(?:seite|webseite|website)\s+(?:zeigt|enthält)\s+(?:gesponsert|werb|anzeige|affiliate|partner)\p{L}*|bei (?:diesem|dem vorliegenden)\s+(?:text|artikel|beitrag|inhalt|video)\s+handelt es sich um|(?:ce|cet|cette)\s+(?:texte|article|contenu|vidéo|publication|information)\s+(?:est|a été|ne|contient|reflète|peut|vise)|(?:este|esta)\s+(?:texto|artículo|contenido|vídeo|video|publicación|información)\s+(?:es|fue|ha sido|no|contiene|refleja|puede)|(?:questo|questa)\s+(?:testo|articolo|contenuto|video|pubblicazione)\s+(?:è|non|contiene|riflette|può)|(?:ten|niniejszy)\s+(?:tekst|artykuł|materiał)\s+(?:jest|został|nie|zawiera|może))(?!\p{L})/iu;
/** Verbs that say nothing of a notice on their own ("This post is …", "Dieser Beitrag wurde …", "Cet article est …"): the sentence must then say what notices say. */
const PLAIN_VERBS = new Set(['is', 'was', 'were', 'has', 'have', 'contain', 'contains', 'may', 'might', 'include', 'includes', 'does', 'do', 'should', 'must', 'feature', 'features', 'written', 'created', 'ist', 'wurde', 'kann', 'darf', 'enthält', 'est', 'été', 'contient', 'peut', 'es', 'fue', 'sido', 'contiene', 'puede', 'è', 'può', 'jest', 'został', 'zawiera', 'może']);
/**
 * What a publisher's notice says of its text, in the languages read: who paid or produced it, whose view it is, where
 * it first ran, under what licence, how it was checked or changed, what it is not.
 */
const NOTICE_TERMS = new RegExp(String.raw`(?<!\p{L})(?:sponsor|paid|advertis|partner|affiliate|commission|compensat|opinion|views?(?!\p{L})|summary|evaluation|commentary|bias|produc|distribut|foreign agent|generat|artificial intelligence|AI(?!\p{L})|update|correct|revis|originally|republish|reprint|translat|permission|supplement|part of|series|partisan|independen|fact-check|reviewed|intended|substitute|advice|informational|educational|conflict|fund|grant|provided|free of charge|gift|sample|spoiler|studies|subjects|disclaim|(?:is|was) from(?!\p{L})|werbung|anzeige|gesponsert|provision|meinung|ursprünglich|erschienen|veröffentlicht|lizenz|geprüft|zusammenarbeit|bezahlt|übersetzt|aktualisiert|korrigiert|kostenlos|zur verfügung gestellt|publicit|sponsoris|partenariat|publié|initialement|tradui|mis à jour|corrigé|licence|rémunér|publicidad|patrocinad|opinión|publicad|originalmente|traducid|actualizad|corregid|licencia|pubblicit|sponsorizzat|pubblicat|tradott|aggiornat|licenza|reklam|opini|opublikowan|licencj|elaborad|realizad|erstellt|produit|réalisé|prodott|realizzat|agenc|agentur)`, 'iu');
/**
 * Where the text ran first ("This article first appeared in …", "Dieser Artikel erschien zuerst in …", "Cet article a
 * d'abord été publié dans …", "Este artículo se publicó originalmente en …"): a republication notice.
 */
const FIRST_APPEARED = /^(?:(?:this|the)\s+(?:article|story|post|piece|column|essay|interview|review|text)\s+(?:was\s+|has\s+)?(?:first|originally)\s+(?:appeared|ran|run|printed)\s+(?:in|on|at)(?=\s)|(?:dieser|der|dieses|das|diese|die)\s+(?:artikel|beitrag|text|interview|essay|kommentar|kolumne|rezension)\s+(?:erschien\s+(?:zuerst|erstmals|ursprünglich)|ist\s+(?:zuerst|erstmals|ursprünglich)\b.{1,80}\berschienen)|(?:cet|cette|ce)\s+(?:article|texte|tribune|entretien|billet)\s+(?:a\s+(?:d['’]abord|initialement)\s+été\s+publiée?|est\s+(?:d['’]abord|initialement)\s+paru)|(?:este|esta)\s+(?:artículo|texto|columna|entrevista|nota)\s+(?:se\s+publicó|fue\s+publicad[oa])\s+(?:originalmente|primero|inicialmente))(?!\p{L}).{0,160}$/iu;

/** The print edition's note under a web story ("A version of this article appeared in print on …"). */
const PRINT_VERSION = /^a version of this (?:article|story|review|column) appear(?:s|ed) in print\b/iu;
/**
 * "The views expressed here are the author's own", "Meinungen in Beiträgen entsprechen … der Autorin oder des Autors",
 * "Aussagen unserer Gäste …": the publication disowning what it prints (said of "our" guests: a story's "the guests' statements" is no notice).
 */
const OPINION_NOTICE = /^(?:the )?(?:views|opinions)(?: and opinions)? expressed (?:here|herein|in this|on this|by)\b|^(?:die|diese) (?:hier )?geäußerten? (?:meinungen|ansichten)\b|^(?:die )?meinung(?:en)? (?:in (?:den )?(?:beiträgen|artikeln|gastbeiträgen|texten) [^.!?]{0,40}?)?(?:entspr(?:echen|icht)|spiegel[nt]|muss|müssen)\b[^.!?]{0,80}(?:der autorin|des autors|der autoren|des verfassers|der verfasser)|^die meinung (?:des autors|der autorin|der autoren|des verfassers)\b|^les (?:opinions|propos) exprimé|^(?:the )?(?:views|opinions|statements) of our (?:guests|interviewees|contributors)\b|^(?:die )?(?:äußerungen|aussagen|meinungen) unserer (?:gesprächspartner\p{L}*|interviewpartner\p{L}*|gäste|gastautor\p{L}*)/iu;
const NOTICE_LABEL = /^(?:(?:editorial|advertiser|affiliate|legal)\s+)?(?:disclosure|disclaimer|editor['’]?s note|transparency note|notice|haftungsausschluss|hinweis der redaktion|avertissement|avis de non-responsabilité|aviso legal|descargo de responsabilidad|esclusione di responsabilità|avvertenza|zastrzeżenie|ansvarsfriskrivning|vastuuvapauslauseke)\s*(?:\([^)]{0,80}\)\s*)?[:：]/iu;
/**
 * A note about the notice printed beside it ("Note: the sponsor disclosure below covers partner posts only"):
 * the page's own words on its notices, which the story never opens a sentence with.
 */
const NOTICE_POINTER = /^[^\p{L}\d]{0,3}(?:(?:editor['’]?s\s+)?note\s*[:：]\s*)?(?:the|this|our)\s+(?:[\p{L}-]+\s+)?(?:disclaimer|disclosure|notice)\s+(?:below|above)\b(?!\s+(?:the|a|an|this|that|its|our|their|his|her)\b)/iu;
/**
 * The publication declining liability ("… is not responsible for the opinions …", "Alle Angaben ohne Gewähr", "n'est pas
 * responsable"); not for other sites' content, which is the site's linking policy and says nothing of the story.
 */
const NOT_LIABLE = /(?<!\p{L})(?:(?:is|are) not (?:responsible|liable) for (?:the )?(?:opinions|views|content|contents|statements|comments|accuracy)(?! of (?:external|third[- ]party|linked|other) (?:internet |web)?(?:sites|websites|pages|links)\b)|(?:übernehmen|übernimmt)\s+(?:wir\s+|die redaktion\s+)?keine\s+(?:haftung|verantwortung|gewähr)|(?:alle\s+)?angaben\s+ohne\s+gewähr|n'(?:est|assume) pas (?:responsable|la responsabilité)|no se (?:hace|responsabiliza) responsable|no se responsabiliza|non (?:è|si assume la) responsabil\p{L}*|nie ponosi odpowiedzialności)(?!\p{L})/iu;
/** NOT_LIABLE's key words without its guards, tried first (see RIGHTS_CLAUSE_HINT). */
const LIABLE_HINT = preRead(/responsib|liable|gewähr|haftung|verantwortung|responsab|odpowiedzialno/i);
const FOREIGN_AGENT = /\bforeign agent\b|\bиноагент|\bиностранн\w+ агент/iu;
/**
 * An affiliate disclosure: the site is paid when a reader buys through its links ("We may earn a
 * commission when you buy through links on this page", "As an Amazon Associate we earn from
 * qualifying purchases", "Wir erhalten eine Provision", "nous percevons une commission"), or naming its links as
 * such ("Links in articles may be so-called »affiliate links«", "Links with a star are partner links").
 */
const AFFILIATE = /(?<!\p{L})(?:(?:handelt es sich (?:dabei )?um|are|sind|is an?|ist ein|können|may be|can be|could be)\s+(?:teilweise\s+|partly\s+)?(?:sogenannte\s+|so-called\s+)?[»«„“”"']?(?:affiliate|partner)[- ]?links?|(?:we|i|this site|the site|our site)(?: may)? (?:receive|earn|get|make|be paid)(?: an?)?(?: small)? (?:compensation|commissions?|revenue|fees?|share of (?:the )?sales)\b|earns? (?:revenue |a commission |commissions |money )?from qualifying purchases|as an amazon associate|amazon (?:services llc )?associates? program|(?:erhalten|bekommen|verdienen) wir (?:ggf\. |gegebenenfalls |eventuell |dann )?(?:eine |einen )?(?:kleine |kleinen )?(?:provision|vergütung|anteil|teil vom verkaufserlös)|(?:nous )?(?:percevons|touchons|recevons) une (?:petite )?commission|(?:recibimos|ganamos) una (?:pequeña )?comisión)/iu;
const AFFILIATE_HINT = preRead(/affiliate|partner[- ]?link|verkaufserlös|compensation|commission|revenue|fee|sales|qualifying|associate|provision|vergütung|anteil|comisión/iu);
/** Visual separators a page dump leaves between notices printed on one line. */
const SEPARATORS = /\s*[\p{So}|•·]+\s*/u;
const SEPARATOR = /[\p{So}|•·]/u;

/** SEPARATOR.test(text): no ASCII character is a \p{So} symbol, so an ASCII line needs only its '|' looked for (the symbol class costs more per character). */
function hasSeparator(text: string): boolean {
  return text.includes('|') || (!ASCII_ONLY.test(text) && SEPARATOR.test(text));
}
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Dashes that set a notice off ("– … –"), at its start, its end or both. */
const DASHES_AROUND = /^[–—]\s*|\s*[–—]$/gu;
/** The text without DASHES_AROUND; only a text that opens or closes with a dash is searched (the pattern's end tries every position). */
function withoutDashesAround(t: string): string {
  const dashed = t.startsWith('–') || t.startsWith('—') || t.endsWith('–') || t.endsWith('—');
  return dashed ? t.replace(DASHES_AROUND, '') : t;
}
/** A list's mark before a line ("- ", "• ", "* "). */
const LIST_MARK = String.raw`[-–—•*]\s*`;
/** An ad's label opening a notice ("Anzeige:", "Werbung:", "Sponsored:", "Publicité :", "- Werbung."), a list's dash before it or not. */
const AD_LABEL = new RegExp(String.raw`^(?:${LIST_MARK})?(?:anzeige|werbung|advertisement|sponsored|publicité|publicidad|pubblicità)\s*[:：.]\s*`, 'iu');
const LIST_MARK_BEFORE_WORD = new RegExp(String.raw`^${LIST_MARK}(?=\p{L})`, 'u');
/** Words of one notice at most: a site's disclaimer runs to a hundred words and more (advertisers, opinions, corrections), a story's paragraph that merely opens like one runs longer. */
const NOTICE_WORDS = 120;
/** Words of a notice under its own label ("Disclaimer: …") at most: the label says what it is, so it may run longer. */
const LABELLED_NOTICE_WORDS = 200;

/** A sentence in which the text speaks about itself as a notice does (SELF_REFERENCE and its kin in other languages; after a plain verb, with NOTICE_TERMS). */
function selfNotice(text: string): boolean {
  const m = SELF_REFERENCE.exec(text) ?? SELF_REFERENCE_OTHER.exec(text);
  if (m === null) return false;
  // Both patterns end on their verb, or on words no plain verb is ("… handelt es sich um").
  const verb = m[0].trim().split(/\s+/u).pop()!.toLowerCase();
  // An address in the sentence says nothing of it ("… printed from https://…/update-…").
  return !PLAIN_VERBS.has(verb) || NOTICE_TERMS.test(text.replace(/\S*(?:https?:\/\/|www\.)\S*/giu, ''));
}

/** Publisher notices about the publication itself, split where several share one line. */
export function disclosuresIn(text: string): string[] {
  // Most lines hold no separator: the split pattern, which may start at any space, is then not run.
  // A notice set off by dashes ("– Anzeige: Dieser Beitrag … –") is read without them.
  const parts = (hasSeparator(text) ? text.split(SEPARATORS) : [text]).map((p) => withoutDashesAround(p.trim())).filter((p) => p.length > 0);
  return parts
    .filter((p) => {
      const words = wordsOf(p).length;
      return words >= 4 && (words <= NOTICE_WORDS || (words <= LABELLED_NOTICE_WORDS && NOTICE_LABEL.test(p)));
    })
    .filter((p) => {
      // An ad's label before the sentence that discloses the partnership ("Anzeige: Dieser Beitrag ist in Zusammenarbeit mit X entstanden").
      const q = p.replace(AD_LABEL, '');
      return selfNotice(q) || PRINT_VERSION.test(p) || FIRST_APPEARED.test(p) || NOTICE_LABEL.test(p) || NOTICE_POINTER.test(p) || OPINION_NOTICE.test(p) || (LIABLE_HINT.test(p) && NOT_LIABLE.test(p)) || FOREIGN_AGENT.test(p) || (AFFILIATE_HINT.test(p) && AFFILIATE.test(p));
    })
    // An age-rating badge ("18+") printed after a notice is not part of it, nor a list's mark before it.
    .map((p) => p.replace(/\s+\d{1,2}\+$/u, '').replace(LIST_MARK_BEFORE_WORD, ''));
}

/** Author biography sentence: a role noun in a short text. */
const BIO_ROLE = /\b(?:editor|writer|journalist|reporter|correspondent|columnist|contributor|author|analyst|freelancer|blogger|producer|anchor|covers)\b/i;
/** A capitalised word of a name as a bio or a box writes it ("Jane", "O’Brien", "J.", "Smith-Jones"). */
const NAME_PART = String.raw`\p{Lu}[\p{L}.'’-]+`;
/** Verbs that say what a person does or where they live, after their name in a bio (both openings below read them). */
const BIO_VERBS = String.raw`is|was|has been|has worked|joined|writes|covers|lives|grew up|ist|war|schreibt|arbeitet|lebt|wohnt|stammt aus|kommt aus|est|était|écrit|es|fue|escribe|è|era|scrive|werkt|schrijft|jest|pisze|är|var|skriver|er|on`;
/**
 * An author's biography: it opens with the person's name and says what they do or where they live ("Jane Doe is a
 * reporter …", "Max Muster ist Redakteur …", "Anna Nowak jest dziennikarką …", "Jane Doe lives in Leeds with …").
 */
const BIO_OPENING = new RegExp(String.raw`^${NAME_PART}(?:\s+${NAME_PART}){1,3}\s+(?:${BIO_VERBS}|has covered|has written|has reported|leads|heads|teaches|leitet|lehrt|unterrichtet|forscht|berichtet|beschäftigt sich|dirige|była?)\s`, 'u');
const BIO_WORK = /(?<!\p{L})(?:editor|writer|journalist|reporter|correspondent|columnist|contributor|author|analyst|freelancer|blogger|producer|founder|co-founder|ceo|director|professor|researcher|expert(?:e|in)?|historian|lawyer|attorney|(?:mit)?begründer\p{L}*|gründer\p{L}*|(?:fach|rechts)?anw(?:alt|ältin)|professorin|historiker\p{L}*|redakteur\p{L}*|journalist\p{L}*|autor\p{L}*|korrespondent\p{L}*|rédact\p{L}*|journaliste|auteur|periodista|redactor\p{L}*|giornalista|redattor\p{L}*|autore|verslaggever|redacteur|dziennikar\p{L}*|redaktor\p{L}*|skribent|toimittaja)(?!\p{L})/iu;
/** Words an author's box runs to at most when it opens with the byline's name. */
const NAMED_BIO_WORDS = 250;

/** Characters after "Name is" in which a bio names the person's work ("… is a personal finance expert who …"). */
const BIO_WORK_REACH = 120;

/** A paragraph that opens by saying what a person does ("Jane Doe is a reporter …", "Max Muster ist Redakteur …"): a bio's shape, not a lede's. */
export function saysWhoTheyAre(text: string): boolean {
  const t = text.trim();
  const m = BIO_OPENING.exec(t);
  return m !== null && BIO_WORK.test(t.slice(m[0].length, m[0].length + BIO_WORK_REACH));
}

/**
 * An author's box that opens with the name the byline gave ("Jane Doe is the founder of …"): the
 * name settles it, so it may run longer than a bio found by its words alone and needs no role word.
 */
export function isNamedBio(text: string, authors: readonly string[]): boolean {
  const t = text.trim();
  if (authors.length === 0 || t.length > 2000) return false;
  const n = wordsOf(t).length;
  if (n < 8 || n > NAMED_BIO_WORDS) return false;
  const m = BIO_OPENING.exec(t);
  if (m) {
    const opening = m[0].toLowerCase();
    if (authors.some((a) => a.includes(' ') && opening.startsWith(`${a.toLowerCase()} `))) return true;
  }
  // The author's given name alone, as a blog's box calls them ("Jane is a reporter for …"), where the words say it is a bio.
  return authors.some((a) => {
    const first = a.split(' ')[0]!;
    return a.includes(' ') && t.startsWith(`${first} `) && FIRST_NAME_BIO.test(t.slice(first.length));
  }) && looksLikeBio(t);
}

/** A paragraph opening in the first person with who the writer is: "Als Redakteurin betreue ich …", "Ich bin …", "I'm a …", "As a nurse, I …". */
const FIRST_PERSON_OPENING = /^(?:als\s+[^.!?]{1,60}?\s+(?:betreue|schreibe|leite|blogge|berichte|arbeite)\s+ich|ich\s+bin\s|i(?:'m|’m|\s+am)\s+(?:a|an|the)\s|as\s+(?:a|an|the)\s+[^.,]{1,60},\s+i\s|je\s+suis\s|soy\s)/iu;
/** The writer's own blog or writing named: "den Blog", "I blog about", "schreibe hier über", "write about". */
const OWN_BLOG = /(?<!\p{L})(?:blog\p{L}*|schreibe\s+(?:hier\s+)?über|write\s+(?:here\s+)?about|writing\s+about|j['’]écris\s+sur|escribo\s+sobre)(?!\p{L})/iu;
/**
 * An author's box without a label: the name on a line of its own, then a paragraph that opens
 * with the same name saying who the person is ("Jane Doe" / "Jane Doe is a …"), or in the first person
 * with the writer's blog. A cue only (it counts at the story's end): a profile may head a part with the person's name.
 */
export function isNamedBox(text: string, before: string | undefined, label?: string): boolean {
  if (before === undefined) return false;
  const t = text.trim();
  // Both kinds of box run to this many words (isHandleBox asks the same): a shorter line is no box, whatever stands over it.
  const n = wordsOf(t).length;
  if (n < 8 || n > NAMED_BIO_WORDS) return false;
  if (!isNameLine(before)) return isHandleBox(t, before.trim());
  const name = before.trim();
  if (t.startsWith(`${name} `)) return BIO_OPENING.test(t);
  // An apposition between the name and the verb ("Jane Doe, born 1979, is …", "Jane Doe, 42, ist …").
  const apposed = t.startsWith(`${name}, `) ? APPOSITION.exec(t.slice(name.length)) : null;
  if (apposed) return BIO_OPENING.test(`${name} ${t.slice(name.length + apposed[0].length)}`);
  // The writer speaking of their blog under their name ("Jane Doe" / "Als Redakteurin betreue ich den Blog …", "I'm a nurse and I blog about …").
  if (FIRST_PERSON_OPENING.test(t) && OWN_BLOG.test(t)) return true;
  // Under a byline's label the box may open with the person's role instead ("Ein Beitrag von:" / "Jane Doe" / "Redakteurin beim Talboten. Sie schreibt …").
  if (label !== undefined && isBylineLabel(label) && ROLE_AT_OPENING.test(t) && BIO_WORK.test(t)) return true;
  // Under an author label the box may call the person by their first name ("Author" / "Jane Doe" / "Jane is the founder of …").
  const first = name.split(/\s+/u)[0]!;
  return first !== name && label !== undefined && AUTHOR_LABEL.test(label.trim()) && t.startsWith(`${first} `) && FIRST_NAME_BIO.test(t.slice(first.length));
}

/** A role at a place as a sentence of its own, with no verb: "Redakteurin beim Talboten.", "Senior reporter at the Valley Post.", "Journaliste chez Le Val." */
const ROLE_AT_OPENING = /^\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,3}\s+(?:at|with|for|bei|beim|bei der|für|chez|à|de|en|di|presso)\s+[^.!?]{2,60}\.\s/u;

/** A short apposition set off by commas after a name: ", Jahrgang 1979, ", ", 42, ". */
const APPOSITION = /^,\s[^,.!?]{1,30},\s/u;

/** The German word for the author in all its forms, gendered ones included ('Autor', 'Autorin', 'Autor/in', 'AUTOR*IN', 'Autor:innen'). */
const AUTHOR_WORD = String.raw`autor(?:in(?:nen)?|en|[/*:_]in(?:nen)?|[/*:_]innen)?`;
/** A bare author label over an author's box, or a bio label ("About the author"). */
const AUTHOR_LABEL = new RegExp(String.raw`^(?:authors?|${AUTHOR_WORD}|auteure?s?|autore|autora|auteur|${W.alternation(W.BIO_LABELS)})\s*[:：]?$`, 'iu');
/** A determiner opening the text: a German noun after it is capitalised as a name is, but names no person ('Die Stadt ist …'). */
const OPENS_WITH_ARTICLE = preRead(/^(?:der|die|das|dem|den|des|ein|eine|einer|the|a|an|le|la|les|l'|el|los|las|il|lo|gli|un|une|una|uno|de|het|een)\s/iu);
/** The author's label run into the box it heads ('Autor*in: Prof. Dr. Jane Doe ist seit 2014 …', 'Author: Jane Doe is a …'): the name after it says who the person is (BIO_OPENING). */
const AUTHOR_LABEL_OPENING = new RegExp(String.raw`^(?:authors?|${AUTHOR_WORD}|auteure?s?|autore|autora|auteur)\s*[:：]\s*`, 'iu');

/**
 * The box under a user name of one word, printed as the account spells it ("maren" / "Maren is a
 * teacher who …"): the paragraph opens with the same word, capitalised, and says who the person is
 * with an article ("is a", "ist eine"), as a profile's part would not need to.
 */
function isHandleBox(t: string, handle: string): boolean {
  if (handle.length < 2 || handle.length > 20 || !/^\p{L}+$/u.test(handle) || !t.toLowerCase().startsWith(`${handle.toLowerCase()} `)) return false;
  const n = wordsOf(t).length;
  return n >= 8 && n <= NAMED_BIO_WORDS && /^\p{Lu}/u.test(t) && HANDLE_BIO.test(t.slice(handle.length));
}
const HANDLE_BIO = /^\s+(?:is|was|ist|war|est|était|es|era|è|jest|był|była|är|er)\s+(?:a|an|the|ein|eine|der|die|un|une|una|uno|een|de|het|en|ett)\s/u;

/** The verb that follows the first name in such a box (BIO_VERBS, and "works"). */
const FIRST_NAME_BIO = new RegExp(String.raw`^\s+(?:${BIO_VERBS}|works|był|była)\s`, 'u');

export function isBioSentence(text: string): boolean {
  const opening = text.length > 800 ? null : BIO_OPENING.exec(text.trim());
  // "Covers" is a journalist's work as the verb after the name ("Jane Doe covers politics"); elsewhere a course or a policy covers things.
  if (!opening || !(BIO_WORK.test(text) || /\scovers\s$/u.test(opening[0]))) return false;
  const n = wordsOf(text).length;
  return n >= 8 && n <= 90;
}

/**
 * The desk's box where an author's would stand, in the site's own voice: "Our editorial staff at X is a team …",
 * "Unsere Redaktion besteht aus …" (a story speaks of "the editorial board").
 */
const DESK_BIO = preRead(/^(?:our\s+(?:editorial\s+(?:staff|team|desk)|newsroom|news\s+(?:desk|team))(?:\s+(?:at|of)\s+(?:[^.]|\.(?=\s)){1,50}?)?\s+(?:is|are|consists)|unsere\s+redaktion\s+(?:besteht|ist))\s/iu);
const DESK_BIO_WORDS = 80;

/** An author box's label alone on its line ("About the author", "Über die Autorin:"). */
export function isBioLabel(text: string): boolean {
  return BIO_LABEL.test(text.trim());
}

export function looksLikeBio(text: string): boolean {
  const n = wordsOf(text).length;
  return n >= 3 && n <= 60 && BIO_ROLE.test(text);
}

/** One to three capitalised words opening a text: a person's name, or the first name alone. */
const NAME_OPENING = new RegExp(String.raw`^${NAME_PART}(?:\s+${NAME_PART}){0,2}`, 'u');
/** Words of a box under a bio's label at most. */
const LABELLED_BOX_WORDS = 120;

/** Under a bio's label ("About the author"), a paragraph that opens with a name and says who the person is, whatever their trade ("Martin has worked as a developer since 2007."). */
export function saysWhoUnderLabel(text: string): boolean {
  const t = text.trim();
  const name = NAME_OPENING.exec(t);
  return name !== null && wordsOf(t).length <= LABELLED_BOX_WORDS && FIRST_NAME_BIO.test(t.slice(name[0].length));
}

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
/** A surname's particles, one or two ("de", "van", "von der", "de la", "dos"). */
const NAME_PARTICLE = String.raw`(?:de|da|del|der|den|des|do|dos|das|van|von|vom|zu|zur|ten|ter|bin|al|le|la|las|los|du|di)`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:${NAME_PARTICLE}\s+){0,2}${NAME_WORD}){1,3}`;
/** Byline labels in the common European languages ("By", "von", "par", "por", "door", "av", "przez", "Author:", "Tekst:", "Skrevet af", "Kirjoittanut"). */
const BYLINE_LABEL = String.raw`(?:(?:(?:(?:article|story|post|text|column|piece|essay|review|report)\s+)?written|words|posted|reporting|published|submitted|text|story)\s+by|(?:[\p{L}-]+\s+)?post\s+by|(?:(?:ein|blog)\s+)?(?:gast)?(?:beitrag|artikel)\s+von|by|von|text(?:\s*(?:und|&|\/)\s*(?:fotos?|bilder?))?(?=\s*[:：])|geschrieben von|verfasst von|veröffentlicht von|gepostet von|redaktion|par|publié par|por|publicado por|pubblicato da|scritto da|door|av|af|przez|author|authors|${AUTHOR_WORD}|auteur|autore|autora|autorka|reporter|(?:tekst|texto|teksti)(?=\s*[:：])|skrevet\s+a[fv]|skrivet\s+av|kirjoittanut|napisał(?:a)?|a\s+cura\s+di|escrito\s+por|écrit\s+par|rédigé\s+par)`;
/** A journalist's role, in small letters after the names ("By Jane Doe Education reporter BBC News") or capitalised closing them ("Jane Doe Staff Writer"). */
const DESK_ROLE = String.raw`(?:reporter|correspondent|editor|writer|columnist|contributor|producer|photographer|redakteur(?:in)?|korrespondent(?:in)?)`;
/** What may follow the names: a separator and anything, the author's handle ("@jdoe"), the post's topics ("Topics: …"), or a date or place after "on", "am", "le"… */
const BYLINE_TAIL = String.raw`(?:\s*[,|·•/–—([-].*|\s+@[\w.]+(?:\s.*)?|\s+(?:[Tt]opics|[Tt]ags|[Ff]iled under|[Cc]ategor(?:y|ies)|[Tt]hemen|[Ss]chlagwörter|[Kk]ategorien?|[Rr]ubriken?)\s*:.*|\s+(?:on|am|le|el|il|op|den|dne|em|w|in|at|um|im)\s.*|\s+\d.*|\s+${DESK_ROLE}(?!\p{L}).*|\s+(?:[Pp]ublished|(?:[Ll]ast\s+)?[Uu]pdated|LAST\s+UPDATED|[Pp]osted|[Vv]eröffentlicht|[Aa]ktualisiert|[Pp]ublié|[Pp]ublicado|PUBLISHED|UPDATED|POSTED)(?!\p{L}).*)?`;
/** A writer's role between the label and the name ("Written by guest writer Jane Doe", "By staff reporter Omar Haddad"). */
const BYLINE_ROLE = String.raw`(?:(?:guest|staff|senior|contributing|freelance|special)\s+)?(?:writer|author|contributor|correspondent|columnist|reporter)`;
/**
 * The kind of piece a byline names before its author ("Eine Kolumne von Jane Doe", "A column by Jane Doe", "Une chronique
 * de Jane Doe"), with the names on the same line: alone on its line ("Kommentar von"), such a label heads an author's box
 * after the story as often, whose names and bio are the box's.
 */
const PIECE_LABEL = String.raw`(?:eine?\s+)?(?:kolumne|kommentar|glosse|reportage|analyse|rezension|essay)\s+von|(?:an?\s+)?(?:guest\s+)?(?:column|commentary|analysis|opinion|essay|op-ed)\s+by|(?:une?\s+)?(?:chronique|tribune|analyse)\s+(?:de|par)`;
const BYLINE_START = new RegExp(String.raw`^(?:${BYLINE_LABEL}|${PIECE_LABEL})\s*[:：]?\s+(?:${BYLINE_ROLE}\s+)?`, 'iu');
// Case-sensitive: names are capitalised, the words around them are not.
// A connecting word stands between spaces: within "Tenore" the "e" joins nothing.
/** Words that join names in the languages read ("and", "und", "et" …). */
const JOINING_WORDS = 'and|und|et|y|e|en|och|og|i';
const NAME_JOINER = String.raw`(?:\s*[,&]\s*|\s+(?:${JOINING_WORDS})\s+)`;
const BYLINE_NAMES = new RegExp(String.raw`^(${NAME}(?:${NAME_JOINER}${NAME})*)${BYLINE_TAIL}$`, 'u');
/** A word joining names ("and", "und", "&"…), as NAME_JOINER has them. */
const WORD_JOINER = new RegExp(String.raw`&|\s(?:${JOINING_WORDS})\s`, 'u');

/** Whether a byline joins its names by a word ("A, B and C"), not by commas alone ("A, Valley News, New York"). */
export function joinsNamesByWord(byline: string): boolean {
  return WORD_JOINER.test(byline);
}
/** Where BYLINE_NAMES joined one name to the next (a word boundary after "ß" or "é" is no joint: "Weißen" is one name). */
const NAME_SPLIT = new RegExp(NAME_JOINER, 'u');
const BYLINE_REPEAT = new RegExp(String.raw`^(${NAME})\s+by\s+(${NAME})$`, 'u');
const SPACED_BY = /\sby\s/u;
/** Labels that only ever introduce an author, so a one-word handle after them ("Posted by timothy on …") is a name too. */
const POSTED_BY = /^(?:(?:posted|written|published|submitted)\s+by|geschrieben von|verfasst von|veröffentlicht von|gepostet von|redaktion|publié par|publicado por|pubblicato da)\s*[:：]?\s+/iu;
const HANDLE = new RegExp(String.raw`^([\p{L}\p{N}][\p{L}\p{N}_.'’-]{1,29})${BYLINE_TAIL}$`, 'u');
/** A byline label printed on a line of its own, the names on the next line ("By" / "Jane Doe"). */
const BARE_LABEL = new RegExp(String.raw`^${BYLINE_LABEL}\s*[:：]?$`, 'iu');
const WHOLE_NAME = new RegExp(String.raw`^${NAME}$`, 'u');
/** Words no name holds after its first ("LETTERS TO THE EDITOR", "NEWS FROM THE COUNCIL"): a section's name in capitals. */
const SECTION_WORDS_INSIDE = /\s(?:to|the|of|for|from|with)(?=\s|$)/iu;
const NAMES_ONLY = new RegExp(String.raw`^${NAME}(?:${NAME_JOINER}${NAME})*$`, 'u');

/** A byline cut in two by the page's links: a bare label ("By", "Von", "Autor:") and a line of names after it. */
export function isBylineLabel(text: string): boolean {
  return BARE_LABEL.test(text.trim());
}

/** A line of names only ("Jane Doe and Omar Haddad"), as printed after a bare byline label. */
export function isNameLine(text: string): boolean {
  const t = text.trim();
  return t.length <= 120 && NAMES_ONLY.test(t);
}

/**
 * Whether a line of capitalised words may be a name: it opens with a given name the list knows or a word that is no
 * common English word, and it is no button's label. A search form's "Von:" over its "Filter Suche" button, or "By:"
 * over "Latest News", reads as a label and a name line otherwise (German capitalises every noun).
 */
/** A given name alone on its line, capitalised ("Robert"): how a writer may sign under a bare "By". */
export function isGivenNameAlone(text: string): boolean {
  const t = text.trim();
  return /^\p{Lu}\p{Ll}+$/u.test(t) && isGivenName(t.toLowerCase());
}
export function readsAsName(text: string): boolean {
  // A button's label cut short ("Suche Erweiterte Suche...") is no name either, nor a word said twice.
  const words = wordsOf(text).map((w) => w.toLowerCase());
  const first = words[0];
  if (first === undefined || /(?:\.{3}|…)\s*$/u.test(text) || new Set(words).size < words.length) return false;
  return isGivenName(first) || !isCommonWord(first);
}

/** At most this many words after the label: a desk's name, not a sentence opening with "By". */
const DESK_WORDS = 4;

/**
 * A byline the name pattern cannot read, a desk's ("By CityDesk sports"), with the desk's e-mail address printed on the
 * line under it: the address shows the line is a byline. Metadata names no author for it, as for other desks.
 */
export function isDeskByline(text: string, next: string | undefined): boolean {
  if (next === undefined || !isEmailAddressLine(next)) return false;
  const t = text.trim();
  const label = BYLINE_START.exec(t);
  const rest = label ? t.slice(label[0].length) : '';
  const words = wordsOf(rest).length;
  return words >= 1 && words <= DESK_WORDS && !/[.!?:;,]/u.test(rest);
}

/** A line of names only that opens with a given name the list knows ("Sandra Arm"): a person's name, not a heading of capitalised nouns. */
export function isPersonNameLine(text: string): boolean {
  const first = wordsOf(text)[0];
  return isNameLine(text) && first !== undefined && isGivenName(first.toLowerCase());
}

/** Author names in a byline line, or null when the line is not a byline. */
export function bylineNames(text: string): string[] | null {
  // A symbol before the label ("+ Posted by …", "— By …") is the page's decoration.
  const trimmed = text.trim();
  // Only a line that starts with a symbol is rewritten: the others stay the string the word memo knows.
  const opened = trimmed.length > 0 && isLetterOrDigit(trimmed.codePointAt(0)!) ? trimmed : trimmed.replace(/^[^\p{L}\p{N}]{1,6}\s*(?=\p{L})/u, '');
  // The author's contact button run on after the name, glued or not ("By Jane DoeEmail Author").
  const mailless = opened.includes('mail') ? opened.replace(CONTACT_BUTTON, '') : opened;
  // The reading time run on after the name ("von Jane Doe Lesezeit: 4 Min.") would read as one more name.
  const t = /\d/u.test(mailless) && READING_TIME_HINT.test(mailless) ? mailless.replace(READING_TIME_END, '') : mailless;
  // A post's date before its byline ("November 12, 2012 by Jane Doe 7 Comments", "1.11.23 20:19 von Jane Doe"): the byline after it and its time.
  if (DATE_FIRST.test(t)) {
    const date = printedDates(t)[0];
    const rest = date && (date.index === 0 || isWeekdayBefore(t.slice(0, date.index))) ? t.slice(date.index + date.text.length).replace(TIME_AFTER_DATE, '').replace(/^[\s,·|–-]+/u, '') : '';
    if (BY_AFTER_DATE.test(rest)) return bylineNames(rest);
  }
  const signed = nameBeforeDate(t);
  if (signed !== null) return [signed];
  const words = wordsOf(t).length;
  // A longer line is a sentence, unless it opens with the label and prints the post's date and time: a post's meta
  // line ("Submitted by Jane Doe on October 26, 2012 - 12:10pm; tagged autumn, rain, …").
  if (words > 16 && (words > META_LINE_WORDS || !BYLINE_START.test(t) || !printedDates(t).some((d) => d.time))) return null;
  // The repeat pattern backtracks over every capitalised word; a line without " by " cannot match it.
  const repeat = SPACED_BY.test(t) ? BYLINE_REPEAT.exec(t) : null;
  // "Name by Name": an avatar's alt text followed by the byline.
  if (repeat && repeat[1] === repeat[2]) return [repeat[2]!];
  const label = BYLINE_START.exec(t);
  const rest = label ? t.slice(label[0].length) : '';
  const by = label ? BYLINE_NAMES.exec(rest) : null;
  if (!by) {
    const handle = label && POSTED_BY.test(t) ? HANDLE.exec(rest) : null;
    return handle ? [handle[1]!] : null;
  }
  const kept = withoutDesk(namesBeforeTail(by[1]!, rest.slice(by[1]!.length)), rest.slice(by[1]!.length));
  // "Posted by Dana August 9th, 2012": a one-word handle before the date's month.
  if (!/\s/u.test(kept) && POSTED_BY.test(t)) return [kept];
  const names: string[] = [];
  for (const [i, part] of kept.split(NAME_SPLIT).entries()) {
    // A sentence's full stop after the last name is not the name's (an initial or "Jr." keeps its own).
    // A section's name glued to the last name ("Jane DoeOpinion"): a name's inner capital follows a short prefix (McKay, DeShawn, MacLeod).
    const name = undoubledName(part.trim()).replace(/(?<=\p{L}{2})(?<!\s[JS]r)\.$/u, '').replace(GLUED_SECTION, '');
    // "Jane Doe, Product Manager, Region": a role after the name ends the list.
    if (i > 0 && ROLE_LAST_WORD.test(name)) break;
    if (WHOLE_NAME.test(name) && !SECTION_WORDS_INSIDE.test(name)) names.push(name);
  }
  return names.length > 0 ? names : null;
}

/** An e-mail button closing a byline ("Email Author", "E-Mail"), glued to the name's last letter or after a space. */
const CONTACT_BUTTON = /(?<=\p{Ll})\s?(?:E-?mail|email)(?:\s+(?:the\s+)?[Aa]uthor)?$/u;
/** A line that may open with a date and go on with a byline's label: tried before the dates are read. */
const DATE_FIRST = /^[\p{L}\p{N}][^\n]{3,40}?\s(?:by|von|par|por)\s/iu;
const BY_AFTER_DATE = /^(?:by|von|par|por)\s/iu;
/** The separator between a writer's name and the post's date on a line of their own ("Jane Doe | 06.11.23", "Jane Doe am 2. Februar 2022"). */
const NAME_DATE_SEPARATOR = /\s+(?:[|·•–—-]|am|on|le|el|il|op)\s+/u;

/**
 * "Jane Doe | 06.11.23", "Jane Doe — 2. Februar 2022", "Jane Doe am 2. Februar 2022 um 15:47": a person's name and a date with its time, nothing else, is
 * the post's byline without its "By". A place's name ("Berlin | 06.11.23") is no person's: the name must open with a
 * given name the list knows.
 */
function nameBeforeDate(t: string): string | null {
  if (!/\d/u.test(t)) return null;
  const sep = NAME_DATE_SEPARATOR.exec(t);
  if (!sep) return null;
  const after = t.slice(sep.index + sep[0].length);
  const date = printedDates(after)[0];
  if (date?.index !== 0 || after.slice(date.text.length).replace(TIME_AFTER_DATE, '').trim() !== '') return null;
  const name = t.slice(0, sep.index).trim();
  // A surname cut to its initial ("Georg N. am 10.4.2020") signs a customer's review or a reader's comment, not the post.
  return isPersonNameLine(name) && !SURNAME_INITIAL.test(name) ? name : null;
}

const SURNAME_INITIAL = /\s\p{Lu}\.?$/u;

/** A capitalised word glued after four lower-case letters or more, at the end of a name. */
const GLUED_SECTION = /(?<=\s\p{Lu}\p{Ll}{4,})\p{Lu}\p{Ll}+$/u;
/** The time after a byline's leading date ("November 12, 2012 at 10:31 pm", "12.03.2024, 14:54 Uhr"): the dates' own time of day. */
const TIME_AFTER_DATE = new RegExp(String.raw`^[\s,·|–-]*(?:(?:at|um|à|a las|alle|om)\s+)?(?:${TIME_OF_DAY.source})`, 'iu');
/** A reading time closing a byline, with or without a separator before it. */
const READING_TIME_END = new RegExp(String.raw`\s*[·|•–-]?\s*${LABELLED_READING_TIME}$`, 'iu');
/** READING_TIME_END's label alone, tried first: the full pattern's leading spaces are tried at every position. */
const READING_TIME_HINT = preRead(new RegExp(READING_TIME_LABEL, 'iu'));

/** Words of a post's meta line at most (names, date and time, tags). */
const META_LINE_WORDS = 40;

/** "Claire Morel Claire Morel" (an avatar's alt text, then the name): the name once. */
function undoubledName(name: string): string {
  const words = name.split(/\s+/u);
  const half = words.length / 2;
  return words.length >= 4 && words.length % 2 === 0 && words.slice(0, half).join(' ') === words.slice(half).join(' ') ? words.slice(0, half).join(' ') : name;
}

/**
 * The names of a byline without what its capitals let the name pattern take from the tail: a month starting
 * the date ("By Jane Doe Feb 8, 2020") or a connector in capitals ("POSTED BY JANE DOE AT 8:56 AM").
 */
function namesBeforeTail(names: string, tail: string): string {
  // "von Jane Doe Ein Kommentar", "by Jane Doe No Comments": a comments link with its count in words.
  const counted = COUNTED_COMMENTS.exec(names);
  let kept = counted && counted.index > 0 ? names.slice(0, counted.index) : names;
  let rest = counted && counted.index > 0 ? names.slice(counted.index) + tail : tail;
  // "By Jane Doe Published Nov. 7, 2012": the month, then the label before it ("Last updated" counts as one); a
  // comments link before its count ("Discuss (0)").
  for (let cut = 0; cut < 2 && rest.trim() !== ''; cut++) {
    const last = /\s(\S+)$/u.exec(kept);
    if (!last) break;
    const word = last[1]!;
    if (!((/^\.?\s*\d/u.test(rest) && isMonthName(word)) || CAPITAL_CONNECTORS.has(word) || (TITLE_CONNECTORS.has(word) && opensWithDate(rest)) || DATE_LABEL.test(word) || COMMENTS_LINK.test(word) || (/^last$/iu.test(word) && /^\s+updated/iu.test(rest)))) break;
    rest = kept.slice(last.index) + rest;
    kept = kept.slice(0, last.index);
  }
  return kept;
}
/** A link to the comments run on after the names ("by Jane Doe Discuss (0)", "von Jane Doe Kommentare 3"). */
const COMMENTS_LINK = new RegExp(String.raw`^(?:${W.alternation(['discuss', 'discussion', ...W.COMMENT_NOUNS])})$`, 'iu');
const COUNTED_COMMENTS = new RegExp(String.raw`\s+(?:${W.alternation(W.NONE_OR_ONE)})\s+(?:${W.alternation(W.COMMENT_NOUNS)})$`, 'iu');
/** A date's label run on after the names ("von Jane Doe Veröffentlicht am 1. Mai 2019"). */
const DATE_LABEL = /^(?:published|updated|posted|veröffentlicht|aktualisiert|publiziert|publié|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|opublikowano)$/iu;
/** The byline tail's connectors ("on", "at", "am" …) as a page in capitals prints them. */
const CAPITAL_CONNECTORS = new Set(['ON', 'AT', 'IN', 'AM', 'UM', 'IM', 'LE', 'OP', 'DEN', 'EM']);
/**
 * The connectors a page in title case prints ("By Jane Doe On 12. Dezember 2022", "Von … Vom 3. Mai"): cut only before a date, since
 * outside a date's tail they may be a name's.
 */
const TITLE_CONNECTORS = new Set(['On', 'At', 'Am', 'Um', 'Vom']);
/** Whether a byline's tail opens with a date: a number, a month or a weekday ("On Monday, May 3"). */
function opensWithDate(tail: string): boolean {
  const first = /^\s*([\p{L}\p{N}]+)/u.exec(tail)?.[1] ?? '';
  return /^\d/u.test(first) || isMonthName(first) || WEEKDAYS.has(first.toLowerCase());
}

/**
 * A byline's names without the role printed after them with no comma (a common layout: "By Jane Doe Education reporter",
 * "By Jane Doe Staff Writer"): the role's word goes, and the desk word before it ("Education", "Staff") when the name keeps
 * two words without it and the word before it is no given name ("Mary Ann Lee Reporter" keeps "Mary Ann Lee").
 */
function withoutDesk(names: string, tail: string): string {
  const words = names.split(/\s+/u);
  const capitalRole = words.length >= 3 && ROLE_WORD.test(words.at(-1)!);
  if (!capitalRole && !ROLE_AFTER.test(tail)) return names;
  if (capitalRole) words.pop();
  const before = words.at(-2);
  if (words.length >= 3 && before !== undefined && !/^\p{Lu}\.?$/u.test(before) && !isGivenName(before.toLowerCase())) words.pop();
  return words.join(' ');
}
const ROLE_WORD = new RegExp(String.raw`^${DESK_ROLE}$`, 'iu');
const ROLE_AFTER = new RegExp(String.raw`^\s+${DESK_ROLE}(?!\p{L})`, 'u');

/** A job title closing a part of the byline ("Google News Strategist", "Product Manager"): the person's role, not another name. */
const ROLE_LAST_WORD = /(?<!\p{L})(?:strategist|manager|director|editor|writer|reporter|correspondent|columnist|contributor|producer|engineer|scientist|analyst|officer|president|designer|photographer|intern|lead|head|(?:co-?)?founder|redakteur(?:in)?|korrespondent(?:in)?|rédact(?:eur|rice)|redactor(?:a)?)$/iu;

/** Words that label a picture's credit ("Foto:", "Photo:", "Bild:", "Crédito:", "Zdjęcie:"), and the Polish abbreviation "fot.". */
const CREDIT_LABEL = String.raw`(?:${W.alternation(W.PICTURE_LABELS)}|fot\.)`;
/** One word of a credit, abbreviations included ("D.A.Press"). */
const CREDIT_WORD = String.raw`(?:[^.!?:\s]|\.(?=\S)){1,30}`;
/** A credit closing a line (a full stop after a short one): "… (Foto: Agency)", "… Foto: Name/Agency", "(AGENCY/Name)", "Photo by Name on Site". */
const CREDIT_END = new RegExp(String.raw`(?:^|[\s.(])(?:${CREDIT_LABEL}\s*:|fot\.)\s*(?:(?:[^.!?:]|\.(?=\S)){1,60}\)?|${CREDIT_WORD}(?:\s${CREDIT_WORD}){0,3}\.)\s*$|\((?:symbolbild|symbolfoto|archivbild|archivfoto|file|file photo|archive photo|photo d'illustration|image d'archive|foto de archivo|imagen de archivo|foto d'archivio|zdjęcie ilustracyjne)\)\.?\s*$|^(?:photo|foto|bild|image)\s+(?:by|von|de|di|par|door)\s+[^.!?]{1,60}$`, 'iu');
/** A credit naming where a picture was found, closing a line ("…, Bild via", "Image via Flickr"): the link's text may be lost. */
const CREDIT_VIA = new RegExp(String.raw`(?:^|[\s,(])${CREDIT_LABEL}\s+via(?:\s+${CREDIT_WORD}){0,3}\)?\s*$`, 'iu');
/**
 * A picture's label opening the line, with one short statement after it ("Beitragsbild: Das Rathaus im Winter,
 * Archiv."): the picture's caption. Not "Credit:", which may also head a statement about money.
 */
const CREDIT_OPENING = new RegExp(String.raw`^(?:${W.alternation(W.PICTURE_LABELS.filter((l) => l !== 'credit'))})\s*:\s*(?:[^.!?]|\.(?=\S)){1,80}\.?$`, 'iu');
/**
 * "Agency / Name" glued to the caption's closing stop ("… with the returning officer.DCV / Oppitz"): the credit ran onto the
 * caption's line with no space, which no sentence of a story does (case-sensitive, as CREDIT_BRACKETS).
 */
const CREDIT_GLUED = /\p{Ll}[.!?]["”»]?(?:\p{Lu}[\p{L}.&'’-]*\s?){1,3}\/\s?\p{Lu}[\p{L}.&'’-]*(?:\s\p{Lu}[\p{L}.&'’-]*){0,2}\s*$/u;
/** "(AGENCY/Name)", "(Name/Agency)": capitalised names around a slash in closing brackets (case-sensitive: "(where necessary/helpful)" is none). */
const CREDIT_BRACKETS = /\((?:\p{Lu}[\p{L}.&'’-]*\s?){1,3}\/\s?\p{Lu}[\p{L}.&'’-]*(?:\s\p{Lu}[\p{L}.&'’-]*){0,3}\)\s*$/u;
/**
 * A credit to a stock-picture library closing the line ("(Name / iStock.com)", "(Quelle: Name/Unsplash/Desk)",
 * "Foto Name / Getty Images", "(Name/Outlet via Getty Images)"): only pictures come from these, so the line is a caption. Wire agencies
 * (Reuters, AFP) are left out: "(AFP)" also closes a story's paragraph.
 */
const STOCK_CREDIT = /(?:[(/]|\([^()]{1,80}?\svia)\s*(?:istock(?:photo)?|getty ?images|unsplash|shutterstock|pixabay|pexels|adobe ?stock|stock\.adobe\.com|imago(?: images)?|picture[- ]alliance|fotolia|123rf|depositphotos|alamy|ap photo)(?:\.com)?(?:\s*\/[^()/]{1,40}){0,2}\)?\.?\s*$/iu;
/** STOCK_CREDIT's names without its guards, tried first (see RIGHTS_CLAUSE_HINT). */
const STOCK_HINT = preRead(/istock|getty|unsplash|shutterstock|pixabay|pexels|adobe|imago|alliance|fotolia|123rf|depositphotos|alamy|ap photo/iu);
/** A picture's copyright closing its caption: "© Name", "(C) Name" after three words of text at least (a credit alone is a copyright line). */
const COPYRIGHT_CREDIT = /^\S+(?:\s+\S+){2,}\s(?:©|\([cC]\))\s*\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}\s*$/u;
/**
 * A figure's label opening its caption, numbered or not ("Figure 2: …", "Abb. 3 – …", "Rys. 1.", "Abbildung: …"): the text
 * refers to figures as "Figure 2 shows …", without the colon.
 */
const FIGURE = /^(?:figure|fig\.|abbildung|abb\.|figura|fig|rysunek|rys\.|afbeelding|figuur|ilustración|illustration|schéma)\s?(?:\d{1,3}[a-z]?\s?(?:[:.]|\s[–—-])|:)\s+\S/iu;
/** A picture's button to see it larger, alone or printed with its caption ("Vergrößern", "Vergrößern Die neue Haltestelle …", "… Click to enlarge"). */
const ENLARGE_BUTTON = /^(?:Vergrößern|VERGRÖSSERN|Enlarge|ENLARGE|Agrandir|Ampliar|Ingrandisci|Powiększ)(?:\s+(?!Sie\b)\p{Lu}|$)/u;
const ENLARGE_CALL = /(?<!\p{L})(?:(?:click|tap) (?:to|for) (?:enlarge|a larger (?:image|picture|version))|view (?:full[- ]size|larger image)|(?:zum vergrößern|für eine größere ansicht)(?: auf das bild)? klicken|(?:bild|foto) (?:zum vergrößern )?anklicken|cliquez (?:sur l'image )?pour (?:agrandir|l'agrandir)|haga clic para ampliar)(?!\p{L})/iu;
/** ENLARGE_CALL's verbs without its guards, tried first (see RIGHTS_CLAUSE_HINT): every phrase holds one. */
const ENLARGE_HINT = preRead(/click|tap|view|klicken|cliquez|haga clic/iu);
/**
 * The lines a social network's embedded post prints in its box ("View this post on Instagram", "A post
 * shared by Name (@handle)"): the post stands in the story as a picture does, so they are its caption,
 * read through as the text around a picture is, not a row of share buttons that ends the story.
 */
const EMBEDDED_POST = /^(?:view this (?:post|profile) on (?:instagram|facebook|tiktok)|diesen beitrag auf instagram ansehen|voir cette publication sur instagram|ver esta publicación en instagram|visualizza questo post su instagram|(?:a post shared by|ein beitrag geteilt von|une publication partagée par|una publicación compartida por|un post condiviso da)\s.{1,80}\(@[\w.]+\)(?:\s.{0,40})?)$/iu;
/** A chart's or picture's download button, told to the reader under it ("Vous pouvez télécharger cette infographie en cliquant sur l'image", "Download the chart by clicking on the image"). */
const PICTURE_DOWNLOAD = /^(?:(?:you can|vous pouvez|tu peux|puede|puedes|può|puoi)\s+)?(?:download|télécharger|descargar|scaricare)\s+(?:this|the|ce|cette|cet|le|la|l'|este|esta|el|questo|questa|il)\s*(?:chart|graph|graphic|infographic|image|picture|graphique|infographie|gráfico|infografía|imagen|grafico|immagine)(?!\p{L}).{0,60}(?<!\p{L})(?:by clicking|en cliquant|haciendo clic|cliccando)(?!\p{L})/iu;
/** The networks an embedded post's button names, tried before EMBEDDED_POST. */
const EMBED_NETWORK = /instagram|facebook|tiktok/i;
/** Words of a caption at most: a story's paragraph runs longer. */
const CAPTION_WORDS = 40;

/**
 * A picture's caption or credit line: a line that closes with the picture's credit. A story's
 * sentence does not end in one; the credit names the photographer or the agency, not the story.
 */
export function isPictureCaption(text: string): boolean {
  const t = text.trim();
  // A broadcaster's press picture, printed with the terms of its use: it runs longer than a caption.
  if (t.length <= 1000 && t.includes('©') && PRESS_PICTURE_TERMS.test(t)) return true;
  return t.length <= 400 && wordsOf(t).length <= CAPTION_WORDS && (((t.includes('(@') || EMBED_NETWORK.test(t)) && EMBEDDED_POST.test(t)) || CREDIT_END.test(t) || CREDIT_OPENING.test(t) || CREDIT_BRACKETS.test(t) || (t.includes('/') && CREDIT_GLUED.test(t)) || ((t.includes('/') || t.includes('(')) && STOCK_HINT.test(t) && STOCK_CREDIT.test(t)) || ((t.includes('©') || t.includes('(c)') || t.includes('(C)')) && COPYRIGHT_CREDIT.test(t)) || FIGURE.test(t) || ENLARGE_BUTTON.test(t) || (ENLARGE_HINT.test(t) && ENLARGE_CALL.test(t)) || PICTURE_DOWNLOAD.test(t) || (CC_HINT.test(t) && CC_CREDIT.test(t)) || LABELLED_CAPTION.test(t) || (t.includes('via') && CREDIT_VIA.test(t)) || SCREEN_CAPTURE.test(t));
}
/** A press picture's terms after its credit: free of charge if used with the programme and credited ("© X, honorarfrei - Verwendung gemäß der AGB …"). */
const PRESS_PICTURE_TERMS = /©[^.!?]{1,60}?,?\s+(?:honorarfrei|royalty[- ]free|libre de droits)\s*[-–—,:]\s*(?:verwendung|nutzung|use|usage|utilisation)(?!\p{L})/iu;
/** A caption under its picture label that closes with the picture's source ("Bild: … / Quelle: Agency/Name", "Photo: … (Source: X)"). */
const LABELLED_CAPTION = new RegExp(String.raw`^(?:${W.alternation(W.PICTURE_LABELS)})\s*:.{1,300}[/|(]\s*(?:quelle|source|fuente|fonte)\s*:\s*[^.!?]{1,60}\)?\s*$`, 'iu');
/** A picture taken from a video or a screen, said so alone ("Imágenes capturadas de video", "Screenshot: YouTube", "Screen grab via a council video"). */
const SCREEN_CAPTURE = /^(?:(?:imágenes?|imagen|fotos?|images?|pictures?|bilder?|photos?)\s+)?(?:capturad[ao]s?\s+del?\s+(?:un\s+)?(?:video|vídeo|pantalla)|capturas?\s+de\s+(?:video|vídeo|pantalla)|screen\s?(?:shot|grab)s?(?:\s*[:(/]\s*[^.!?]{1,40}|\s+(?:from|via)\s+\S+(?:\s+\S+){0,3})?|(?:taken|captured)\s+from\s+(?:a\s+)?video)\)?\.?$/iu;
/** A picture's label left alone on its line ("Foto:", "Bild:"): the picture is gone from the dump, its credit printed on the next line. */
const BARE_PICTURE_LABEL = new RegExp(String.raw`^(?:${W.alternation(W.PICTURE_LABELS)})\s*:$`, 'iu');
/** Words of the credit under a bare picture label at most ("Getty Images/Agency (Symbolbild)"). */
const LABELLED_CREDIT_WORDS = 8;

export function isBarePictureLabel(text: string): boolean {
  return BARE_PICTURE_LABEL.test(text.trim());
}

/** The credit printed under a bare picture label: a few words, no sentence, and no share button (a page may print the label with no credit, its share bar under it). */
export function isCreditUnderLabel(text: string): boolean {
  const t = text.trim();
  if (wordsOf(t).length > LABELLED_CREDIT_WORDS || /[.!?:]$/u.test(t)) return false;
  return cueCategory(t) !== 'share';
}

/**
 * A Creative Commons licence closing a short line, a name or a site before it and the photographer's name after it
 * at most ("Name, CC-BY-SA 4.0", "Flickr CC by name", "flickr.com | CC BY 2.0"): a picture's credit. A sentence
 * that ends on the licence ("The brochure is published under CC BY-SA 4.0") says more before it.
 */
const CC_CREDIT = /^\s*(?:\S+[\s,|(/]+){0,6}?cc[\s-](?:by|0)(?:[\s-](?:sa|nc|nd)){0,2}(?:\s*\d\.\d)?(?:\s+[^\s.!?]{1,30}){0,2}\)?\s*$/iu;
/** The licence's name that CC_CREDIT needs, tried first: the credit before it is tried at every word otherwise. */
const CC_HINT = preRead(/cc[\s-](?:by|0)/iu);
