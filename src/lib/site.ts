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
/** Briefs per page of any other list of briefs (a topic's, an entity's, an outlet's, flagged briefs). */
export const LIST_PAGE_SIZE = 50;
/** Names per page of a list of links (entities of one kind, outlets, clusters) and seeds per build report page. */
export const INDEX_PAGE_SIZE = 100;
/** Seeds per build report page (each with its cleaning details). */
export const REPORT_PAGE_SIZE = 50;
/** Versions of one story side by side on a cluster page. */
export const CLUSTER_PAGE_SIZE = 12;
/**
 * Stories that must name an entity for it to have a page (the versions of one same-story
 * cluster count once: its cluster page already joins them). A page that lists the one story a
 * reader came from leads nowhere, and on real pages most names are named once: at 1,000 real
 * pages 26,000 of 32,000 names were, so pages for them were most of the site's build. A name
 * of one story is listed unlinked on its briefs.
 */
export const ENTITY_PAGE_MIN_STORIES = 2;
/** Entities of each kind shown on /entities/; the rest are on the kind's own list. */
export const ENTITIES_PER_KIND = 48;
/** Outlets with a row of their own in the flags-by-outlet table; the rest are summed in one row. */
export const FLAG_TABLE_OUTLETS = 40;
/** Briefs citing an outlet shown on the outlet's page; all of them are on its "citing" pages. */
export const OUTLET_CITING_PREVIEW = 5;
/** Build warnings listed on the build report page; all of them are in generated/report.json. */
export const REPORT_WARNINGS_SHOWN = 20;
