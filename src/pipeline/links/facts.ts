import { matchesNotAfter } from './text.ts';
import type { Fact, FactDifference, FactKind, Facts } from './types.ts';

/**
 * The checkable facts of a brief — dates, numbers, credited sources and quoted
 * phrases — each with a key that ignores how it was written ("16.4 per cent"
 * = "16.4%"), so versions of one story can be compared fact by fact.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const YEAR = String.raw`(?:1[89]\d{2}|20\d{2})`;
const SEASON_DATE = new RegExp(String.raw`\b(?:(?:early|late|mid)[\s-])?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?${YEAR}\b`, 'giu');
/** A season's name, which every SEASON_DATE match holds: a text without one (most) is not searched for season dates, a search tried at every word. */
const SEASON_WORD = /spring|summer|autumn|fall|winter/iu;
const DATE_PATTERNS: RegExp[] = [
  new RegExp(String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+${YEAR}\b`, 'gu'),
  new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\s+${YEAR}\b`, 'gu'),
  new RegExp(String.raw`\b${MONTH}\s+(?:of\s+)?${YEAR}\b`, 'gu'),
  SEASON_DATE,
  new RegExp(String.raw`\b(?:early|late|mid)[\s-]${YEAR}s?\b`, 'giu'),
  new RegExp(String.raw`\b${YEAR}s\b`, 'gu'),
  new RegExp(String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\b`, 'gu'),
  new RegExp(String.raw`\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`, 'gu'),
  new RegExp(String.raw`\b${YEAR}\b`, 'gu'),
];
const NUMBER = new RegExp(
  String.raw`(?:(?:US|A|C|HK)?[$€£¥]\s?)?\d+(?:[.,]\d+)*(?:\s?[–-]\s?\d+(?:[.,]\d+)*)?(?:\s?(?:%|per\s?cent|percent))?(?:\s(?:million|billion|trillion|thousand|bn|mn))?(?:\s(?:yuan|dollars|euros|roubles|rubles|pounds|microns|nanometres|nanometers|nm|km|kilometres|kilometers|miles|tonnes|tons|barrels|people|troops|times|units|years|months|days))?(?![\p{L}\p{N}])`,
  'gu',
);
/** What may not stand right before a number: tested before each match of NUMBER (matchesNotAfter), not as a look-behind. */
const NUMBER_GUARD = /[\p{L}\p{N}-]$/u;
const QUOTE = /[“"«]([^“”"«»\n]{3,300})[”"»]/gu;
const MAX_PER_KIND = 30;

export function extractFacts(text: string, sources: string[]): Facts {
  const taken = new Coverage(text.length);
  const dates = datesIn(text, taken);
  const numbers: Fact[] = [];
  for (const m of matchesNotAfter(text, NUMBER, NUMBER_GUARD)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.overlaps(start, end)) continue;
    const written = m[0].trim();
    // A bare small integer ("two", "1") says little; units, decimals and larger figures are facts.
    if (/^\d{1,2}$/.test(written)) continue;
    numbers.push({ text: written, key: numberKey(written) });
  }
  const quotes: Fact[] = [];
  for (const m of text.matchAll(QUOTE)) {
    const inner = m[1]!.trim();
    if (inner.split(/\s+/).length < 2) continue;
    quotes.push({ text: inner, key: quoteKey(inner) });
  }
  return {
    dates: unique(dates.map((d) => d.fact)),
    numbers: unique(numbers),
    sources: unique(sources.map((s) => ({ text: s, key: sourceKey(s) }))),
    quotes: unique(quotes),
  };
}

/**
 * A source compared without its article: one credit is often read twice, as "a source" and as "source" (a cue that
 * takes the article and a descriptor that keeps it), and "the Ledger" is the Ledger.
 */
function sourceKey(source: string): string {
  return source.toLowerCase().replace(/[.’']/g, '').replace(/^(?:the|an?)\s+/u, '');
}

/**
 * Which characters of a text a fact already covers. Asking every earlier fact whether it overlaps a new one cost time
 * in the square of their number (a long seed of dated lines took seconds); a mark per character costs the match's length.
 */
class Coverage {
  private readonly covered: Uint8Array;
  constructor(length: number) {
    this.covered = new Uint8Array(length);
  }
  overlaps(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.covered[i]) return true;
    return false;
  }
  take(start: number, end: number): void {
    this.covered.fill(1, start, end);
  }
}

/** Dates of the text, longest forms first (a pattern's match never overlaps an earlier one's), in text order; their spans go to `taken`. */
function datesIn(text: string, taken: Coverage): { fact: Fact; span: [number, number] }[] {
  const found: { fact: Fact; span: [number, number] }[] = [];
  for (const pattern of DATE_PATTERNS) {
    if (pattern === SEASON_DATE && !SEASON_WORD.test(text)) continue;
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken.overlaps(start, end)) continue;
      taken.take(start, end);
      found.push({ fact: { text: m[0], key: dateKey(m[0]) }, span: [start, end] });
    }
  }
  return found.sort((a, b) => a.span[0] - b.span[0]);
}

/** "Oct. 9th, 2025" -> "october 9 2025"; "summer of 2022" -> "summer 2022". */
export function dateKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/(\d)(?:st|nd|rd|th)\b/g, '$1')
    .replace(/\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b\.?/g, (m) => MONTHS.find((full) => full.startsWith(m.replace('.', '').slice(0, 3))) ?? m)
    .replace(/\bof\b|,/g, ' ')
    .replace(/\bfall\b/g, 'autumn')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "16.4 per cent" -> "16.4%"; "US$145 billion" -> "$145 billion"; "1,000" -> "1000". */
export function numberKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s?(?:per\s?cent|percent)/g, '%')
    .replace(/^(?:us|a|c|hk)(?=[$€£¥])/, '')
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/\s?[–-]\s?/g, '-')
    .replace(/\bbn\b/g, 'billion')
    .replace(/\bmn\b/g, 'million')
    .replace(/\s+/g, ' ')
    .trim();
}

function quoteKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, '').replace(/\s+/g, ' ').trim();
}

function unique(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  const out: Fact[] = [];
  for (const f of facts) {
    if (!f.key || seen.has(f.key)) continue;
    seen.add(f.key);
    out.push(f);
    if (out.length >= MAX_PER_KIND) break;
  }
  return out;
}

const FACT_KINDS: FactKind[] = ['dates', 'numbers', 'sources', 'quotes'];

/**
 * Where versions of one story differ: per kind of fact, what every version
 * carries and what only some do (quotes match when one contains the other,
 * since versions often trim a quotation).
 */
export function diffFacts(versions: { slug: string; facts: Facts }[]): FactDifference[] {
  return FACT_KINDS.map((kind) => {
    const sets = versions.map((v) => v.facts[kind]);
    const carries = (facts: Fact[], key: string) => facts.some((f) => f.key === key || (kind === 'quotes' && (f.key.includes(key) || key.includes(f.key))));
    const shared = (sets[0] ?? []).filter((f) => sets.every((s) => carries(s, f.key))).map((f) => f.text);
    const only = versions.map((v, i) => ({ slug: v.slug, facts: sets[i]!.filter((f) => !sets.every((s) => carries(s, f.key))).map((f) => f.text) }));
    return { kind, shared, only };
  });
}
