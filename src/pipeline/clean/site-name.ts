import { holderName } from './copyright.ts';
import { cueCategory, isBlogTagline, isCopyrightLine, looksLikeBio } from './cues.ts';
import { datelineDate } from './dates.ts';
import type { Features } from './features.ts';
import { endsSentence, normaliseKey, undouble, wordsOf } from './text.ts';
import type { Unit } from './units.ts';

export interface SiteName {
  name: string;
  key: string;
  how: string;
  /** A copyright or bio line names it too: surer than a line the page merely repeats (a section label). */
  confirmed: boolean;
  /** How many times the page prints it as a line of its own. */
  printed: number;
  /**
   * It opens the page (after skip links at most) and the line under it is no menu entry (a tagline, the
   * headline): a logo's words. A menu entry or section label stands among other short lines.
   */
  headsPage: boolean;
  /** The unit that prints it first. */
  first: number;
}

/** A tagline or a headline runs to at least this many words; a menu entry rarely does. */
const UNDER_LOGO_WORDS = 4;

/** Whether the line at `first` opens the page: only cue-named lines (skip links) before it, and under it a line of words that is no menu entry. */
function headsPage(units: Unit[], first: number): boolean {
  for (let j = 0; j < first; j++) if (cueCategory(units[j]!.text) === null) return false;
  const next = units[first + 1];
  return next !== undefined && next.kind === 'text' && wordsOf(next.text).length >= UNDER_LOGO_WORDS && cueCategory(next.text) === null;
}

/** A separator at either end of a line ("Shop |"): a piece of a menu row. */
const MENU_SEPARATOR_EDGE = /^[|·•›»>/]|[|·•›»>/]$/u;

/**
 * The site's name: a short line that the page repeats (logo, header, footer)
 * or prints at the very top, confirmed when another line embeds it (a
 * copyright line, "Editor at X"). Menus repeat too, so candidates named by a
 * cue (menu, share, login words) and dates are left out and the score favours
 * the top of the page and embedding.
 */
export function detectSiteName(units: Unit[], feats: Features[]): SiteName | null {
  const candidates = new Map<string, { name: string; count: number; first: number }>();
  units.forEach((u, i) => {
    if (u.kind !== 'text') return;
    const text = undouble(u.text);
    const words = wordsOf(text).length;
    // A line that opens or closes with a separator ("Shop |") is a piece of a menu row, not a name.
    if (words < 1 || words > 4 || text.length > 40 || endsSentence(text) || /[:：,]$/u.test(text) || MENU_SEPARATOR_EDGE.test(text)) return;
    if (cueCategory(text) !== null || datelineDate(text) !== null || !/^\p{Lu}|^\p{Lo}/u.test(text)) return;
    // A line that is its own undoubled form has its key among the features already.
    const key = text === u.text ? feats[i]!.key : normaliseKey(text);
    const c = candidates.get(key) ?? { name: text, count: 0, first: i };
    c.count++;
    candidates.set(key, c);
  });
  let best: (SiteName & { score: number }) | null = null;
  // Only the words that name the publisher confirm: a copyright line's holder ("© 2020 Example Media" names
  // "Example Media", not the "Media" a section label may share with it) and, in an author's bio, what follows the
  // role ("editor at Example Post"); a sentence of the story that names a role ("an analyst with X") is no bio line.
  // Every run of one to four words from where the name starts, with the first line that names it: one lookup per
  // candidate instead of a search through every naming line, so the cost stays linear.
  const embedding = new Map<string, Unit>();
  units.forEach((u, i) => {
    if (feats[i]!.words > 60) return;
    const copyright = isCopyrightLine(u.text);
    const followed = copyright ? null : FOLLOW_SITE.exec(u.text.trim());
    const named = copyright ? holderKey(u.text) : followed ? normaliseKey(followed[1]!) : looksLikeBio(u.text) ? employerKey(feats[i]!.key) : null;
    if (!named) return;
    const words = named.split(' ');
    for (let b = 1; b <= Math.min(words.length, 4); b++) {
      const gram = words.slice(0, b).join(' ');
      // "© Example Media" has the name's own key (the sign is no word), yet it is another line that names it.
      if ((copyright || gram !== feats[i]!.key) && !embedding.has(gram)) embedding.set(gram, u);
    }
  });
  for (const [key, c] of candidates) {
    // A holder's key drops a leading "the" ("© The Example Post" and "Example Post, Inc." name the same paper).
    // A domain glues the name's words ("Valley Kitchen" and "© ValleyKitchen.com").
    const embeddedIn = embedding.get(key) ?? embedding.get(key.replace(/^the /u, '')) ?? (key.includes(' ') ? embedding.get(key.replaceAll(' ', '')) : undefined);
    const top = c.first < 3;
    if (c.count < 2 && !(top && embeddedIn)) continue;
    if (!top && !embeddedIn) continue;
    const score = c.count + (top ? 2 : 0) + (embeddedIn ? 2 : 0);
    if (score < 3 || (best && best.score >= score)) continue;
    const how = [`printed ${c.count} time${c.count > 1 ? 's' : ''} as a line of its own`, top ? 'at the top of the page' : '', embeddedIn ? `and inside "${embeddedIn.text.slice(0, 60)}"` : '']
      .filter(Boolean)
      .join(' ');
    best = { name: c.name, key, how, score, confirmed: embeddedIn !== undefined, printed: c.count, headsPage: headsPage(units, c.first), first: c.first };
  }
  return best ? { name: best.name, key: best.key, how: best.how, confirmed: best.confirmed, printed: best.printed, headsPage: best.headsPage, first: best.first } : null;
}

/** A button to follow the site by its name in quotes ("Follow “Example Notes”", "Folgen „Beispiel“"), as blog hosts print it. */
const FOLLOW_SITE = /^(?:follow|folgen|suivre|seguir)\s+[“"„«‚']([^”"“»']{2,60})[”"“»‘']$/iu;

/** The key of a copyright line's holder, without a leading "the" or a legal suffix ("Example Media Ltd" -> "example media"). */
function holderKey(line: string): string | null {
  const holder = holderName(line);
  return holder ? normaliseKey(holder).replace(/^the /u, '') || null : null;
}

/**
 * Roles held at a publication. Narrower than the bio cue's roles (cues.ts), which also take an analyst, a founder or a
 * professor: those work "with" or "at" a firm or a university, which is not the site's name.
 */
const ROLES = String.raw`(?:editor|writer|journalist|reporter|correspondent|columnist|contributor|author|producer|anchor|redakteur\p{L}*|korrespondent\p{L}*|autor\p{L}*|journaliste|rédact\p{L}*|periodista|redactor\p{L}*|giornalista|redattor\p{L}*|verslaggever|redacteur|dziennikar\p{L}*|redaktor\p{L}*)`;
const ARTICLE = String.raw`(?:(?:the|der|die|dem|le|la|el|il) )`;
/** What a publication may be called before its name ("author of the blog Example Notes"). */
const MEDIUM = String.raw`(?:(?:blog|site|website|magazine|newspaper|paper|podcast|show|zeitung|magazin|journal) )`;
/**
 * Where the employer's name starts in a bio's key (its words, lower-cased, no punctuation): after the role and a
 * preposition ("writer at the example post", "editor in chief of …") or after "editor in chief" itself (the key
 * has lost the comma of "editor in chief, The Example Journal").
 */
const ROLE_AT = new RegExp(String.raw`(?:^| )${ROLES}(?: in chief)?(?: \p{L}+)?? (?:at|for|with|of|bei|für|chez|pour|à|de|du|para|en|di|per|presso|bij|voor|w|dla) ${ARTICLE}?${MEDIUM}?${ARTICLE}?|(?:^| )${ROLES} in chief ${ARTICLE}?`, 'u');
/** The employer named before the role: "… is a wired reporter" -> "wired". */
const ROLE_AFTER = new RegExp(String.raw`(?:^| )(?:is|was|ist|war|est|es|è|jest) (?:a|an|ein|eine|un|une|una|uno) ((?:\p{L}+ ){1,3}?)${ROLES}(?: |$)`, 'u');

/** The key of the employer an author's bio names, or null. */
function employerKey(key: string): string | null {
  const at = ROLE_AT.exec(key);
  if (at) return key.slice(at.index + at[0].length) || null;
  const before = ROLE_AFTER.exec(key);
  return before ? before[1]!.trim() : null;
}

/** Units from the page's top in which a blog's tagline is looked for: its header. */
const TAGLINE_REACH = 60;
/** Words of a blog's name over its tagline at most. */
const BLOG_NAME_WORDS = 6;

/** A blog's tagline in the page's header ("A blog covering …"), and the blog's name on the line over it: the site's lines. */
export function blogHeaderLines(units: Unit[], feats: Features[]): number[] {
  const lines: number[] = [];
  for (let i = 0; i < Math.min(units.length, TAGLINE_REACH); i++) {
    if (units[i]!.kind !== 'text' || !isBlogTagline(units[i]!.text)) continue;
    lines.push(i);
    const above = units[i - 1];
    if (above?.kind === 'text' && feats[i - 1]!.words <= BLOG_NAME_WORDS && !endsSentence(above.text)) lines.push(i - 1);
  }
  return lines;
}
