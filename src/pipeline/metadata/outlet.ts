import type { CleanResult, Found, Removal } from '../types.ts';
import { hostOf } from './urls.ts';

/** "Read the full X article at:" or "Read the full story at the X:". */
const FULL_ARTICLE = /\b(?:full|complete|original|entire|whole)\s+(?:(.+?)\s+)?(?:article|story|report|post|piece)\b(?:\s+(?:at|on|in|from|here)(?:\s+(?:the\s+)?([^:]+?))?)?\s*:?\s*$/iu;
/** "… by X" closing an attribution line; a dot inside the name only when no space follows ("N.Y."), so the name never runs into the next sentence. */
const BY_OUTLET = /\bby\s+(\p{Lu}(?:[\p{L}\p{N}&' -]|\.(?=\S)){0,60})\.?$/u;
const SOURCE = /^(?:source|sources|via|courtesy(?: of)?)\s*[:：]\s*(.+)$/i;
const COPYRIGHT_MARK = /©|\(c\)|\bcopyright\b/giu;
/** A site's version ("v .83"), years and year ranges ("2012", "2007-2012", "2020 -"), the rights clause, and separators at the ends: none is a holder's name. */
const NOT_HOLDER = [/\s+v(?:ersion)?\s*\.?\d[\d.]*\s*$/iu, /\b(?:19|20)\d{2}\b(?:\s*[-–]\s*(?:(?:19|20)\d{2}\b)?)?/gu, /[.,]?\s*(?:(?:(?:all|some)\s+)?(?:rights\s+)?reserved\b|all(?:e|es)?\s+(?:rechte|droits|derechos|diritti|rechten|prawa)\b|tous\s+droits\b|(?:(?:todos|algunos|alguns)\s+(?:(?:los|os)\s+)?)?(?:derechos|direitos)\s+reservados\b|tutti\s+i\s+diritti\b|wszystkie\s+prawa\b).*$/iu, /^\s*by\s+/iu];
/** A caption's or credit's label ("Foto:", "Bild:"). */
const PICTURE_LABEL = /^(?:foto|fotos|bild|bilder|symbolbild|photo|photos|image|images|picture|credit|bildquelle|quelle|imagen)\s*:/iu;
/** A picture's credit ("Foto: Agency", "Name / Agency"), not the site's: a labelled source or a slash between names. */
const PICTURE_CREDIT = new RegExp(`${PICTURE_LABEL.source}|\\p{L}\\s*\\/\\s*\\p{L}`, 'iu');
/** What divides a footer line into parts: " | ", " · ", " • ", " // ". */
const SEPARATOR = /\s(?:[|·•]|\/\/)\s/u;
const EDGE_SEPARATORS = /^[\s\-–—,:;.·•|/]+|[\s\-–—,:;.·•|/]+$/gu;
const LEGAL_SUFFIX = /[\s,]+(?:private limited|pvt\.? ltd\.?|limited|ltd\.?|inc\.?|llc|gmbh|s\.a\.|plc|corp\.?|co\.)$/i;

/**
 * Who holds the copyright of a line such as "Copyright © 2012 Example Media, Inc. All rights
 * reserved." or "example.com © 2010": the words after the mark (every mark, year and range,
 * the rights clause and a leading "by" taken out; of "Holder | Terms", the first part), or the
 * words before it when nothing but years follows; menu labels glued to its end are cut off. Null
 * when no name is left, and for a picture's credit (in brackets, under a "Foto:" label, or after a
 * caption's comma).
 */
export function copyrightHolder(line: string): string | null {
  // A credit in brackets ("(© Agency)") names a picture's source, not the site's.
  if (/^\s*\((?!c\))[^]*\)\s*$/iu.test(line)) return null;
  // "© 2020 Holder | Terms", "Holder © 2020 · Language", "© 2020 · Holder · Terms": the name beside
  // the mark in its own part of the line, else the first name in the parts after it.
  const parts = line.split(SEPARATOR);
  const at = parts.findIndex((part) => part.search(COPYRIGHT_MARK) >= 0);
  if (at < 0) return null;
  const own = parts[at]!;
  const mark = own.search(COPYRIGHT_MARK);
  // A caption's credit ("Label: what the picture shows, © Agency") names the picture's source, not the site's.
  if (CAPTION_BEFORE_MARK.test(own.slice(0, mark)) || PICTURE_LABEL.test(line.trimStart())) return null;
  // The word alone, with no sign, year or rights clause, is a notice only when the holder follows it
  // ("Copyright Valley Post"): "Digital Copyright", "Copyright Policy" and "… are copyright by X" are labels or sentences.
  if (!NOTICE_SIGN.test(line) && (mark > 0 || LABEL_NOUN_AFTER.test(own.slice(mark).replace(/^copyright\s*:?/iu, '')))) return null;
  // "Copyright & Permissions", "Copyright and licensing": a link's label, not a notice.
  if (LABEL_AFTER_MARK.test(own.slice(mark).replace(/^(?:©|\(c\)|copyright)/iu, ''))) return null;
  const clean = (part: string) => NOT_HOLDER.reduce((t, re) => t.replace(re, ' '), part.replace(COPYRIGHT_MARK, ' ')).replace(/\s+/gu, ' ').replace(EDGE_SEPARATORS, '');
  const holder = [own.slice(mark), own.slice(0, mark), ...parts.slice(at + 1)].map(clean).find((part) => /\p{L}/u.test(part));
  return holder !== undefined && !PICTURE_CREDIT.test(holder) && !LICENCE.test(holder) ? withoutGluedLabels(holder) : null;
}

/** What makes a line with the word "copyright" a notice: the sign, a year, or the rights clause. */
const NOTICE_SIGN = /©|\(c\)|\b(?:19|20)\d{2}\b|(?<!\p{L})(?:reserved|rechte|droits|derechos|direitos|diritti|prawa)(?!\p{L})/iu;
/** A page's or link's name after the word ("Copyright Policy", "Copyright-Hinweis"). */
const LABEL_NOUN_AFTER = /^[\s-]*(?:policy|notice|notices|information|info|infos|issues|infringement|statement|terms|complaints?|agent|page|hinweis\p{L}*|informationen|richtlinie\p{L}*|avis|aviso|informaci\p{L}*|informazioni)(?!\p{L})/iu;
/** "& …", "and …" right after the mark. */
const LABEL_AFTER_MARK = /^\s*(?:&|and|und|et|y|e|i|\/)\s/iu;
/** A licence named where a holder would stand ("© Licence to publish", "Creative Commons"): the terms, not the publisher. */
const LICENCE = /(?<!\p{L})(?:licen[cs]es?|lizenz\p{L}*|licencj\p{L}*|licencia\p{L}*|licenza|licentie|creative commons)(?!\p{L})/iu;
/** Words, then a comma right before the mark: the end of a caption. */
const CAPTION_BEFORE_MARK = /\p{L}{2}.*,\s*$/u;

/**
 * Where a word runs into the next without a space ("CommitteeImprintPrivacy"): a lower-case run of
 * three or more letters, then a capital that starts a word of three or more.
 */
const GLUED = /(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll}{2})/gu;

/**
 * A holder followed by menu labels the dump glued to it ("Valley Ski ClubImprintPrivacy"): cut
 * before the first glued word when there are two or more such seams, since one seam is often a
 * brand's own spelling ("ValleyCast", "HeartMedia").
 */
function withoutGluedLabels(holder: string): string {
  const seams = [...holder.matchAll(GLUED)];
  if (seams.length < 2) return holder;
  // A web address keeps its brand's capitals ("ValleyCastMedia.example"), and so does a name's first word ("ValleyThoughts - a blog").
  const cut = seams[0]!.index;
  if (/\.\p{L}{2,}\b/u.test(holder) || !/\s/u.test(holder.slice(0, cut))) return holder;
  return holder.slice(0, cut).replace(EDGE_SEPARATORS, '');
}

function tidyName(name: string): string | null {
  const n = name.trim().replace(/^the\s+/iu, '').replace(/[.;:,]+$/u, '').trim();
  return n && !/^(?:https?:|www\.)/i.test(n) && n.split(/\s+/).length <= 6 ? n : null;
}

/**
 * The outlet, by precedence (first rule that applies wins):
 * 1. the publisher the page names as the original: "Read the full X article", "Published … by X";
 * 2. a "Source: X" attribution;
 * 3. the site name the page repeats (logo, header, footer lines), when a copyright or bio line names it too;
 * 4. the holder of the copyright line;
 * 5. a repeated site name nothing confirms (it may be a section label), unless it is one word printed
 *    fewer than three times;
 * 6. the host of the original URL.
 * The original's publisher comes first because the brief's URL and text are
 * the original's; the site that reprinted it only comes after.
 */
export function findOutlet(clean: CleanResult, url: string | null): Found<string> {
  const { removed } = clean;
  const agree = (name: string) => {
    const host = url ? hostOf(url) : null;
    const squashed = name.toLowerCase().replace(/[^a-z0-9]/g, '');
    return host && squashed.length >= 3 && host.replace(/[^a-z0-9]/g, '').includes(squashed) ? `; agrees with the original URL's host ${host}` : '';
  };
  const from = (category: Removal['category'], re: RegExp) => {
    for (const r of removed.filter((x) => x.category === category)) {
      const m = re.exec(r.text.trim());
      const raw = m ? (m[1] ?? m[2]) : undefined;
      const name = raw ? tidyName(raw) : null;
      if (name) return { name, r };
    }
    return null;
  };
  const trailer = from('trailer', FULL_ARTICLE);
  if (trailer) return { value: trailer.name, how: `named by the trailer "${trailer.r.text}" (line ${trailer.r.line})${agree(trailer.name)}` };
  const publishedBy = from('attribution', BY_OUTLET);
  if (publishedBy) return { value: publishedBy.name, how: `named by the attribution "${publishedBy.r.text}" (line ${publishedBy.r.line})${agree(publishedBy.name)}` };
  const source = from('attribution', SOURCE);
  if (source) return { value: source.name, how: `"Source:" line (line ${source.r.line})${agree(source.name)}` };
  const site = clean.siteName;
  if (site?.confirmed) return { value: site.name, how: `site name: ${site.how}${agree(site.name)}` };
  for (const r of removed.filter((x) => x.category === 'footer')) {
    const raw = copyrightHolder(r.text);
    const name = raw ? tidyName(raw.replace(LEGAL_SUFFIX, '')) : null;
    if (name) return { value: name, how: `holder of the copyright line "${r.text}" (line ${r.line})` };
  }
  // A line the page only repeats may be a section label ("Travel"): it comes after the copyright holder,
  // and one word printed once or twice is taken only when it looks like no common word (a digit or a dot in it).
  if (site && ((site.printed ?? 0) >= 3 || /[\s\d.]/u.test(site.name.trim()))) return { value: site.name, how: `site name: ${site.how}${agree(site.name)}` };
  const host = url ? hostOf(url) : null;
  if (host) return { value: host, how: `host of the original URL ${url}` };
  const repeated = site ? `the only repeated line, "${site.name}", looks like a section label` : 'no repeated site name';
  return { value: null, why: `no trailer or attribution naming a publisher, no "Source:" line, ${repeated}, no copyright line and no original URL` };
}
