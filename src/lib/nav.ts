/**
 * The site's navigation, one entry per section. Sections add themselves here
 * (e.g. { path: '/topics/', label: 'Topics' }) when their index page exists:
 * the browser test crawls every link, so a link to a missing page fails it.
 */
export interface NavItem {
  path: string;
  label: string;
}

export const primaryNav: NavItem[] = [
  { path: '/', label: 'Latest' },
  { path: '/archive/', label: 'Archive' },
  { path: '/topics/', label: 'Topics' },
  { path: '/entities/', label: 'Entities' },
  { path: '/outlets/', label: 'Outlets' },
  { path: '/flags/', label: 'Flags' },
  { path: '/search/', label: 'Search' },
  { path: '/about/', label: 'About' },
];

export const footerNav: NavItem[] = [
  { path: '/about/', label: 'About Dispatch' },
  { path: '/about/#corrections', label: 'Corrections' },
  { path: '/provenance/', label: 'Who cites whom' },
  { path: '/clusters/', label: 'Same story, several outlets' },
  { path: '/rss.xml', label: 'RSS feed' },
  { path: '/feed.json', label: 'JSON Feed' },
  { path: '/report/', label: 'Build report' },
];
