/**
 * Who holds a copyright line: the name a footer's notice gives ("Copyright © 2012 Example Media,
 * Inc. All rights reserved." -> "Example Media, Inc."). A line shape, so it lives with the cleaning
 * cues: the site-name check asks it which words of a footer name the publisher, the metadata stage
 * which outlet to name.
 */

import { alternation, FOOTER_LINKS, PICTURE_LABELS, RIGHTS_CLAUSES, RIGHTS_NOUNS } from './cue-words.ts';

/** The copyright sign (or the phonogram sign beside it), or its spelling "(c)". */
const SIGN = String.raw`[©℗]|\(c\)`;
/** The sign or the word. */
const COPYRIGHT_MARK = new RegExp(String.raw`${SIGN}|\bcopyright\b`, 'giu');
const SIGN_ANYWHERE = new RegExp(SIGN, 'iu');

/** Whether a line holds the copyright sign (or "(c)"): a notice or a picture's credit, not a sentence about copyright. */
export function hasCopyrightSign(line: string): boolean {
  return SIGN_ANYWHERE.test(line);
}
/** The mark where a line's notice starts. */
const MARK_AT_START = new RegExp(String.raw`^(?:${SIGN}|copyright)`, 'iu');
/** The shortened forms of the rights clause footers print ("Rights reserved", "Alle Rechte", "Tous droits"), with the English one, and the German "Alle Inhalte sind urheberrechtlich geschützt". */
const RIGHTS_SHORTENED = /(?:all\s+intellectual\s+property\s+rights\s+(?:are\s+)?reserved(?:\s+(?:to|by)\b)?|(?:(?:all|some)\s+)?(?:rights\s+)?reserved\b|(?:(?:alle|sämtliche)\s+)?(?:inhalte|texte|bilder|beiträge)(?:\s+\p{L}+){0,3}\s+(?:sind\s+)?urheberrechtlich\s+geschützt|all(?:e|es)?\s+(?:rechte|droits|derechos|diritti|rechten|prawa)\b|tous\s+droits\b|(?:(?:todos|algunos|alguns)\s+(?:(?:los|os)\s+)?)?(?:derechos|direitos)\s+reservados\b|tutti\s+i\s+diritti\b|wszystkie\s+prawa\b)(?:\s+(?:vorbehalten|réservés|reservados|riservati|voorbehouden|zastrzeżone))?/u;
/** The rights clause in the common European languages ("All rights reserved", "Alle Rechte vorbehalten", "Tous droits réservés"): the notice finder's clauses, or a shortened form. */
const RIGHTS_CLAUSE = new RegExp(String.raw`(?:${alternation(RIGHTS_CLAUSES)}|${RIGHTS_SHORTENED.source})`, 'iu');
/**
 * A company's registration or tax number after its name ("RIF J-00037398-1", "CIF: B12345678", "ABN 12 345 678 901", "HRB 12345"),
 * or a VAT number alone after a dash ("X - IT00853870210"): the register's, not the name's.
 */
const REGISTRATION = /(?:[\s,]+(?:RIF|CIF|NIF|RUC|RUT|CUIT|CNPJ|ABN|ACN|VAT(?: No\.?)?|UID|USt-IdNr\.?|SIRET|SIREN|P\.?\s?IVA|Partita IVA|KvK|HRB|HRA|Reg\. No\.|Company No\.)\s*[:.]?\s*[A-Z]{0,2}[-\s]?\d[\d\s./-]{3,}[A-Z\d]?|\s*[-–—,]\s*[A-Z]{2}\d{8,12})\s*$/u;
/** The holder's group after its name ("X or its affiliated companies", "X and its licensors"): no part of the name. */
const AFFILIATES = /[\s,]+(?:and|or|and\/or|&)\s+its\s+(?:affiliated\s+companies|affiliates|subsidiaries|licensors|suppliers|group\s+companies)\b.*$/iu;
/** The site's founding after the notice ("© 1998 - 2022. Founded on 25 April 1998", "Gegründet 1998"): a date, not the holder. */
const FOUNDED = /(?:^|[.,;]\s*)(?:founded|established|fundad[oa]|gegründet|fondée?|fondat[oa]|opgericht|założon[ya])(?!\p{L}).*$/iu;
/** "© X, unless stated otherwise": the licence's exception, no part of the name. */
const UNLESS_STATED = /,?\s+(?:unless|except (?:where|as))\s+(?:otherwise\s+)?(?:stated|noted|indicated|specified|credited)(?:\s+otherwise)?.*$/iu;
/** A zero where the year should be ("© 0 Example News": a year the page failed to print). */
const ZERO_YEAR = /^\s*0\s+(?=\p{L})/u;
/** The credit for the site's design after the notice ("© 2013-2020, background by Name"): the picture's maker, not the holder. */
const DESIGN_CREDIT = /(?:^[\s\d–-]*|,\s*)(?:background|design|theme|header|logo|artwork|illustrations?|(?:header |background )?(?:photos?|images?|pictures?))\s+by\s.*$/iu;
/** A liability disclaimer after the holder ("© X - Alle Angaben ohne Gewähr!"): no part of the name. */
const NO_WARRANTY = /\s[-–—|]\s+(?:alle\s+)?(?:angaben\s+ohne\s+gewähr|(?:all\s+)?information\s+without\s+(?:guarantee|warranty)|sans\s+garantie|sin\s+garantía)(?!\p{L}).*$/iu;
/** A site's version ("v .83", "2.6411"), years and year ranges ("2012", "2007-2012", "2020 -"), the rights clause, a leading "by" or "powered by" and a registration number: none is a holder's name. */
const NOT_HOLDER = [AFFILIATES, FOUNDED, UNLESS_STATED, ZERO_YEAR, DESIGN_CREDIT, NO_WARRANTY, /^\s*of\s+/iu, /\s+v(?:ersion)?\s*\.?\d[\d.]*\s*$/iu, /\s+\d+(?:\.\d+)+\s*$/u, /\b(?:19|20)\d{2}\b(?:\s*[-–]\s*(?:(?:19|20)\d{2}\b)?)?/gu, new RegExp(String.raw`[.,]?\s*${RIGHTS_CLAUSE.source}.*$`, 'iu'), /^\s*(?:(?:since|seit|depuis|desde|dal)\s+|powered\s+)?by\s*:?\s+/iu, REGISTRATION];
/** A caption's or credit's label ("Foto:", "Bild:"), or a source's ("Quelle:"): either way, the line names no site. */
const PICTURE_LABEL = new RegExp(String.raw`^(?:${alternation([...PICTURE_LABELS, 'quelle'])})\s*:`, 'iu');
/** A picture's credit ("Foto: Agency", "Name / Agency"), not the site's: a labelled source or a slash between names. */
const PICTURE_CREDIT = new RegExp(`${PICTURE_LABEL.source}|\\p{L}\\s*\\/\\s*\\p{L}`, 'iu');
/** What divides a footer line into parts: " | ", " · ", " • ", " ● ", " // ". */
export const FOOTER_SEPARATOR = /\s(?:[|·•●▪◆]|\/\/)\s/u;
const EDGE_SEPARATORS = /^[\s\-–—,:;.·•|/]+|[\s\-–—,:;.·•|/]+$/gu;
export const LEGAL_SUFFIX = /[\s,]+(?:private limited|pvt\.? ltd\.?|limited|ltd\.?|inc\.?|llc|gmbh|s\.a\.|plc|corp\.?|co\.)$/i;
/**
 * Europe's legal forms closing a name ("Example Medien AG", "Example Media Oyj", "Example Sp. z o.o.", "Example S.r.l."):
 * case-sensitive, as most are short words ("AS", "AB", "SE") that other names end with in small letters.
 */
const EUROPEAN_LEGAL_SUFFIX = /[\s,]+(?:(?:(?:Gmb|mb)H\s?&\s?Co\.?\s?)?KG(?:aA)?|AG|SE|mbH|e\.\s?V\.|B\.V\.|N\.V\.|S\.L\.|S\.r\.l\.|S\.p\.A\.|SARL|S\.A\.S\.?|SAS|S\.A\.?|Sp\.\s?z\s?o\.\s?o\.?|Oyj|Oy|AB|A\/S|ASA|AS|ApS|Ltda\.?)$/u;

/** A name without the legal form that closes it ("Example Media Ltd", "Example Medien AG" -> the name). */
export function withoutLegalSuffix(name: string): string {
  return name.replace(LEGAL_SUFFIX, '').replace(EUROPEAN_LEGAL_SUFFIX, '');
}
/** The legal forms a footer writes inside a holder's name (case-sensitive: "limited" is also a word). */
export const LEGAL_FORM = String.raw`Inc\.?|Ltd\.?|LLC|GmbH`;
/** A legal form inside the holder and what runs on after it ("X Limited Quay House", "X GmbH & Co. KG", "X GmbH Frankfurt"): the name ends with the form. */
export const AFTER_LEGAL_FORM = new RegExp(String.raw`(\s(?:Limited|${LEGAL_FORM}|PLC|plc))\s.*$`, 'u');

/** A holder's name without its legal form and what runs on after it ("Example Media GmbH & Co. KG" -> "Example Media"). */
export function withoutLegalForm(name: string): string {
  return withoutLegalSuffix(name.replace(AFTER_LEGAL_FORM, '$1'));
}

/** A title in quotation marks closing the holder, after the publisher's name ("Example Medien AG «Hafenblatt»"). */
const QUOTED_TITLE = /\S\s+[«„“"‹]([^«»„“”"‹›]{2,60})[»“”"›]\s*$/u;

/** The publication a holder names in quotation marks after its publisher ("Example Medien AG «Hafenblatt»" -> "Hafenblatt"): the site is the paper. */
export function quotedTitle(holder: string): string | null {
  return QUOTED_TITLE.exec(holder)?.[1]?.trim() ?? null;
}

/** The holder of a copyright line without its legal form ("Example Media Ltd" -> "Example Media"), or the paper it names in quotation marks, as the site's name reads it. */
export function holderName(line: string): string | null {
  const holder = copyrightHolder(line);
  return holder === null ? null : quotedTitle(holder) ?? (withoutLegalForm(holder).trim() || null);
}

/**
 * Who holds the copyright of a line such as "Copyright © 2012 Example Media, Inc. All rights
 * reserved." or "example.com © 2010": the words after the mark (every mark, year and range,
 * the rights clause and a leading "by" taken out; of "Holder | Terms", the first part), or the
 * words before it when nothing but years follows; its first sentence only; menu labels glued to its
 * end are cut off. Null when no name is left, for a picture's credit (in brackets, under a "Foto:"
 * label, after a caption's words, from a stock-picture library, with a day's date), for the maker of
 * the site's theme or software, and for a licence.
 */
export function copyrightHolder(line: string): string | null {
  // A credit in brackets ("(© Agency)") names a picture's source, not the site's.
  if (/^\s*\((?!c\))[^]*\)\s*$/iu.test(line)) return null;
  // "© 2020 Holder | Terms", "Holder © 2020 · Language", "© 2020 · Holder · Terms": the name beside
  // the mark in its own part of the line, else the first name in the parts after it.
  const parts = line.split(FOOTER_SEPARATOR);
  const at = parts.findIndex((part) => part.search(COPYRIGHT_MARK) >= 0);
  if (at < 0) return null;
  const own = parts[at]!;
  const mark = own.search(COPYRIGHT_MARK);
  // The sign alone in brackets ("Bilder (©) siehe Impressum") names a kind of rights, not who holds them.
  if (/\(\s*©\s*\)/u.test(own)) return null;
  // A caption's credit ("Label: what the picture shows, © Agency") names the picture's source, not the site's.
  // Only the last words before the mark are read: what a caption ends with, and linear time on any line.
  const before = own.slice(Math.max(0, mark - 200), mark);
  if (isCaptionEnd(before) || PICTURE_LABEL.test(line.trimStart())) return null;
  // Five words or more, then a yearless mark ("… in the garden. © Agency"): a caption's credit too. A footer's notice
  // gives its year, or its words say so ("All rights reserved, X. Copyright, X.", "All content is protected © X").
  if (CAPTION_SENTENCE_BEFORE_MARK.test(before) && !NOTICE_SIGN.test(before) && !PROTECTED.test(before) && !/\b(?:19|20)\d{2}\b/u.test(own.slice(mark))) return null;
  // The word alone, with no sign, year or rights clause, is a notice only when the holder follows it
  // ("Copyright Valley Post"): "Digital Copyright", "Copyright Policy" and "… are copyright by X" are labels or sentences.
  if (!NOTICE_SIGN.test(line) && (mark > 0 || LABEL_NOUN_AFTER.test(own.slice(mark).replace(/^copyright\s*:?/iu, '')))) return null;
  // "Copyright & Permissions", "Copyright and licensing", "© Bildrechte anzeigen": a link's label, not a notice.
  const afterMark = own.slice(mark).replace(MARK_AT_START, '');
  if (LABEL_AFTER_MARK.test(afterMark) || PICTURE_RIGHTS_LINK.test(afterMark)) return null;
  const clean = (part: string) => NOT_HOLDER.reduce((t, re) => t.replace(re, ' '), part.replace(COPYRIGHT_MARK, ' ')).replace(/\s+/gu, ' ').replace(EDGE_SEPARATORS, '');
  // The holder is the first sentence of what is left: "X. Images provided by Y. Powered by Z." names X.
  // The words before the mark name the holder ("Example Media © 2020") unless they are a sentence of their own
  // ("Trademarks belong to their owners. © …"); where the clause stands first ("© 2012 All rights reserved. Example
  // Media"), the name follows it, unless that is a web address ("Printed from https://…").
  const beforeMark = PROSE_BEFORE_MARK.test(before) ? '' : own.slice(0, mark);
  const afterClause = own.slice(mark).split(RIGHTS_CLAUSE).slice(1).join(' ');
  const holder = [own.slice(mark), beforeMark, afterClause.includes('://') ? '' : afterClause, ...parts.slice(at + 1)].map(clean).find((part) => /\p{L}/u.test(part))?.split(SENTENCE_BREAK)[0];
  // The maker of the site's software or theme, or a stock-picture library, holds no rights in the story.
  // (What follows the holder, "… Powered by WordPress", is another credit and leaves the holder alone; a software maker's
  // own name may hold the word "Software", so that word counts only before the mark.)
  if (holder !== undefined && (SOFTWARE_CREDIT.test(before) || THEME_CREDIT.test(holder) || STOCK_PICTURES.test(holder))) return null;
  // A day's date in what is left ("X vom 15.05."): a credit under a dated picture or text, not a notice.
  const named = holder === undefined ? null : heldBy(holder);
  return named !== null && !PICTURE_CREDIT.test(named) && !LICENCE.test(named) && !DAY_DATE.test(named) && !PRIVATE_OWNER.test(named) && !DESCRIPTION.test(named) ? withoutFooterLinks(withoutGluedLabels(named)) : null;
}

/**
 * The rights said to lie "with" their holders ("© bei der Autorin und bei example.de", "© bei den Autoren"): the first
 * party that is no mere "the author", or none. Other holders are returned as they are.
 */
function heldBy(held: string): string | null {
  // "Redaktion neues-deutschland.de": the publication's newsroom holds it in the publication's name.
  const desk = held.replace(NEWSROOM, '');
  const holder = /\p{L}/u.test(desk) ? desk : held;
  const rest = holder.replace(HELD_WITH, '');
  if (rest === holder) return holder;
  return rest.split(AND_WITH).find((party) => !THE_AUTHORS.test(party.trim())) ?? null;
}
/** The newsroom's word before the publication's name ("Redaktion X", "La rédaction de X", "The editorial team of X"). */
const NEWSROOM = /^(?:(?:die|la|de|the)\s+)?(?:redaktion(?:\s+(?:von|der|des))?|rédaction(?:\s+(?:de|du|des|d['’]))?|redazione(?:\s+(?:di|del|della))?|redacción(?:\s+(?:de|del))?|redactie(?:\s+van)?|editorial (?:team|staff|board)(?:\s+(?:of|at))?)\s+(?=\S)/iu;
/** "bei", "with", "chez" opening the holder: where the rights lie. */
const HELD_WITH = /^(?:liegt\s+)?(?:bei|with|chez|presso)\s+/iu;
/** "und bei", "and with" between two parties. */
const AND_WITH = /\s+(?:und|and|et|e)\s+(?:bei|with|chez|presso)\s+/iu;
/** The author or authors of each text, not named: no outlet. */
const THE_AUTHORS = /^(?:(?:der|die|den|dem|the|les?|l['’]|den jeweiligen|the respective|their)\s*)?(?:autor\p{L}*|author\p{L}*|auteur\p{L}*|verfasser\p{L}*|urheber\p{L}*)$/iu;

/** Whether a credited source is a stock-picture library: a picture's credit ("Source: Getty"), not a story's source. */
export function isStockPictures(name: string): boolean {
  return STOCK_PICTURES.test(name);
}

/** "© 2020 a Reach plc subsidiary": what the site is, not its name (case-sensitive: a name opens with a capital, "A Plus Media"). */
const DESCRIPTION = /^an?\s/u;

/** "© privat": a picture owned by a private person (the German, Dutch and Romance credit for a family photo), not a holder. */
const PRIVATE_OWNER = /^(?:privat|private|privé|privado|privato|prywatne|priv\.)$/iu;

/** Four words or more closed by a full stop right before the mark: a sentence, not a name. */
const PROSE_BEFORE_MARK = /(?:[\p{L}\p{N}'’-]+[\s,;:]+){3,}[\p{L}\p{N}'’-]+[.!?]\s*$/u;

/**
 * A full stop after a word (not an initial, not "Co."), then a capital: where a sentence ends inside a footer line; with
 * no space, only before an article opening what the holder is ("Example Network.A Harbour Media Company").
 */
const SENTENCE_BREAK = /(?<=\p{Ll}{2}|\p{Lu}{2})\.(?:\s+(?=\p{Lu})|(?=(?:A|An|Ein|Eine|Une?|Una?)\s))/u;
/** A credit for the site's software or design ("Theme X by Y", "WordPress Theme von Z", "Community platform by X", "Add-ons © X"). */
const SOFTWARE_CREDIT = /(?<!\p{L})(?:themes?|wordpress|software|plugins?|add-?ons?|extensions?|erweiterungen|templates?|(?:community|forum|blog) platform)(?!\p{L})/iu;
const THEME_CREDIT = /(?<!\p{L})(?:themes?|wordpress|plugins?|templates?)(?!\p{L})/iu;
/** Stock-picture libraries, whose mark on a page credits a picture ("Getty" alone is how captions credit it). */
const STOCK_PICTURES = /(?<!\p{L})(?:getty(?: ?images)?|shutterstock|unsplash|istock(?:photo)?|adobe ?stock|stock\.adobe\.com|alamy|pixabay|pexels|depositphotos|dreamstime|123rf|fotolia|thinkstock(?:photos)?|imago(?: images)?|picture[- ]alliance)(?!\p{L})/iu;

/** A day and month ("15.05.", "31.05"): a notice names a year, never a day. */
const DAY_DATE = /(?<!\d)\d{1,2}\.\d{1,2}(?:\.|(?!\d))/u;

/** What makes a line with the word "copyright" a notice: the sign, a year, or the rights clause. */
const NOTICE_SIGN = new RegExp(String.raw`${SIGN}|\b(?:19|20)\d{2}\b|(?<!\p{L})(?:reserved|${alternation(RIGHTS_NOUNS)})(?!\p{L})`, 'iu');
/** A page's, link's or form field's name after the word ("Copyright Policy", "Copyright-Hinweis", "Copyright text"). */
const LABEL_NOUN_AFTER = /^[\s-]*(?:policy|notice|notices|information|info|infos|issues|infringement|statement|terms|complaints?|agent|page|text|texte|holder|owner|hinweis\p{L}*|informationen|richtlinie\p{L}*|avis|aviso|informaci\p{L}*|informazioni)(?!\p{L})/iu;
/** The link to the page's picture credits after the mark ("© Bildrechte anzeigen", "© Image credits"): no holder. */
const PICTURE_RIGHTS_LINK = /^\s*(?:bildrechte|bildnachweis(?:e)?|bildquellen?|fotonachweis(?:e)?|image credits?|photo credits?|picture credits?|crédits? photos?)(?:\s+(?:anzeigen|ansehen|zeigen|show|view|voir))?\s*$/iu;
/** "& …", "and …", "sowie …" right after the mark. */
const LABEL_AFTER_MARK = /^\s*(?:&|and|und|sowie|et|y|e|i|oraz|\/)\s/iu;
/** A licence named where a holder would stand ("© Licence to publish", "Creative Commons"): the terms, not the publisher. */
const LICENCE = /(?<!\p{L})(?:licen[cs]\p{L}*|cc[- ]by\p{L}*|(?:einige|bestimmte)\s+rechte|lizenz\p{L}*|licencj\p{L}*|licencia\p{L}*|licenza|licentie|creative commons)(?!\p{L})/iu;
/** Words, then a comma right before the mark: the end of a caption. */
function isCaptionEnd(before: string): boolean {
  return /,\s*$/u.test(before) && /\p{L}{2}/u.test(before);
}
/** Words saying the content is protected: a footer's notice before its mark, not a caption. */
const PROTECTED = /(?<!\p{L})(?:protected|urheberrecht\p{L}*|geschützt|protégé\p{L}*|protegid\p{L}*|protett\p{L}*|chronion\p{L}*)(?!\p{L})/iu;
/**
 * Five words or more (a full stop, ! or ? may close them) right before the mark: a caption's text. Word and separator
 * classes do not overlap (a hyphen joins a word), so the engine has one way to read each line.
 */
const CAPTION_SENTENCE_BEFORE_MARK = /(?:[\p{L}\p{N}'’-]+[\s,;:–]+){4,}[\p{L}\p{N}'’-]+[.!?]?\s*$/u;

/**
 * Where a word runs into the next without a space ("CommitteeImprintPrivacy"): a lower-case run of
 * three or more letters, then a capital that starts a word of three or more.
 */
const GLUED = /(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll}{2})/gu;

/** The footer's links a copyright line prints beside its holder: the cue words' list and the English ones it leaves to other patterns. */
const HOLDER_FOOTER_LINKS = alternation([...FOOTER_LINKS, 'privacy statement', 'privacy notice', 'terms of use', 'terms of service', 'sitemap', 'site map', 'imprint', 'disclosure']);
/** The footer's links printed after the holder on its line ("Example Media Privacy Policy · Disclosure", "X Impressum Datenschutz"). */
const TRAILING_FOOTER_LINKS = new RegExp(String.raw`\s+(?:${HOLDER_FOOTER_LINKS})(?!\p{L})[^]*$`, 'iu');

/** A footer link at the front of the holder; glued to it ("Términos de UsoGrupo X") when a capital follows with no space (tested apart: the link's case is free, the seam's is not). */
const LEADING_FOOTER_LINK = new RegExp(String.raw`^(?:${HOLDER_FOOTER_LINKS})`, 'iu');
const SEAM = /^\p{Lu}\p{Ll}/u;

/** A holder without the footer links that follow it on the line (what is left before the first of them), or one glued before it. */
function withoutFooterLinks(holder: string): string {
  const link = LEADING_FOOTER_LINK.exec(holder);
  const unglued = link && SEAM.test(holder.slice(link[0].length)) ? holder.slice(link[0].length) : holder;
  return unglued.replace(TRAILING_FOOTER_LINKS, '').replace(EDGE_SEPARATORS, '') || unglued;
}

/** A domain's ending with a capitalised word glued to it ("….deWinterstraße"). */
const GLUED_AFTER_DOMAIN = /\.(?:de|com|net|org|at|ch|fr|es|it|nl|eu|info|io|co\.uk)(?=\p{Lu}\p{Ll})/u;

/**
 * A holder followed by menu labels the dump glued to it ("Valley Ski ClubImprintPrivacy"): cut
 * before the first glued word when there are two or more such seams, since one seam is often a
 * brand's own spelling ("ValleyCast", "HeartMedia").
 */
function withoutGluedLabels(holder: string): string {
  // A web address with a word glued to its ending ("Example.deWinterstraße 2"): the address, then the footer's next line.
  const domain = GLUED_AFTER_DOMAIN.exec(holder);
  if (domain) return holder.slice(0, domain.index + domain[0].length);
  const seams = [...holder.matchAll(GLUED)];
  if (seams.length < 2) return holder;
  // A web address keeps its brand's capitals ("ValleyCastMedia.example"), and so does a name's first word ("ValleyThoughts - a blog").
  const cut = seams[0]!.index;
  if (/\.\p{L}{2,}\b/u.test(holder) || !/\s/u.test(holder.slice(0, cut))) return holder;
  return holder.slice(0, cut).replace(EDGE_SEPARATORS, '');
}

/** Distinct holders from which the notices printed between a story's paragraphs are its pictures' credits. */
const CREDIT_HOLDERS = 3;
/** Lines from such a notice to prose above and below it, at most. */
const CREDIT_REACH = 8;

/**
 * Copyright notices that credit a story's pictures ("© Ann Lee" under each photo of a travel guide, "© Tourist Board"):
 * several holders, each notice with prose a few lines above and below it. A site's own notice stands once, after the
 * story, so a single notice, or one with no prose after it, is left as it is. `notice`: the lines read as copyright
 * notices; `prose`: the lines that read as prose. Returns the credits' indices.
 */
export function pictureCredits(texts: readonly string[], notice: readonly boolean[], prose: readonly boolean[]): number[] {
  const near = (i: number, step: 1 | -1) => {
    for (let j = i + step, n = 0; j >= 0 && j < texts.length && n < CREDIT_REACH; j += step, n++) if (prose[j]) return true;
    return false;
  };
  const credits = texts.flatMap((t, i) => (notice[i] && near(i, -1) && near(i, 1) ? [{ i, holder: copyrightHolder(t) }] : []));
  return new Set(credits.map((c) => c.holder).filter((h) => h !== null)).size >= CREDIT_HOLDERS ? credits.map((c) => c.i) : [];
}
