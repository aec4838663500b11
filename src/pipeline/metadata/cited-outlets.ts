import { mayBeOutlet } from './cited-name.ts';
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
/** Patterns whose name comes before the reporting word ("X reported"): a sentence's end inside the name leaves its last part. */
const NAME_FIRST = new Set<RegExp>([NAME_REPORTED, NAME_ARTICLE]);

/** A sentence's end inside a name: a word of three letters or more and a full stop ("… Schneider. Posted"), not an initial or "St.". */
const SENTENCE_END = /(?<=\p{L}{2}\p{Ll})\.\s+/u;
/** Words that open a sentence before a name ("As Klein writes", "On Friday the bureau reported"). */
const LEADING_WORDS =
  /^(?:(?:As|On|In|At|When|While|After|Before|But|And|So|Yet|Then|Now|Also|Meanwhile|However|Earlier|Later|Since|If|Though|Although|Because|Last|This|That|Here|There|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)+/u;
/** "Reports" as a noun ("Toxicology reports indicated …", "Initial reports suggest …"): what follows is the sentence's verb or a preposition. */
const REPORTS_NOUN = /^\s*reports\s+(?:to|of|from|about|have|had|are|were|indicated?|indicate|suggest(?:ed)?|show(?:ed)?|say|said|claim(?:ed)?)\b/u;
/** A company's results told in the sentence ("… a quarter of its revenue, Acme reported"): an outlet's report may name a sum too, so sums alone do not count. */
const RESULTS = /(?<!\p{L})(?:revenues?|earnings|profits?|net (?:income|loss)|quarterly|fiscal|turnover|sales)(?!\p{L})/u;
/** The words before a name that it ends ("Centers for Disease Control and | Prevention reported"). */
const LONGER_NAME_BEFORE = /\p{Lu}[\p{L}.'’-]*\s+(?:and|for|of|&|de)\s+$/u;

/** The sentence around a span: from the last sentence end before it to the first after it. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('! ', start), text.lastIndexOf('? ', start)) + 1;
  const ends = [text.indexOf('. ', end), text.indexOf('! ', end), text.indexOf('? ', end)].filter((i) => i >= 0);
  return text.slice(from, ends.length > 0 ? Math.min(...ends) + 1 : text.length);
}

/** Who runs or where sits the outlet, written before its name ("Party-run", "Harbour-based", "State-funded"): no part of the name. */
const OWNER_BEFORE = /^\p{Lu}[\p{L}.]*-(?:run|owned|backed|funded|controlled|affiliated|linked|based|operated)\s+/u;

function tidy(raw: string): string {
  // A full stop after a name ends the sentence unless the name is an abbreviation ("U.S."). A possessive inside the name
  // leaves the owner ("Axios' Kaveh Waddell" -> "Axios").
  return raw
    .replace(/^[Tt]he\s+/u, '')
    .replace(OWNER_BEFORE, '')
    .replace(/(?<=\p{L})(?:['’]s|(?<=s)['’])(?:\s.*)?$/u, '')
    .replace(/(?<!\.\p{L})\.$/u, '')
    .trim();
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
  let story: string | null = null;
  const found = new Map<string, { name: string; strong: boolean; at: number }>();
  const add = (raw: string, nameFirst: boolean, strong: boolean, at: number, sentence: () => string) => {
    const parts = raw.split(SENTENCE_END);
    const part = (nameFirst ? parts.at(-1) : parts[0])!.replace(LEADING_WORDS, '');
    const name = tidy(part);
    if (!name) return;
    if (!name.includes(' ') && inLowerCase(name.toLowerCase())) return;
    if (!mayBeOutlet(name, { text: (story ??= texts.join('\n')), afterArticle: /^[Tt]he\s/u.test(part), results: nameFirst && RESULTS.test(sentence()) })) return;
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
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index + m[0].indexOf(m[1]!);
      const end = start + m[1]!.length;
      if (LONGER_NAME_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
      if (re === NAME_REPORTED && REPORTS_NOUN.test(text.slice(end, end + 40))) continue;
      // The sentence is read only for a name before its reporting word, where a company's results may follow.
      add(m[1]!, NAME_FIRST.has(re), strong, t * 1e6 + m.index, () => sentenceAround(text, start, end));
    }
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
