import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

/**
 * Scans a built page for anything that could run or load code the site did not put
 * there itself: scripts that are neither the site's files nor hashed in the page's
 * Content-Security-Policy, event-handler attributes, script URLs, frames and plugins.
 */

export interface ScanOptions {
  /** The site's base path, e.g. "/" or "/dispatch-test". */
  base: string;
  /** Folders (under the base) the site's own script files live in. */
  scriptDirs: string[];
  /** Whether a path below the base (e.g. "_astro/x.js") is a file of the built site. */
  fileExists: (pathBelowBase: string) => boolean;
}

export type Csp = Map<string, string[]>;

/** The page's Content-Security-Policy from its <meta http-equiv>, as directive -> sources. */
export function pageCsp(tree: Root): { csp: Csp | null; count: number; inHead: boolean } {
  const metas = selectAll('meta', tree).filter((m) => String(m.properties.httpEquiv ?? '').toLowerCase() === 'content-security-policy');
  if (metas.length === 0) return { csp: null, count: 0, inHead: false };
  const csp: Csp = new Map();
  for (const directive of String(metas[0]!.properties.content ?? '').split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) csp.set(name.toLowerCase(), sources);
  }
  const inHead = selectAll('head meta', tree).includes(metas[0]!);
  return { csp, count: metas.length, inHead };
}

export function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/** Raw text of a <script> or <style> element, as the browser hashes it. */
function rawText(el: Element): string {
  return el.children.map((c) => ('value' in c ? String(c.value) : '')).join('');
}

const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);
const DATA_TYPES = new Set(['application/ld+json', 'application/json']);
const FORBIDDEN_ELEMENTS = ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal'];
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'poster', 'data', 'cite', 'background', 'xLinkHref', 'ping', 'manifest', 'codeBase', 'longDesc'];
/** Browsers ignore ASCII white space and control characters inside a URL scheme. */
const SCRIPT_URL = /^(?:javascript|vbscript|data:text\/html)/;

function isScriptUrl(value: unknown): boolean {
  return SCRIPT_URL.test(String(value).replace(/[\u0000-\u0020]/g, '').toLowerCase());
}

/** Everything wrong with one page; empty when it is clean. */
export function scanPage(page: string, tree: Root, options: ScanOptions): string[] {
  const findings: string[] = [];
  const report = (what: string) => findings.push(`${page}: ${what}`);
  const { csp, count, inHead } = pageCsp(tree);
  if (!csp) report('no Content-Security-Policy <meta>');
  else {
    if (count > 1) report(`${count} Content-Security-Policy <meta> elements`);
    if (!inHead) report('the Content-Security-Policy <meta> is not in <head>');
  }
  const scriptSources = csp?.get('script-src-elem') ?? csp?.get('script-src') ?? [];
  const styleSources = csp?.get('style-src-elem') ?? csp?.get('style-src') ?? [];
  const prefix = options.base.endsWith('/') ? options.base : `${options.base}/`;

  for (const script of selectAll('script', tree)) {
    const type = String(script.properties.type ?? '').toLowerCase();
    if (DATA_TYPES.has(type)) {
      try {
        JSON.parse(rawText(script));
      } catch {
        report(`a <script type="${type}"> whose content is not JSON`);
      }
      continue;
    }
    if (!EXECUTABLE_TYPES.has(type)) {
      report(`a <script type="${type}">`);
      continue;
    }
    const src = script.properties.src;
    if (src !== undefined) {
      const path = String(src);
      const below = path.startsWith(prefix) ? path.slice(prefix.length).split(/[?#]/)[0]! : null;
      if (below === null || !options.scriptDirs.some((dir) => below.startsWith(dir)) || !options.fileExists(below)) report(`a <script src="${path}"> that is not one of the site's script files`);
    } else if (!scriptSources.includes(sha256(rawText(script)))) {
      report(`an inline <script> not hashed in the Content-Security-Policy: ${rawText(script).slice(0, 80)}`);
    }
  }

  for (const style of selectAll('style', tree)) {
    if (!styleSources.includes(sha256(rawText(style)))) report(`an inline <style> not hashed in the Content-Security-Policy: ${rawText(style).slice(0, 80)}`);
  }

  for (const el of selectAll('*', tree)) {
    if (FORBIDDEN_ELEMENTS.includes(el.tagName)) report(`an <${el.tagName}> element`);
    for (const [name, value] of Object.entries(el.properties)) {
      if (/^on/i.test(name)) report(`an event-handler attribute ${name} on <${el.tagName}>`);
      if (name === 'style') report(`a style attribute on <${el.tagName}> (blocked by the Content-Security-Policy)`);
      if (URL_PROPERTIES.includes(name) && isScriptUrl(value)) report(`a script URL in ${name} of <${el.tagName}>: ${String(value).slice(0, 80)}`);
      if (name === 'srcSet' && String(value).split(',').some((part) => isScriptUrl(part.trim()))) report(`a script URL in srcset of <${el.tagName}>`);
    }
    if (el.tagName === 'meta' && String(el.properties.httpEquiv ?? '').toLowerCase() === 'refresh') report('a <meta http-equiv="refresh">');
  }
  return findings;
}

/** Text of the page's main content, for literal-text checks. */
export function mainText(tree: Root): string {
  const [main] = selectAll('main', tree);
  return toText(main ?? tree);
}
