import type { ArticleNode, BriefMetadata } from '../types.ts';
import { bodyText } from './body.ts';
import { detectFlags, type FlagResult } from './index.ts';
import type { FlagInput } from './types.ts';

/** The detectors' input for a brief, from the metadata stage's output. */
export function flagInputFor(meta: BriefMetadata, nodes: readonly ArticleNode[]): FlagInput {
  // Code blocks are not prose to judge, and the page's marks read only prose blocks (rendered-blocks.ts has no <pre>).
  const body = bodyText(nodes.filter((n) => n.kind !== 'code'));
  return {
    title: meta.title,
    titleIsHeadline: !isOpeningWords(meta.title, body),
    body,
    disclosures: meta.disclosures,
    attributions: meta.attributions,
    citedUrls: meta.citedUrls,
    citedOutlets: meta.citedOutlets,
    outlet: meta.outlet.value,
    language: meta.language,
  };
}

/** The flags stage: runs after metadata, before emit. */
export function flagBrief(meta: BriefMetadata, nodes: readonly ArticleNode[]): FlagResult {
  return detectFlags(flagInputFor(meta, nodes));
}

/** A title made from the body's first words (the page had no headline) is not a headline to judge. */
function isOpeningWords(title: string, body: string): boolean {
  const t = title.replace(/…$/, '').trim();
  return t.length > 0 && body.trimStart().startsWith(t);
}
