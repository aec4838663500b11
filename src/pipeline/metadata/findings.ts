import type { MetadataFinding } from '../run/report.ts';
import type { BriefMetadata, Found } from '../types.ts';

/** Every metadata field with its value and how it was found (or why not), for the cleaning report. */
export function metadataFindings(meta: BriefMetadata): MetadataFinding[] {
  const found = (field: string, f: Found<string>): MetadataFinding => (f.value === null ? { field, value: null, how: f.why } : { field, value: f.value, how: f.how });
  const list = (field: string, values: string[], how: string | undefined): MetadataFinding => ({ field, value: values.length > 0 ? values.join('; ') : null, how: how ?? '' });
  const ev = meta.evidence ?? {};
  return [
    { field: 'title', value: meta.title, how: meta.titleHow },
    { field: 'dek', value: meta.dek, how: ev['dek'] ?? '' },
    found('outlet', meta.outlet),
    list('authors', meta.authors, ev['authors']),
    found('date', meta.date),
    ...(meta.sourceUpdated ? [found('sourceUpdated', meta.sourceUpdated)] : []),
    found('url', meta.url),
    list('citedOutlets', meta.citedOutlets, ev['citedOutlets']),
    list('citedUrls', meta.citedUrls, meta.citedUrls.length > 0 ? 'URLs standing alone on a line or written in the story' : 'none in the story'),
    list('disclosures', meta.disclosures, ev['disclosures']),
    list('attributions', meta.attributions, ev['attributions']),
    { field: 'language', value: meta.language, how: ev['language'] ?? '' },
    { field: 'wordCount', value: String(meta.wordCount), how: `${meta.readingMinutes} min read at 230 words a minute` },
  ];
}
