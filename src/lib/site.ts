/** Publication-wide names and texts, used by the layout, metadata and feeds. */
export const SITE_NAME = 'Dispatch';
export const SITE_TAGLINE = 'News briefs without the clutter';
export const SITE_DESCRIPTION =
  'Dispatch: news articles cleaned of page clutter and published as briefs, with their sources, editorial signals and related coverage shown.';
export const SITE_LANGUAGE = 'en';
/** Feeds carry the newest briefs only; older ones stay on the site and in search. */
export const FEED_LIMIT = 50;
/** Briefs listed on the home page; the archive lists them all. */
export const HOME_LIMIT = 24;
/** Briefs per archive page. */
export const ARCHIVE_PAGE_SIZE = 50;
