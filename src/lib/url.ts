/** Joins the configured base path and a site path: url('/briefs/x/') -> '/news/briefs/x/' under base /news. */
export function url(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  const rest = path.startsWith('/') ? path : `/${path}`;
  return `${prefix}${rest}`;
}

/**
 * The public address of a site path, for feeds, canonical links and metadata:
 * absoluteUrl('/briefs/x/', 'https://example.org') -> 'https://example.org/news/briefs/x/'
 * under base /news. `site` is the origin (DISPATCH_SITE); the base comes from DISPATCH_BASE.
 */
export function absoluteUrl(path: string, site: URL | string, base: string = import.meta.env.BASE_URL): string {
  return new URL(url(path, base), site).href;
}

/**
 * The address if it is an absolute http(s) URL, else null. Addresses found in
 * seeds or written in frontmatter are only ever linked through this, so a
 * `javascript:` or malformed value becomes no link rather than a live one.
 */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const parsed = new URL(value.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
