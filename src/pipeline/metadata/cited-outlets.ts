import { hostOf } from './urls.ts';

const TOKEN = String.raw`\p{Lu}[\p{L}\p{N}&.'’-]*`;
const NAME = String.raw`(?<![\p{L}\p{N}])(?:[Tt]he\s+)?${TOKEN}(?:\s+(?:of\s+|the\s+|&\s+|de\s+)?${TOKEN}){0,4}`;
/** What may follow a name taken after a trigger: punctuation, the end, or a function word ("reported by RBC with reference to…"). */
const AFTER = String.raw`(?=\s*(?:[,.;:!?()"”’'—–-]|$|\s(?:with|in|on|and|that|as|which|who|about|after|before|over|for|from|to|of|the|a|an|said|says|reported|reports|wrote|writes|citing|quoting|noted|notes|added|adds)\b))`;

/** "X reported", and "The X piece": patterns that open on a name, which may start anywhere (slow to scan). */
const NAME_REPORTED = new RegExp(String.raw`(${NAME})(?:['’]s)?\s+(?:has\s+|had\s+|first\s+|previously\s+|also\s+)?(?:reported|reports|wrote|writes|has written|quoted)\b`, 'gu');
const NAME_ARTICLE = new RegExp(String.raw`(${NAME})\s+(?:article|piece|editorial|op-ed|column|podcast)\b`, 'gu');

/** Reporting patterns that name a news outlet on their own. */
const STRONG: RegExp[] = [
  NAME_REPORTED,
  new RegExp(String.raw`\b(?:reported|written|published|quoted|cited)\s+by\s+(?:the\s+)?(${NAME})${AFTER}`, 'gu'),
  new RegExp(String.raw`,\s*(?:writes|wrote|reports|reported)\s+(?:the\s+)?(${NAME})${AFTER}`, 'gu'),
  new RegExp(String.raw`\b(?:news agency|news service|wire service|newspaper|broadcaster|tabloid|magazine|news outlet|news site|TV channel|radio station)\s+(${NAME})${AFTER}`, 'gu'),
  new RegExp(String.raw`\b(?:with reference to|(?:a|an|the)\s+(?:report|article|piece|story)\s+(?:from|by|in)|writing in)\s+(?:the\s+)?(${NAME})${AFTER}`, 'gu'),
];
/** Patterns that may name an outlet or a person or body: kept only when confirmed. */
const WEAK: RegExp[] = [
  new RegExp(String.raw`\b(?:[Aa]ccording to|[Cc]iting|[Qq]uoting|[Vv]ia)\s+(?:the\s+)?(${NAME})${AFTER}`, 'gu'),
  // "The Newsweek piece" names an outlet, "the Russian article" only a nationality: needs confirming.
  NAME_ARTICLE,
];

/**
 * The words the patterns that open on a name cannot match without (the name may start anywhere,
 * so their scan is slow; a paragraph without the word is not scanned).
 */
const WORD_NEEDED = new Map<RegExp, RegExp>([
  [NAME_REPORTED, /reported|reports|wrote|writes|written|quoted/u],
  [NAME_ARTICLE, /article|piece|editorial|op-ed|column|podcast/u],
]);

/** Wire agencies: a secondary signal that confirms a name found after "according to". */
const AGENCIES = new Set(['reuters', 'ap', 'associated press', 'afp', 'agence france-presse', 'tass', 'ria novosti', 'interfax', 'xinhua', 'bloomberg', 'kyodo', 'yonhap', 'ansa', 'dpa', 'efe', 'pti', 'ani', 'upi', 'anadolu', 'bernama', 'antara', 'sputnik']);
/** Heads of names that are institutions, not outlets. */
const NOT_OUTLET = /\b(?:Ministry|Department|Council|Government|Office|Committee|University|Institute|Party|Army|Police|Court|Parliament|Kremlin|White House|Pentagon|President|Minister|Secretary|Spokesperson|Officials?)\b/u;

function tidy(raw: string): string {
  // A full stop after a name ends the sentence unless the name is an abbreviation ("U.S.").
  return raw.replace(/^[Tt]he\s+/u, '').replace(/['’]s$/u, '').replace(/(?<!\.\p{L})\.$/u, '').trim();
}

/**
 * News outlets and agencies the story cites, in order of first mention.
 * Strong reporting patterns ("X reported", "reported by X", "news agency X",
 * "the X article") count on their own; "according to X" counts only when X is
 * confirmed by a strong pattern, by the host of a cited URL or by the list of
 * wire agencies. A capitalised word that the text also uses in lower case
 * ("Officials reported") is a common word, not a name.
 */
export function citedOutlets(texts: string[], urls: string[]): string[] {
  // Read only when a one-word name needs the check: most stories cite no outlet.
  let lowerWords: Set<string> | null = null;
  const inLowerCase = (word: string) => (lowerWords ??= new Set(texts.join('\n').match(/(?<![\p{L}])\p{Ll}[\p{L}'’-]*/gu) ?? [])).has(word);
  const hosts = urls.map(hostOf).filter((h): h is string => h !== null).map((h) => h.replace(/[^a-z0-9]/g, ''));
  const found = new Map<string, { name: string; strong: boolean; at: number }>();
  const add = (raw: string, strong: boolean, at: number) => {
    const name = tidy(raw);
    if (!name || NOT_OUTLET.test(name)) return;
    if (!name.includes(' ') && inLowerCase(name.toLowerCase())) return;
    const key = name.toLowerCase();
    const prev = found.get(key);
    if (!prev) found.set(key, { name, strong, at });
    else found.set(key, { ...prev, strong: prev.strong || strong, at: Math.min(prev.at, at) });
  };
  // exec on the shared patterns (matchAll would copy each of them for every paragraph), skipping a
  // pattern whose reporting word the paragraph lacks.
  const scan = (re: RegExp, text: string, strong: boolean, t: number) => {
    if (!(WORD_NEEDED.get(re)?.test(text) ?? true)) return;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) add(m[1]!, strong, t * 1e6 + m.index);
  };
  texts.forEach((text, t) => {
    for (const re of STRONG) scan(re, text, true, t);
    for (const re of WEAK) scan(re, text, false, t);
  });
  const confirmed = (key: string) => AGENCIES.has(key) || hosts.some((h) => key.replace(/[^a-z0-9]/g, '').length >= 3 && h.includes(key.replace(/[^a-z0-9]/g, '')));
  return [...found.entries()]
    .filter(([key, v]) => v.strong || confirmed(key))
    .sort((a, b) => a[1].at - b[1].at)
    .map(([, v]) => v.name);
}
