import type { APIRoute } from 'astro';
import { latestFeedEntries } from '../lib/feed-entries.ts';
import { jsonFeed } from '../lib/json-feed.ts';
import { SITE_DESCRIPTION, SITE_LANGUAGE, SITE_NAME } from '../lib/site.ts';
import { absoluteUrl } from '../lib/url.ts';

/** JSON Feed 1.1 of the newest briefs, with absolute links under the deploy base. */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('feed.json needs `site` in astro.config (DISPATCH_SITE) to write absolute links');
  const feed = jsonFeed(
    {
      title: SITE_NAME,
      description: SITE_DESCRIPTION,
      homeUrl: absoluteUrl('/', site),
      feedUrl: absoluteUrl('/feed.json', site),
      language: SITE_LANGUAGE,
    },
    await latestFeedEntries(site),
  );
  return new Response(JSON.stringify(feed, null, 2), { headers: { 'content-type': 'application/feed+json; charset=utf-8' } });
};
