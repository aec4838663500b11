import { cueCategory, hasCopyrightNotice, looksLikeBio } from './cues.ts';
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
    const key = normaliseKey(text);
    const c = candidates.get(key) ?? { name: text, count: 0, first: i };
    c.count++;
    candidates.set(key, c);
  });
  let best: (SiteName & { score: number }) | null = null;
  // Only lines that name the publisher count as confirmation: copyright lines and author bios.
  // Every run of one to four words of those lines, with the first line it appears in (not counting a line that is only
  // that run): one lookup per candidate instead of a search through every naming line, so the cost stays linear.
  const embedding = new Map<string, Unit>();
  units.forEach((u, i) => {
    // A footer's row of links names sections, not the publisher: only its copyright line counts.
    if (feats[i]!.words > 60 || !((cueCategory(u.text) === 'footer' && hasCopyrightNotice(u.text)) || looksLikeBio(u.text))) return;
    const words = feats[i]!.key.split(' ');
    for (let a = 0; a < words.length; a++) {
      for (let b = a + 1; b <= Math.min(words.length, a + 4); b++) {
        const gram = words.slice(a, b).join(' ');
        if (gram !== feats[i]!.key && !embedding.has(gram)) embedding.set(gram, u);
      }
    }
  });
  for (const [key, c] of candidates) {
    const embeddedIn = embedding.get(key);
    const top = c.first < 3;
    if (c.count < 2 && !(top && embeddedIn)) continue;
    if (!top && !embeddedIn) continue;
    const score = c.count + (top ? 2 : 0) + (embeddedIn ? 2 : 0);
    if (score < 3 || (best && best.score >= score)) continue;
    const how = [`printed ${c.count} time${c.count > 1 ? 's' : ''} as a line of its own`, top ? 'at the top of the page' : '', embeddedIn ? `and inside "${embeddedIn.text.slice(0, 60)}"` : '']
      .filter(Boolean)
      .join(' ');
    best = { name: c.name, key, how, score, confirmed: embeddedIn !== undefined, printed: c.count };
  }
  return best ? { name: best.name, key: best.key, how: best.how, confirmed: best.confirmed, printed: best.printed } : null;
}
