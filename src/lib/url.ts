/** Joins the configured base path and a site path: url('/briefs/x/') -> '/news/briefs/x/' under base /news. */
export function url(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  const rest = path.startsWith('/') ? path : `/${path}`;
  return `${prefix}${rest}`;
}
