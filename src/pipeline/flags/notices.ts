import lexicon from './lexicons/disclosures.json' with { type: 'json' };
import { fold } from './text.ts';
import type { Severity } from './types.ts';

export interface NoticeRule {
  type: string;
  severity: Severity;
  re: RegExp;
  reason: string;
}

const RULES: NoticeRule[] = lexicon.rules.map((r) => ({ type: r.type, severity: r.severity as Severity, re: new RegExp(r.pattern, 'iu'), reason: r.reason }));

/** Characters pages use to separate several notices on one line. */
export const SEPARATORS = /[🞛|•·▪◦■□◆◇★☆►▶]|\s{3,}/u;

export function classifyNotice(text: string): NoticeRule | null {
  const folded = fold(text);
  return RULES.find((r) => r.re.test(folded)) ?? null;
}

/** The page declares it summarises or adapts another outlet's story: that outlet's name in the text is then a relay, not a byline. */
export function declaresSummary(notices: readonly string[]): boolean {
  return notices.some((n) => classifyNotice(n)?.type === 'summary');
}
