import { parsedUrl } from '../../clean/text.ts';
import { flagOn, type Detector, type FlagContext } from '../context.ts';
import { hostLabel } from '../outlets.ts';
import { sentenceMatcher, type Sentence } from '../text.ts';
import type { Flag } from '../types.ts';

/** URL parts that mark a subscriber or registration wall. */
const PAYWALL = /premium|paywall|subscri(?:ber|ption|be)|(?:^|[^a-z])(?:reg)?wall(?:[^a-z]|$)|metered|members?-only|\/plus\/|\bpaid\b/i;
const PRIVATE_DOC = /\b(?:previously\s+)?(?:unpublished|internal|private|confidential|classified|leaked|secret|non-public)\s+(?:(?:"[^"]{1,80}"|[\p{L}-]+)\s+){0,3}?(?:report|reports|document|documents|memo|memos|memorandum|briefing|briefings|email|emails|letter|letters|assessment|study|draft|file|files|cable|cables|minutes|presentation|papers)\b/giu;
const SEEN_BY = /\b(?:seen|obtained|reviewed|viewed)\s+by\s+(?:the\s+)?(?:[A-Z][\p{L}.&'-]*(?:\s+[A-Z][\p{L}.&'-]*)*|agency|newspaper|outlet|reporters?|journalists?)\b/gu;
const NOT_PUBLIC = /\b(?:has|have|had)\s+not\s+(?:been\s+)?(?:made\s+)?(?:public|published|released)\b|\bnot\s+publicly\s+available\b/giu;
/** "the document that Bloomberg said was…": a document only the outlet has described. */
const DOC_VIA_OUTLET = /\b(?:the|a)\s+(?:document|memo|report|assessment|letter|draft)\s+(?:that|which)\s+([A-Z][\p{L}.&'-]*(?:\s+[A-Z][\p{L}.&'-]*)*)\s+(?:said|says|described|reported|cited)\b/gu;

/**
 * A part of every match of each pattern, without assertions, found once in the whole text
 * (sentencesWith): patterns that open with \b are tried at every position of every sentence.
 */
const NEEDS = new Map<RegExp, RegExp>([
  [PRIVATE_DOC, /(?:unpublished|internal|private|confidential|classified|leaked|secret|non-public)\s/giu],
  [SEEN_BY, /(?:seen|obtained|reviewed|viewed)\s+by\s/gu],
  [DOC_VIA_OUTLET, /(?:the|a)\s+(?:document|memo|report|assessment|letter|draft)\s+(?:that|which)\s/gu],
  [NOT_PUBLIC, /(?:has|have|had)\s+not\s|not\s+publicly\s+available/giu],
]);

/**
 * The primary source is out of readers' reach: the cited page is paywalled, or
 * the story rests on a document that is unpublished, leaked or known only
 * through the relaying outlet.
 */
export const unavailableSource: Detector = {
  name: 'unavailable-source',
  reads: 'english',
  detect(ctx: FlagContext): Flag[] {
    const flags: Flag[] = [];
    const view = ctx.body;
    ctx.input.citedUrls.forEach((url, index) => {
      if (!PAYWALL.test(safeTail(url))) return;
      const label = hostLabel(url);
      const mention = label ? ctx.bodyOutlets.find((o) => (o.how === 'named' || o.how === 'context') && o.name.toLowerCase().replace(/[^a-z0-9]/g, '').includes(label.replace(/[^a-z0-9]/g, ''))) : undefined;
      const reason = `The cited ${mention?.name ?? label ?? 'source'} page is behind a subscriber wall, so most readers cannot check the original.`;
      if (mention) {
        flags.push(flagOn('body', view, mention, this.name, { kind: 'unavailable-source', severity: 'caution', reason }));
      } else {
        flags.push({ kind: 'unavailable-source', severity: 'caution', field: 'citedUrls', index, start: 0, end: url.length, text: url, reason, detector: this.name });
      }
    });
    const matchers = new Map([...NEEDS].map(([re, needs]) => [re, sentenceMatcher(view, re, needs)]));
    const matches = (s: Sentence, re: RegExp) => matchers.get(re)!(s);
    for (const s of view.sentences) {
      for (const m of matches(s, PRIVATE_DOC)) {
        flags.push(flagOn('body', view, { start: m.index, end: m.index + m[0].length }, this.name, { kind: 'unavailable-source', severity: 'caution', reason: 'The story rests on a document that is not public, so readers cannot read the primary source.' }));
      }
      for (const re of [SEEN_BY, DOC_VIA_OUTLET]) {
        for (const m of matches(s, re)) {
          flags.push(flagOn('body', view, { start: m.index, end: m.index + m[0].length }, this.name, { kind: 'unavailable-source', severity: 'caution', reason: 'The document is known only through the outlet that saw it; readers cannot consult it themselves.' }));
        }
      }
      for (const m of matches(s, NOT_PUBLIC)) {
        flags.push(flagOn('body', view, { start: m.index, end: m.index + m[0].length }, this.name, { kind: 'unavailable-source', severity: 'caution', reason: 'The story says its source has not been made public.' }));
      }
    }
    return dedupe(flags);
  },
};

/** The path and query of a URL, where wall markers live (the host name itself could contain "wall"). */
function safeTail(url: string): string {
  const u = parsedUrl(url);
  if (u === null) return url;
  try {
    return decodeURIComponent(`${u.pathname}${u.search}`);
  } catch {
    // A stray "%" that starts no escape: the tail as written.
    return url;
  }
}

function dedupe(flags: Flag[]): Flag[] {
  const out: Flag[] = [];
  for (const f of flags) {
    if (out.some((o) => o.field === f.field && o.index === f.index && f.start < o.end && o.start < f.end)) continue;
    out.push(f);
  }
  return out;
}
