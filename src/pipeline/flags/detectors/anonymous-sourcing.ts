import lexicon from '../lexicons/sourcing.json' with { type: 'json' };
import { flagOn, type Detector, type FlagContext } from '../context.ts';
import { peopleOf } from '../places.ts';
import { phrasePattern } from '../../clean/text.ts';
import { matchesIn, phraseNeeds, phraseRegex, sentenceMatcher, unquoted, type TextView } from '../text.ts';
import type { Flag, Severity } from '../types.ts';

const alt = (words: readonly string[]) => words.map(phrasePattern).join('|');
const NOUNS = alt(lexicon.sourceNouns);
/** Quantifiers also open sentences: "Some officials…". */
function withCapitals(words: readonly string[]): string[] {
  return words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]);
}
const MODIFIERS = String.raw`(?:[\p{L}.'-]+\s+){0,3}?`;

interface Pattern {
  re: RegExp;
  severity: Severity;
  reason: string;
  /** Only when the people described speak: "some officials said", "according to some officials". */
  mustSpeak?: boolean;
  /**
   * A part every match contains, global and without assertions, looked for once in the whole
   * text (sentencesWith): the patterns open with optional runs of words or assertions the engine
   * cannot skip ahead over, so it would otherwise try each one at every word of every sentence.
   */
  needs?: RegExp;
}

/** The people are placed in a named body or publication ("experts at the Harbour Institute", "writing in the Tarn Medical Journal"). */
const OF_A_BODY = String.raw`\s+(?:at|of|from|with|for|(?:writing|publishing)\s+in)\s+(?:the\s+)?[A-Z]`;
const SPEAKS_AFTER = new RegExp(String.raw`^\s+(?:[\p{Ll}-]+\s+)?(?:${alt(lexicon.speechVerbs)})\b`, 'u');
const SPEAKS_BEFORE = /\b(?:according\s+to|citing|quoting|told|interviewed)\s+$/iu;

const PATTERNS: Pattern[] = [
  {
    // "officials familiar with the document", "a person close to the talks"
    re: new RegExp(String.raw`(?:\b[A-Z][\p{L}.'-]*\s+)?${MODIFIERS}\b(?:${NOUNS})\s+(?:who\s+(?:are|is|were|was)\s+)?(?:${alt(lexicon.knowledgeLinks)})\s+(?:the\s+|a\s+|an\s+|this\s+|these\s+)?[\p{L}-]+`, 'giu'),
    needs: new RegExp(String.raw`(?:${alt(lexicon.knowledgeLinks)})\s`, 'giu'),
    severity: 'caution',
    reason: 'The source is described only by what they know, not by name, so readers cannot weigh who is speaking.',
  },
  {
    re: phraseRegex(lexicon.anonymityPhrases),
    needs: phraseNeeds(lexicon.anonymityPhrases),
    severity: 'caution',
    reason: 'The story says its source is anonymous; readers must take the claim on the outlet\'s word.',
  },
  {
    // "industry insiders", "interlocutors": unnamed by definition
    re: /(?:\b[A-Z][\p{L}.'-]*\s+)?(?:[\p{Ll}-]+\s+){0,2}\b(?:insiders|interlocutors)\b/gu,
    needs: /insiders|interlocutors/gu,
    severity: 'caution',
    reason: 'Insiders or interlocutors are unnamed sources; readers cannot check who said this.',
  },
  {
    // "sources said", "according to sources", "citing two sources"
    re: /\b(?:according\s+to|citing|cited)\s+(?:a|an|one|two|three|several|some|multiple|\w+\s+)?(?:[\p{L}-]+\s+)?sources?\b|\bsources?\s+(?:said|say|says|told|claim|claimed|close\s+to|familiar)\b/giu,
    needs: /source/giu,
    severity: 'caution',
    reason: 'The story relies on unnamed sources.',
  },
  {
    // "some senior Russian officials", "a senior U.S. official"
    re: new RegExp(String.raw`\b(?:${alt(withCapitals(lexicon.vagueQuantifiers))})\s+(?:(?:[A-Z][\p{L}.'-]*|[\p{Ll}-]+)\s+){0,3}?(?:officials?|diplomats?|analysts|experts|observers|aides?|executives|lawmakers|negotiators|insiders|sources?)\b(?!${OF_A_BODY})`, 'gu'),
    needs: /officials?|diplomats?|analysts|experts|observers|aides?|executives|lawmakers|negotiators|insiders|sources?/gu,
    severity: 'info',
    reason: 'The people cited are unnamed ("some officials"), so readers cannot tell how many or who they are.',
    mustSpeak: true,
  },
  {
    // "according to European officials", "citing diplomats": a group, no names
    re: new RegExp(String.raw`\b(?:[Aa]ccording\s+to|[Cc]iting)\s+(?:(?:[A-Z][\p{L}.'-]*|[\p{Ll}-]+)\s+){0,3}?(?:officials|diplomats|analysts|experts|people|observers|insiders)\b(?!${OF_A_BODY})`, 'gu'),
    needs: /[Aa]ccording|[Cc]iting/gu,
    severity: 'info',
    reason: 'The claim is credited to a group of unnamed people, so readers cannot check who made it.',
  },
  {
    // "analysts say", "experts note": no one named
    re: new RegExp(String.raw`(?<![\p{L}]\s)\b(?:${alt(lexicon.vagueCollectives)})\s+(?:${alt(lexicon.speechVerbs)})\b`, 'giu'),
    needs: new RegExp(String.raw`(?:${alt(lexicon.vagueCollectives)})\s+(?:${alt(lexicon.speechVerbs)})`, 'giu'),
    severity: 'info',
    reason: 'A claim is credited to unnamed analysts or experts, so readers cannot check who holds it.',
  },
  {
    // "reports from Western intelligence agencies"
    re: new RegExp(String.raw`\b(?:${alt(lexicon.vagueReportNouns)})\s+from\s+(?:[\p{L}.'-]+\s+){0,2}?(?:${alt(lexicon.vagueReportSources)})\b`, 'giu'),
    needs: /\sfrom\s/giu,
    severity: 'info',
    reason: 'The claim comes from unnamed agencies or officials, so its source cannot be checked.',
  },
];

/** "The Russians assert": a whole nation quoted as if it were one source. */
const NATION_SPEAKS = /\b(?:The\s+)?([A-Z][\p{L}]+s|Chinese|Japanese|French|British|Swiss|Dutch|Vietnamese|Lebanese|Portuguese)\s+(?:assert|asserts|claim|claims|claimed|insist|insists|insisted|argue|argued|allege|alleged|maintain|maintained|say|said)\b/gu;

/** A share or count of a people right before it ("38 percent of", "half of the"): a poll's finding. */
const SHARE_OF = /(?:\d+(?:[.,]\d+)?\s*(?:%|percent|per\s+cent)|half|third|thirds|quarter|quarters|fifth|fifths|majority|minority|plurality|share|proportion|number|most|many|few)\s+of\s+(?:the\s+|all\s+)?$/iu;
/** A sentence that names its poll or survey. */
const POLL = /\b(?:poll|polls|polled|survey|surveyed|respondents)\b/iu;

/** Unnamed sources: "officials familiar with", "insiders", "sources said", "analysts say". */
export const anonymousSourcing: Detector = {
  name: 'anonymous-sourcing',
  reads: 'english',
  detect(ctx: FlagContext): Flag[] {
    const flags: Flag[] = [];
    const taken: { start: number; end: number }[] = [];
    const add = (view: TextView, field: 'title' | 'body', start: number, end: number, severity: Severity, reason: string) => {
      // Unnamed sources inside a quotation are the speaker's, whom the story names or is flagged for not naming.
      if (taken.some((t) => start < t.end && t.start < end) || !unquoted(view).slice(start, end).trim()) return;
      taken.push({ start, end });
      flags.push(flagOn(field, view, { start, end }, this.name, { kind: 'anonymous-sourcing', severity, reason }));
    };
    const view = ctx.body;
    const matchers = PATTERNS.map((p) => sentenceMatcher(view, p.re, p.needs));
    for (const sentence of view.sentences) {
      for (const [k, p] of PATTERNS.entries()) {
        for (const m of matchers[k]!(sentence)) {
          const end = m.index + m[0].length;
          if (p.mustSpeak && !SPEAKS_AFTER.test(view.norm.slice(end, end + 40)) && !SPEAKS_BEFORE.test(view.norm.slice(sentence.start, m.index))) continue;
          add(view, 'body', m.index, end, p.severity, p.reason);
        }
      }
      for (const m of matchesIn(view, sentence, NATION_SPEAKS)) {
        // A people, not a place: "The Briar in Douglas say" quotes a pub in a town.
        if (!peopleOf(m[1]!)) continue;
        // A share of a people answering a poll ("38 percent of Americans said") is a survey's finding, not a source.
        const before = view.norm.slice(sentence.start, m.index);
        if (SHARE_OF.test(before) || POLL.test(view.norm.slice(sentence.start, sentence.end))) continue;
        add(view, 'body', m.index, m.index + m[0].length, 'info', 'A whole nation is quoted as the source of a claim, without naming who made it.');
      }
    }
    return flags.sort((a, b) => a.start - b.start);
  },
};
