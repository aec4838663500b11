import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { latestFeedEntries } from '../lib/feed-entries.ts';
import { SITE_DESCRIPTION, SITE_LANGUAGE, SITE_NAME } from '../lib/site.ts';
import { absoluteUrl } from '../lib/url.ts';

/** RSS 2.0 feed of the newest briefs, with absolute links under the deploy base. */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('rss.xml needs `site` in astro.config (DISPATCH_SITE) to write absolute links');
  const entries = await latestFeedEntries(site);
  const self = absoluteUrl('/rss.xml', site);
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    // Channel and item links are resolved against this, so it carries the base.
    site: absoluteUrl('/', site),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>${SITE_LANGUAGE}</language><atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
    items: entries.map((entry) => ({
      title: entry.title,
      link: entry.url,
      description: entry.summary,
      ...(entry.date ? { pubDate: entry.date } : {}),
      ...(entry.outlet ? { categories: [entry.outlet] } : {}),
      // <author> must be an e-mail address in RSS; Dublin Core's creator takes a name.
      customData: entry.authors.map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`).join(''),
    })),
  });
};

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
