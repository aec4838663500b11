import lexicon from './lexicons/disclosures.json' with { type: 'json' };
import { fold } from './text.ts';
import type { Severity } from './types.ts';

export interface NoticeRule {
  type: string;
  severity: Severity;
  re: RegExp;
  /** A match of this too means the words are something else (a date where the rule wants a place). */
  unless?: RegExp;
  reason: string;
}

const RULES: NoticeRule[] = lexicon.rules.map((r: { type: string; severity: string; pattern: string; unless?: string; reason: string }) => ({
  type: r.type,
  severity: r.severity as Severity,
  re: new RegExp(r.pattern, 'iu'),
  ...(r.unless ? { unless: new RegExp(r.unless, 'iu') } : {}),
  reason: r.reason,
}));

/** Characters pages use to separate several notices on one line. */
export const SEPARATORS = /[🞛|•·▪◦■□◆◇★☆►▶]|\s{3,}/u;

/**
 * Every rule with its word-boundary assertions dropped, as one pattern. A rule's pattern holds no
 * other assertion (no anchors, no look-arounds), so without them it matches wherever the rule
 * does and it matches a text wherever it matches part of it: a text it does not match holds no
 * part a rule matches, and its parts need not be tested one rule at a time.
 */
const ANY_RULE_LOOSELY = new RegExp(
  lexicon.rules
    .map((r) => {
      if (/[$^]|\(\?[=!<]|\\[Bk1-9\\]/u.test(r.pattern.replaceAll('[^', '['))) throw new Error(`notice rule ${r.pattern} has an assertion ANY_RULE_LOOSELY cannot drop`);
      return `(?:${r.pattern.replaceAll('\\b', '')})`;
    })
    .join('|'),
  'iu',
);

/** False when no part of the (folded) text can be a notice classifyNotice recognises. */
export function mayHoldNotice(foldedText: string): boolean {
  return ANY_RULE_LOOSELY.test(foldedText);
}

export function classifyNotice(text: string): NoticeRule | null {
  const folded = fold(text);
  return RULES.find((r) => r.re.test(folded) && !r.unless?.test(folded)) ?? null;
}

/** The page declares it summarises or adapts another outlet's story: that outlet's name in the text is then a relay, not a byline. */
export function declaresSummary(notices: readonly string[]): boolean {
  return notices.some((n) => classifyNotice(n)?.type === 'summary');
}
