import { flagOn, type Detector, type FlagContext } from '../context.ts';
import { classifyNotice, mayHoldNotice, SEPARATORS, type NoticeRule } from '../notices.ts';
import { fold, hasAtMostWords, type TextView } from '../text.ts';
import type { Flag } from '../types.ts';

/**
 * Publisher notices: opinion or bias labels, "summary of another publication",
 * sponsorship, AI-written and legal labels. Reads the notices cleaning removed
 * from the body and also finds notices still in the body or title.
 */
export const publisherDisclosure: Detector = {
  name: 'publisher-disclosure',
  detect(ctx: FlagContext): Flag[] {
    const flags: Flag[] = [];
    ctx.input.disclosures.forEach((notice, index) => {
      const rule = classifyNotice(notice);
      const text = notice.trim();
      if (!text) return;
      const start = notice.indexOf(text);
      flags.push({
        kind: 'publisher-disclosure',
        severity: rule?.severity ?? 'info',
        field: 'disclosures',
        index,
        start,
        end: start + text.length,
        text,
        reason: rule?.reason ?? 'The publisher attached this notice to the page; it may say who paid for, wrote or stands behind the story.',
        detector: this.name,
      });
    });
    const already = new Set(ctx.input.disclosures.map((d) => fold(d).trim().toLowerCase()));
    for (const [field, view] of [['title', ctx.title], ['body', ctx.body]] as const) {
      // Most pages hold no notice anywhere: one test of the whole text instead of every rule on every sentence.
      if (!mayHoldNotice(view.norm)) continue;
      for (const segment of segments(view)) {
        if (already.has(fold(segment.text).toLowerCase())) continue;
        const rule = classifyNotice(segment.text);
        if (!rule || (ABOUT_A_PAGE.has(rule.type) && !speaksOfThePage(segment, rule, field))) continue;
        flags.push(flagOn(field, view, segment, this.name, { kind: 'publisher-disclosure', severity: rule.severity, reason: rule.reason }));
      }
    }
    return flags;
  },
};

/** Sentences, further cut at notice separators, so each notice is its own piece of evidence. */
function segments(view: TextView): Segment[] {
  const out: Segment[] = [];
  for (const s of view.sentences) {
    const block = view.blocks[s.paragraph]?.text.trim();
    let offset = s.start;
    for (const part of s.text.split(SEPARATORS)) {
      const at = view.text.indexOf(part, offset);
      if (part.trim() && at >= 0) out.push({ start: at, end: at + part.length, text: part.trim(), ownLine: part.trim() === block });
      if (at >= 0) offset = at + part.length;
    }
  }
  return out;
}

interface Segment {
  start: number;
  end: number;
  text: string;
  /** The piece is its paragraph's whole text: a line of its own, as a notice is printed. */
  ownLine: boolean;
}

/**
 * Notices whose words a story also uses of other things: who paid for a bill or an event, where a book first
 * appeared, what a recipe is adapted from.
 */
const ABOUT_A_PAGE = new Set(['sponsorship', 'summary']);
/** Words of a notice printed as a line of its own ("Sponsored by Harbour Trust", "Presented in partnership with Acme"). */
const NOTICE_WORDS = 12;
/** The page itself as what is sponsored or republished ("This article was produced in partnership with …", "This story first appeared in …"). */
const THE_PAGE = /\b(?:this|the following)\s+(?:article|post|story|content|page|piece|series|episode|podcast|newsletter|video|feature|report|guide|review|coverage|section|site)\b/iu;

/**
 * A sponsorship or a republication found in the story's own text is the page's only as a short notice (a line of its
 * own in the body, or a piece that opens as one) or where it speaks of the page. In a sentence of the story, "sponsored
 * by", "presented by" or "in partnership with" is about a bill, an event or a feed the story reports ("The harbour act,
 * sponsored by Rep. Ann Lee, …"; also when a parser cuts it short at "Reps."), and "first published in" or "adapted
 * from" about a book or a recipe. A headline is always a line of its own, so there only the opening counts.
 */
function speaksOfThePage(segment: Segment, rule: NoticeRule, field: 'title' | 'body'): boolean {
  const ownLine = segment.ownLine && field === 'body';
  return (hasAtMostWords(segment.text, NOTICE_WORDS) && (ownLine || opensWith(rule, segment.text))) || THE_PAGE.test(segment.text);
}

/** The rule's words open the piece: a notice says first what it is ("Sponsored content: …", "Paid for by …", "In partnership with …"). */
function opensWith(rule: NoticeRule, text: string): boolean {
  const folded = fold(text);
  const found = rule.re.exec(folded);
  return found !== null && !/[\p{L}\p{N}]/u.test(folded.slice(0, found.index));
}
