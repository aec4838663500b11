import { briefSlug } from '../emit/slug.ts';
import type { ArticleNode, BriefMetadata, CleanResult, Seed } from '../types.ts';
import { namesAMedium } from './cited-name.ts';
import { citedOutlets } from './cited-outlets.ts';
import { countWords, guessLanguage, readingMinutes } from './counts.ts';
import { findDates } from './dates.ts';
import { findDek } from './dek.ts';
import { attributionsFrom, authorsFrom, disclosuresFrom } from './notices.ts';
import { findOutlet } from './outlet.ts';
import { pickTitle } from './title.ts';
import { citedUrls, originalUrl } from './urls.ts';

export interface MetadataResult {
  meta: BriefMetadata;
  /** The article without the nodes that became the title and the dek. */
  nodes: ArticleNode[];
}

/**
 * Metadata from the cleaned page: what the story says about itself and what
 * cleaning set aside (bylines, datelines, attributions, notices, trailers,
 * URLs). Every field says how it was found; an unknown field is null with the
 * reason, never a guess.
 */
export function extractMetadata(seed: Seed, clean: CleanResult): MetadataResult {
  const title = pickTitle(seed, clean);
  let body = title.index === null ? clean.nodes : clean.nodes.filter((_, i) => i !== title.index);
  const dek = findDek(title.index === null ? null : title.title, body, clean.removed);
  if (dek) body = body.filter((_, i) => i !== dek.index);

  // Code blocks are kept in the body but are not its prose: no words to count or read, no citations, dates or outlets in them.
  const prose = body.filter((n) => n.kind !== 'code');
  const text = prose.map((n) => n.text).join('\n');
  const wordCount = countWords(text);
  const url = originalUrl(clean.removed);
  const cited = citedUrls(clean.removed, prose, url.value);
  const headlineLine = title.index === null ? null : (clean.nodes[title.index]!.line ?? null);
  // Body nodes keep the page's order: the last one ends the story.
  const storyEnd = body.at(-1)?.line ?? null;
  const authors = authorsFrom(clean.removed, headlineLine, storyEnd);
  const language0 = clean.language?.code;
  const headlineText = title.index === null ? null : clean.nodes[title.index]!.text;
  const { date, updated } = findDates({ removed: clean.removed, body: prose, headlineLine, headlineText, originalUrl: url.value, citedUrls: cited, ...(language0 ? { language: language0 } : {}) });
  const outlets = citedOutlets([title.index === null ? '' : title.title, ...prose.map((n) => n.text)], [...cited, ...(url.value ? [url.value] : [])]);
  const disclosures = disclosuresFrom(clean.removed);
  const attributions = attributionsFrom(clean.removed);
  const outlet = findOutlet(clean, url.value);
  const language = clean.language && clean.language.code !== 'und' ? clean.language : { code: guessLanguage(text), how: 'guessed from script and common English words (text too short for trigram detection)' };

  return {
    nodes: body,
    meta: {
      seed: seed.id,
      title: title.title,
      titleHow: title.how,
      ...(title.derived ? { titleDerived: true } : {}),
      slug: briefSlug(title.title, seed.file),
      dek: dek?.text ?? null,
      outlet,
      // A byline that names the outlet itself ("By Valley Times") names no writer; a blogger's own name may be the blog's.
      authors: authors.names.filter((name) => outlet.value === null || name.toLowerCase() !== outlet.value.toLowerCase() || !namesAMedium(name)),
      date,
      ...(updated.value !== null ? { sourceUpdated: updated } : {}),
      url,
      citedUrls: cited,
      citedOutlets: outlets,
      disclosures,
      attributions,
      language: language.code,
      wordCount,
      readingMinutes: readingMinutes(wordCount),
      evidence: {
        authors: authors.how,
        dek: dek ? dek.how : 'none: no one-sentence summary under the headline',
        language: language.how,
        citedOutlets: outlets.length > 0 ? 'reporting phrases in the story ("X reported", "according to X", "news agency X")' : 'none: the story names no outlet in a reporting phrase',
        disclosures: disclosures.length > 0 ? 'publisher notices removed from the page' : 'none on the page',
        attributions: attributions.length > 0 ? '"Source:" / "Published … by" lines removed from the page' : 'none on the page',
        wordCount: 'words of the body, without title and dek',
      },
    },
  };
}
