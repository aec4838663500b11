import { isCommentHeading } from '../clean/comments.ts';
import { attributionIn, bylineNames, disclosuresIn, isBylineLabel, isPersonNameLine, joinsNamesByWord } from '../clean/cues.ts';
import { lookupName } from '../links/gazetteer.ts';
import { namesAnOrganisation } from './cited-name.ts';
import { isGivenName } from '../links/lexicon.ts';
import type { Removal } from '../types.ts';

const unique = (xs: string[]) => [...new Set(xs)];

/** Publisher disclosures exactly as printed, from the lines cleaning set aside. */
export function disclosuresFrom(removed: Removal[]): string[] {
  return unique(removed.filter((r) => r.category === 'disclosure').flatMap((r) => disclosuresIn(r.text)));
}

/** Attribution lines ("Source: X", "Published in … by X") exactly as printed. */
export function attributionsFrom(removed: Removal[]): string[] {
  return unique(removed.filter((r) => r.category === 'attribution').flatMap((r) => attributionIn(r.text) ?? []));
}

/**
 * Author names from byline lines, with the line they came from. Past a heading of comments after the story (`storyEnd`:
 * the story's last line), a byline signs a reader's comment ("Comments" / … / "Posted by: name | date").
 */
export function authorsFrom(removed: Removal[], headlineLine: number | null = null, storyEnd: number | null = null): { names: string[]; how: string } {
  // A share row's call ("Share, print or comment:") heads no comments: an author's box may follow it.
  const comments = storyEnd === null ? undefined : removed.find((r) => r.line > storyEnd && r.category !== 'share' && isCommentHeading(r.text));
  const signed = (r: Removal) => comments !== undefined && r.line > comments.line;
  const lines = storyBylines(removed.flatMap((r) => (signed(r) ? [] : r.category === 'byline' ? [r] : r.category === 'comments' || r.category === 'related' ? [] : metaLineByline(r))), headlineLine);
  // A bare label ("By") reads with the names printed on the line after it.
  const names = unique(lines.flatMap((r, k) => namesOf(isBylineLabel(r.text) && lines[k + 1] ? `${r.text.trim()} ${lines[k + 1]!.text.trim()}` : r.text)));
  if (names.length === 0) return { names, how: 'unknown: no byline ("By …", "Name by Name", "Author: …") on the page' };
  return { names, how: `byline "${lines[0]!.text}" (line ${lines[0]!.line})` };
}

/**
 * The authors a byline names. A list joined by a word ("A, B and C") names co-authors throughout; after commas
 * alone the first author's affiliation and place may follow ("By Ann Lee, Valley News, New York", "Ann Lee, Maps
 * Team"), so there a later part is a co-author only when it reads as a person's name ("von Ann Lee, Omar Haddad").
 */
function namesOf(byline: string): string[] {
  // After "Redaktion" a name that opens with no given name is the desk's ("Redaktion Talstadt", "Redaktion Gelbe Seiten
  // Online"), though the line is the story's byline.
  const desk = DESK.exec(byline);
  if (desk && !isGivenName(desk[1]!.toLowerCase())) return [];
  // "Autor: Redaktion X": a desk under the label too; so are "X Staff", "Die Redaktion" and an organisation. A writer's
  // role or outlet run on after the name ("Evan HalperStaff Writer", "Helen Briggs BBC News") is no part of it.
  const people = (names: string[]) => names.filter((name) => !DESK_NAME.test(name) && !isDesk(name) && !namesAnOrganisation(name) && !SPONSORED.test(name));
  // A person's name alone is a byline the cleaner named by its place (beside the date under the headline).
  const names = (bylineNames(byline) ?? (isPersonNameLine(byline) ? [byline.trim()] : [])).map(withoutRoleOrOutlet);
  if (names.length <= 1 || joinsNamesByWord(byline)) return people(names);
  // The place comes after the affiliation ("…, Valley News, New York"): the list ends at the first part that is no person.
  // A byline printed in capitals ("By JANE DOE, OMAR HADDAD") says nothing by its capitals.
  const capitals = names[0] === names[0]!.toUpperCase();
  const end = names.findIndex((name, i) => i > 0 && notAPerson(name, capitals));
  return people(end < 0 ? names : names.slice(0, end));
}

/** An ad slot's label in a byline's place ("von Gesponserte Inhalte", "By Sponsored Content"): nobody's name. */
const SPONSORED = /^(?:sponsored|gesponserte?|sponsorisé|patrocinado|sponsorizzato)\s+(?:content|posts?|inhalte?|beiträge?|contenus?|contenidos?|contenuti?)$/iu;

/** A profession's title before the name ("Rechtsanwalt Sebastian Berg", "Attorney Jane Doe"): the name is what follows it. */
const TITLE_BEFORE_NAME = /^(?:rechtsanw(?:alt|ältin)|fachanw(?:alt|ältin)|anw(?:alt|ältin)|notar(?:in)?|steuerberater(?:in)?|attorney|lawyer|avocate?|abogad[oa]|avvocato)\s+(?=\p{Lu})/iu;

/** The outlet's possessive before the name ("NBC's Kristen Welker", "CNN’s Ann Lee"): the name is what follows it. */
const OUTLET_BEFORE_NAME = /^[\p{L}\p{N}.&-]+['’]s\s+(?=\p{Lu})/u;

/** "Redaktion" and a name, its first word captured: the desk that wrote the story, unless that word is a given name. */
const DESK = /^\s*redaktion\s*:?\s*([\p{L}\p{N}][\p{L}\p{N}.'’-]*)/iu;
/** A name that is an editorial desk's ("Redaktion Talstadt", "Online-Redaktion"). */
const DESK_NAME = /^(?:[\p{L}-]+-)?redaktion(?!\p{L})/iu;

/** The last word of a newsroom's or a team's name ("NFL.com Staff", "Blog Redaktion", "BBNTEAM"), a role ("Guest Author"), or a site's admin account. */
const DESK_END = /(?:(?:^|\s)(?:[Ss]taff|STAFF|[Tt]eam|TEAM|[Rr]edaktion|REDAKTION|[Dd]esk|[Nn]ewsroom|[Rr]eport|[Aa]dmin|[Aa]dministrator|[Ww]riter|[Aa]uthor|AUTHOR|[Cc]ontributor|[Bb]logger)|\p{Lu}(?:TEAM|STAFF))$/u;

/**
 * A desk, not a person: its last word says so, unless the name opens with a given name. "Staff" is also a surname ("Jörg
 * Staff"), so it names a desk only after a site's name ("NFL.com Staff", "ABC Staff") or alone ("Staff Writer").
 */
function isDesk(name: string): boolean {
  const words = name.split(/\s+/u);
  if (!DESK_END.test(name) || isGivenName(words[0]!.toLowerCase())) return false;
  return !/staff$/iu.test(name) || words.length === 1 || /^staff\s/iu.test(name) || /[.\d]|^\p{Lu}{2,}$/u.test(words[0]!);
}

/**
 * "Evan HalperStaff Writer" -> "Evan Halper"; "Helen Briggs BBC News" -> "Helen Briggs": a given name and a surname, then a role or an
 * outlet; "Rechtsanwalt Sebastian Berg" -> "Sebastian Berg": a profession's title before the given name.
 */
function withoutRoleOrOutlet(title: string): string {
  const titled = TITLE_BEFORE_NAME.exec(title) ?? OUTLET_BEFORE_NAME.exec(title);
  const name = titled && isGivenName(title.slice(titled[0].length).split(/\s+/u)[0]!.toLowerCase()) ? title.slice(titled[0].length) : title;
  const glued = /^(.+?\p{Ll})(?:Staff Writer|Staff Reporter|Contributor|Correspondent)$/u.exec(name);
  if (glued && isGivenName(glued[1]!.split(/\s+/u)[0]!.toLowerCase())) return glued[1]!;
  const words = name.split(/\s+/u);
  if (words.length >= 4 && isGivenName(words[0]!.toLowerCase()) && /^(?:News|Times|Post|Online|Today|Media)$/u.test(words.at(-1)!) && /^\p{Lu}{2,}$/u.test(words.at(-2)!)) return words.slice(0, -2).join(' ');
  return name;
}

/** Words that name a newsroom, a team or a role, not a person. */
const AFFILIATION_WORD = /(?<!\p{L})(?:news|times|post|press|star|herald|tribune|journal|magazine|media|radio|tv|television|team|group|project|desk|staff|outreach|marketing|manager|department|office|bureau|redaktion|projektleiter\p{L}*)(?!\p{L})/iu;

/** An affiliation or a place: "The …", an acronym, a newsroom's or a team's word, or a place or an outlet the gazetteer knows. */
function notAPerson(name: string, capitals: boolean): boolean {
  if (/^the\s/iu.test(name) || (!capitals && /(?<!\p{L})\p{Lu}{2,}(?!\p{L})/u.test(name)) || AFFILIATION_WORD.test(name)) return true;
  const known = lookupName(name);
  return known !== null && known.kind !== 'person';
}

/** What separates the parts of a post's meta line ("Date: November 5, 2012 | Category: News | Author: Ann Lee"); the parts are trimmed apart (a pattern with white space on both sides took quadratic time on a long run of spaces). */
const META_SEPARATOR = /[|·•]/u;

/** A byline label's words, looked for before the line is split (most lines with a separator are menus). */
const BYLINE_HINT = /(?<![\p{L}])(?:by|von|author|autor|autorin|auteur|autore|por|par|door|av|przez|redaktion)(?![\p{L}])/iu;

/** The byline part of a post's meta line, which cleaning files by its other parts (a dateline, a row of links), as a byline line of its own. */
function metaLineByline(r: Removal): Removal[] {
  if (!META_SEPARATOR.test(r.text) || !BYLINE_HINT.test(r.text)) return [];
  // "Author:Ann Lee": the page dump lost the space after the label's colon.
  const part = r.text
    .split(META_SEPARATOR)
    .map((p) => p.trim().replace(/^([\p{L} ]{2,20}):(?=\S)/u, '$1: '))
    .find((p) => bylineNames(p) !== null);
  return part ? [{ ...r, text: part }] : [];
}

/** Lines apart at most for bylines to be one (a byline split over lines, a co-author's line under it). */
const BYLINE_SPAN = 4;
/** Bylines at least, each the same number of lines (three or more) after the last, that make a list of teasers' bylines. */
const LADDER_BYLINES = 3;
const LADDER_STEP = 3;

/**
 * Bylines without those printed at a steady step in a list of other stories (title / "Von X · 3" / section, again and
 * again): a story's bylines stand together, or a byline and a co-author's line under it.
 */
function withoutTeaserLadders(lines: Removal[]): Removal[] {
  const ladder = new Set<number>();
  for (let k = 0; k < lines.length; ) {
    const step = k + 1 < lines.length ? lines[k + 1]!.line - lines[k]!.line : 0;
    let end = k + 1;
    while (step >= LADDER_STEP && end < lines.length && lines[end]!.line - lines[end - 1]!.line === step) end++;
    if (end - k >= LADDER_BYLINES) for (let j = k; j < end; j++) ladder.add(j);
    k = Math.max(end - 1, k + 1);
  }
  return ladder.size === 0 ? lines : lines.filter((_, k) => !ladder.has(k));
}

/**
 * The story's own bylines: the run of byline lines nearest the headline. Teasers of other stories
 * and lists of recent posts print their authors' bylines too, further down the page.
 */
function storyBylines(all: Removal[], headlineLine: number | null): Removal[] {
  const lines = withoutTeaserLadders(all);
  if (lines.length <= 1 || headlineLine === null) return lines;
  let anchor = 0;
  lines.forEach((r, k) => {
    if (Math.abs(r.line - headlineLine) < Math.abs(lines[anchor]!.line - headlineLine)) anchor = k;
  });
  let first = anchor;
  let last = anchor;
  while (first > 0 && lines[first]!.line - lines[first - 1]!.line <= BYLINE_SPAN) first--;
  while (last < lines.length - 1 && lines[last + 1]!.line - lines[last]!.line <= BYLINE_SPAN) last++;
  return lines.slice(first, last + 1);
}
