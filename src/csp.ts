/**
 * The site's Content-Security-Policy, rendered by Astro (`security.csp`) as a <meta> in
 * every page's <head>, with the hashes of the inline scripts and styles Astro emits added
 * to script-src and style-src. Kept in one place so tests check the built pages against it.
 *
 * Search (Pagefind) is the only client-side feature: its scripts and CSS load from
 * /pagefind/ ('self'), it fetches its index ('self'), and it runs its WebAssembly in a
 * Web Worker from /pagefind/ (worker-src falls back to default-src 'self') or, where
 * workers fail, on the page, which needs 'wasm-unsafe-eval' (checked in Chromium: without
 * it the fallback is blocked). Nothing may run inline except what Astro hashed.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

export const CSP_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

export const contentSecurityPolicy = {
  algorithm: 'SHA-256' as const,
  directives: [...CSP_DIRECTIVES],
  scriptDirective: { resources: [...CSP_SCRIPT_SOURCES] },
};
