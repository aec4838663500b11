import type { CleanResult, Found, Removal } from '../types.ts';
import { AFTER_LEGAL_FORM, copyrightHolder, isStockPictures, LEGAL_FORM, quotedTitle, withoutLegalForm, withoutLegalSuffix } from '../clean/copyright.ts';
import { isCopyrightLine } from '../clean/cues.ts';
import { lookupName } from '../links/gazetteer.ts';
import { hostOf } from './urls.ts';

/** "Read the full X article at:" or "Read the full story at the X:". */
const FULL_ARTICLE = /\b(?:full|complete|original|entire|whole)\s+(?:(.+?)\s+)?(?:article|story|report|post|piece)\b(?:\s+(?:at|on|in|from|here)(?:\s+(?:the\s+)?([^:]+?))?)?\s*:?\s*$/iu;
/** "… by X" closing an attribution line; a dot inside the name only when no space follows ("N.Y."), so the name never runs into the next sentence. */
const BY_OUTLET = /\bby\s+(\p{Lu}(?:[\p{L}\p{N}&' -]|\.(?=\S)){0,60})\.?$/u;
/** The copyright sign, or a line opening with the word: a notice, not a sentence about copyright. */
const STRONG_NOTICE = /©|\(c\)|^\s*copyright\b/iu;
const SOURCE = /^(?:source|sources|via|courtesy(?: of)?)\s*[:：]\s*(.+)$/i;
/** A public body credited for data: a department, ministry, office or bureau. */
const DATA_SOURCE = /(?<!\p{L})(?:department|ministry|office|bureau|agency|institute|statistics|census|ministerium|amt|bundesamt|landesamt|ministère|ministerio|instituto)(?!\p{L})/iu;
/** A year in a copyright notice. */
const NOTICE_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u;
/** Words of the story after a bare notice from which it is a picture's credit. */
const CREDIT_WORDS_AFTER = 150;
/** A notice opening with its sign, as a picture's credit does ("© Ann Lee"); a site's logo may print "Example News ©". */
const SIGN_FIRST = /^\s*(?:©|\(c\))/iu;
/** Characters of a headline at least for its words after a holder to be told apart from the holder's own name. */
const HEADLINE_IN_NOTICE_CHARS = 12;
/** Lines from a bare notice above the story to its first line at most, for it to credit the lead picture. */
const LEAD_PICTURE_REACH = 8;
/** A rights clause's words ("All rights reserved", "Alle Rechte"), which a picture's credit does not carry. */
const RIGHTS_WORDS = /rights|reserved|rechte|vorbehalten|droits|derechos|diritti|prawa/iu;
/** A notice labelled as the text's own source. */
const TEXT_SOURCE = /^\s*(?:textquelle|text|source du texte|text source)\s*:/iu;
/** "Site by Owner": a name (a capital, a digit or a dot in it, no verb such as "Powered") and its owner after "by". */
const OWNER_AFTER = /(?<=^(?![Pp]owered|[Dd]esigned|[Mm]ade|[Bb]uilt|[Hh]osted|[Dd]eveloped|[Cc]reated|[Tt]heme)\S*[\p{Lu}\p{N}.]\S*(?:\s+\S+){0,3})\s+[Bb]y\s+\p{Lu}[\p{L}.'’ -]*$/u;

function tidyName(name: string): string | null {
  // Brackets or quotes around the name ("[Valley Post]", "'Valley Post'"), a trademark's sign ("Valley Post™"), and its owner
  // after "by" ("Valley Post by Ann Lee") are no part of it.
  const n = name.trim().replace(/[®™℠](?:\/TM(?!\p{L}))?/gu, '').replace(/^['"‘“„](.+)['"’”]$/u, '$1').replace(/^\[(.+)\]$/u, '$1').replace(/^the\s+/iu, '').replace(OWNER_AFTER, '').replace(/[.;:,]+$/u, '').trim();
  return n && !/^(?:https?:|www\.)/i.test(n) && n.split(/\s+/).length <= 6 && !CUT_AFTER.test(n) ? n : null;
}

/** A name that ends on a small word of its own language ("Stiftung für", "Institute of") was cut where the page broke its line. */
const CUT_AFTER = /\s(?:für|of|for|and|und|&|der|die|das|des|dem|den|von|vom|zum|zur|de|du|del|della|di|et|y|the)$/iu;

/**
 * A holder that runs on after a comma with its address or owner ("X GmbH, Hauptstraße 2, 12345 Stadt", "X Ltd,
 * Brighton, UK, a Y company"): the name before it, up to its legal form. A name with commas of its own ("Ministry
 * for Family, Seniors, Women and Youth", "Bennett, Coleman & Co") is left whole.
 */
function nameBeforeAddress(holder: string): string | null {
  const comma = holder.indexOf(', ');
  if (comma < 0 || !ADDRESS_OR_OWNER.test(holder.slice(comma))) return null;
  const name = holder.slice(0, comma).replace(AFTER_LEGAL_FORM, '$1');
  return NAME_END.test(name) ? tidyName(withoutLegalSuffix(name)) : null;
}
/**
 * An address (a number: street, postcode, phone) or an owner ("a Y company") after the comma, a legal form right after
 * it, or a description set after the name ("X, The State University of Y", "X, a nonprofit newsroom").
 */
const ADDRESS_OR_OWNER = new RegExp(String.raw`\d|(?<!\p{L})(?:a|an|part of)\s[^,]{0,40}(?<!\p{L})(?:[Cc]ompany|[Gg]roup|[Bb]rand)(?!\p{L})|^,\s*(?:S\.A\.|${LEGAL_FORM}|AG)(?!\p{L})|^,\s*(?:[Tt]he|[Aa]n?)\s`, 'u');
/** A name ends with a capitalised word, a legal form or a domain, not with a sentence's small word ("X - Neben dem"). */
const NAME_END = /(?:^|\s)[\p{Lu}\p{N}][^\s]*$|\.\p{Ll}{2,6}$/u;

/**
 * Words a publisher's company adds to its paper's name ("The Harbour Times Company", "Harbour News and Media"), once the
 * holder has lost its legal form (withoutLegalForm: "Limited", "Inc.").
 */
const OWNER_WORDS = /(?:\s+(?:Company|Media|Group)|\s+News\s+(?:and|&)\s+Media)+$/u;

/**
 * The known news outlet a copyright holder is or publishes, by its name less a company's words, under the name the
 * gazetteer gives it: a footer names the owner ("© The Harbour Times Company"), a reader knows the paper ("The Harbour
 * Times"). Only an outlet the gazetteer knows as news media: another company's name less those words is no paper's.
 */
function paperOfOwner(holder: string): string | null {
  const core = holder.replace(/,/gu, '').replace(OWNER_WORDS, '');
  if (core.length < 3) return null;
  const known = lookupName(core) ?? (/^the\s/iu.test(core) ? null : lookupName(`The ${core}`));
  return known?.media ? known.label : null;
}

/**
 * A site's address printed as its logo ("valleypost.example" atop the page): a name and a top-level domain in small
 * letters, as addresses are written ("Mr.Smith" or "St.Louis" is none), no path.
 */
const SITE_ADDRESS = /^(?:www\.)?([\p{L}\p{N}][\p{L}\p{N}-]*)\.\p{Ll}{2,10}$/u;
/** Lines read as the top of the page: a logo stands above the menu, at most after a skip link or two. */
const TOP_LINES = 5;
/** Lines that a known outlet's logo line is looked for in: its name first, at most after a skip link or two. */
const LOGO_LINES = 3;
/** Hosts that print their own address over the sites they carry: no site's name. */
const SITE_HOSTS = new Set(['wordpress', 'blogger', 'blogspot', 'tumblr', 'medium', 'substack', 'wikidot', 'wix', 'jimdo', 'weebly', 'typepad', 'livejournal', 'ghost']);

/** The page's first lines above the headline (a logo stands above the menu, at most after a skip link or two), captions aside. */
function linesAtTop(clean: CleanResult): { text: string; line: number }[] {
  const headline = clean.headline == null ? undefined : clean.nodes[clean.headline]?.line;
  const lines = [...clean.removed.filter((r) => r.category !== 'caption'), ...clean.nodes.filter((n) => n.line !== undefined).map((n) => ({ text: n.text, line: n.line! }))];
  return lines.sort((a, b) => a.line - b.line).slice(0, TOP_LINES).filter((l) => headline === undefined || l.line < headline);
}

/**
 * The site's address when one of the page's first lines is that alone, above the headline, as a logo prints it (under the
 * headline an address credits the story's source: "valleypost.example" under a teaser).
 */
function siteAddressAtTop(top: { text: string; line: number }[]): { text: string; line: number } | null {
  for (const { text, line } of top) {
    const address = SITE_ADDRESS.exec(text.trim());
    if (address && !SITE_HOSTS.has(address[1]!.toLowerCase())) return { text: text.trim(), line };
  }
  return null;
}

/**
 * A news outlet the gazetteer knows, printed alone among the page's very first lines as its logo ("Valley Post" atop the
 * menu, or its words joined: "ValleyPost"); further down, over the headline, such a line is as often a kicker crediting
 * a story's source ("Reuters").
 */
function knownOutletAtTop(top: { text: string; line: number }[]): { name: string; text: string; line: number } | null {
  for (const { text, line } of top.slice(0, LOGO_LINES)) {
    const written = text.trim();
    const known = lookupName(written) ?? (JOINED_WORDS.test(written) ? lookupName(written.replace(/(?<=\p{Ll})(?=\p{Lu})/gu, ' ')) : null);
    if (known?.media) return { name: known.label, text: written, line };
  }
  return null;
}
/** A name a logo prints with its words joined, each still capitalised ("ValleyPost"). */
const JOINED_WORDS = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u;

/**
 * The outlet, by precedence (first rule that applies wins):
 * 1. the publisher the page names as the original: "Read the full X article", "Published … by X";
 * 2. a "Source: X" attribution;
 * 3. the site name the page repeats (logo, header, footer lines), when a copyright or bio line names it too;
 * 4. the holder of the copyright line, when it is a news outlet the gazetteer knows or that outlet's company;
 * 5. a news outlet the gazetteer knows, printed alone among the page's first lines as its logo: a holder it does not
 *    know is as often the owner of several sites ("© Example Media Group") as the site itself;
 * 6. the holder of the copyright line otherwise;
 * 7. the site's address printed alone among the page's first lines, as its logo ("valleypost.example");
 * 8. a repeated site name nothing confirms (it may be a section label or a menu entry), when it opens the
 *    page over a tagline or the headline, unless it is one word printed fewer than three times;
 * 9. the host of the original URL.
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
  const from = (category: Removal['category'], re: RegExp, accept: (name: string) => boolean = () => true) => {
    for (const r of removed.filter((x) => x.category === category)) {
      const m = re.exec(r.text.trim());
      const raw = m ? (m[1] ?? m[2]) : undefined;
      const name = raw ? tidyName(raw) : null;
      if (name && accept(name)) return { name, r };
    }
    return null;
  };
  const trailer = from('trailer', FULL_ARTICLE);
  if (trailer) return { value: trailer.name, how: `named by the trailer "${trailer.r.text}" (line ${trailer.r.line})${agree(trailer.name)}` };
  const publishedBy = from('attribution', BY_OUTLET);
  if (publishedBy) return { value: publishedBy.name, how: `named by the attribution "${publishedBy.r.text}" (line ${publishedBy.r.line})${agree(publishedBy.name)}` };
  // "Source: Getty" under a picture credits the picture.
  // Nor does a list of sources or a public body under a chart ("Source: CDC, Department of Public Health").
  const source = from('attribution', SOURCE, (name) => !isStockPictures(name) && !name.includes(',') && !DATA_SOURCE.test(name));
  if (source) return { value: source.name, how: `"Source:" line (line ${source.r.line})${agree(source.name)}` };
  const site = clean.siteName;
  if (site?.confirmed) return { value: site.name, how: `site name: ${site.how}${agree(site.name)}` };
  // A footer's copyright line, also where the cleaner filed it with what it closes (a comment section that runs to
  // the page's end takes the footer with it): then only a line with the sign, or one that opens with the word, since a
  // teaser or a sentence may speak of copyright. A caption's credit is never the site's.
  const swallowedNotice = (x: Removal) => x.category !== 'caption' && STRONG_NOTICE.test(x.text) && isCopyrightLine(x.text);
  // A bare notice ("© Red Bull Content Pool", no year, no rights clause) inside the story, with much of it still to come,
  // credits the picture it stands under, and one just above the story's first line the lead picture's: the site's own
  // stands after the story, or with its year or rights clause.
  // Each node's words are counted once, however many notices ask.
  let nodeWords: { line: number; words: number }[] | null = null;
  const wordsAfter = (line: number) => {
    nodeWords ??= clean.nodes.flatMap((node) => (node.line === undefined ? [] : [{ line: node.line, words: node.text.split(/\s+/u).length }]));
    return nodeWords.reduce((n, node) => n + (node.line > line ? node.words : 0), 0);
  };
  const storyStart = Math.min(...clean.nodes.map((n) => n.line ?? Number.POSITIVE_INFINITY));
  const bareNotice = (x: Removal) => STRONG_NOTICE.test(x.text) && !TEXT_SOURCE.test(x.text) && !NOTICE_YEAR.test(x.text) && !RIGHTS_WORDS.test(x.text);
  const underPicture = (x: Removal) =>
    bareNotice(x) && (x.line > storyStart ? wordsAfter(x.line) >= CREDIT_WORDS_AFTER : SIGN_FIRST.test(x.text) && storyStart - x.line <= LEAD_PICTURE_REACH);
  const notices = removed.filter((x) => (x.category === 'footer' || swallowedNotice(x)) && !underPicture(x));
  // Lines with the sign, or opening with the word, first: a teaser in the footer may end on the word ("… pulled down for copyright").
  // Of those, a notice labelled as the text's source ("Textquelle: © Example News") first, then a dated one: a footer gives its
  // year ("© 2019 Example Media"), while a bare "© Name" is as often a picture's or a widget's credit printed before the footer.
  const rank = (x: Removal) => (!STRONG_NOTICE.test(x.text) ? 3 : TEXT_SOURCE.test(x.text) ? 0 : NOTICE_YEAR.test(x.text) ? 1 : 2);
  const strongFirst = [...notices].sort((a, b) => rank(a) - rank(b));
  // A footer may print the page's title after the holder ("© Example.de 2022 - <headline>"): no part of the name.
  const headlineIndex = clean.headline ?? null;
  const headline = headlineIndex === null ? null : (clean.nodes[headlineIndex]?.text.trim().toLowerCase() ?? null);
  const withoutHeadline = (holder: string) => {
    const at = headline && headline.length >= HEADLINE_IN_NOTICE_CHARS ? holder.toLowerCase().indexOf(headline) : -1;
    return at > 0 ? holder.slice(0, at).replace(/[\s\-–—|:·]+$/u, '') : holder;
  };
  const top = linesAtTop(clean);
  const logo = knownOutletAtTop(top);
  for (const r of strongFirst) {
    const held = copyrightHolder(r.text);
    const raw = held === null ? null : withoutHeadline(held);
    const name = raw ? (quotedTitle(raw) ?? nameBeforeAddress(raw) ?? tidyName(withoutLegalForm(raw))) : null;
    const paper = name ? paperOfOwner(name) : null;
    if (paper) return { value: paper, how: `holder of the copyright line "${r.text}" (line ${r.line})${paper === name ? '' : `, known as ${paper}`}` };
    if (!name) continue;
    if (logo) return { value: logo.name, how: `known outlet printed atop the page as its logo, "${logo.text}" (line ${logo.line}), over the copyright line's holder "${name}"` };
    return { value: name, how: `holder of the copyright line "${r.text}" (line ${r.line})` };
  }
  if (logo) return { value: logo.name, how: `known outlet printed atop the page as its logo, "${logo.text}" (line ${logo.line})${agree(logo.name)}` };
  const address = siteAddressAtTop(top);
  if (address) return { value: address.text, how: `the site's address atop the page (line ${address.line})${agree(address.text)}` };
  // A line the page only repeats may be a section label ("Travel") or a menu entry ("Politik", "Zum Inhalt"): it comes
  // after the copyright holder, only where it opens the page over a tagline or the headline, as a logo does, and one word
  // printed once or twice is taken only when it looks like no common word (a digit or a dot in it).
  if (site?.headsPage && ((site.printed ?? 0) >= 3 || /[\s\d.]/u.test(site.name.trim()))) return { value: site.name, how: `site name: ${site.how}${agree(site.name)}` };
  const host = url ? hostOf(url) : null;
  if (host) return { value: host, how: `host of the original URL ${url}` };
  const repeated = site ? `the only repeated line, "${site.name}", looks like a section label or a menu entry` : 'no repeated site name';
  return { value: null, why: `no trailer or attribution naming a publisher, no "Source:" line, ${repeated}, no copyright line and no original URL` };
}
