import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { scanPage, sha256, type ScanOptions } from '../helpers/scan-html.ts';

const options: ScanOptions = { base: '/news', scriptDirs: ['_astro/', 'pagefind/'], fileExists: (p) => ['_astro/app.js', 'pagefind/pagefind-ui.js'].includes(p) };
const inline = 'console.log("site")';
const style = 'body{color:red}';
const csp = `default-src 'self'; object-src 'none'; script-src 'self' ${sha256(inline)}; style-src 'self' ${sha256(style)};`;

function page(body: string, head = `<meta http-equiv="content-security-policy" content="${csp}">`): string {
  return `<!doctype html><html><head>${head}<style>${style}</style></head><body><main>${body}</main><script type="module">${inline}</script><script src="/news/_astro/app.js"></script></body></html>`;
}

const scan = (html: string) => scanPage('p.html', fromHtml(html), options);

describe('the dist scanner', () => {
  it('passes a page with only the site’s own scripts and styles', () => {
    expect(scan(page('<p>Text with &lt;script&gt; written as text.</p><script type="application/ld+json">{"a":1}</script>'))).toEqual([]);
  });

  it.each([
    ['an injected inline script', '<script>alert(1)</script>', /inline <script> not hashed/],
    ['a script from elsewhere', '<script src="https://evil.example/x.js"></script>', /<script src="https:\/\/evil\.example\/x\.js">/],
    ['a same-origin script outside the site’s script folders', '<script src="/news/uploads/x.js"></script>', /not one of the site's script files/],
    ['a script file that does not exist', '<script src="/news/_astro/missing.js"></script>', /not one of the site's script files/],
    ['an odd script type', '<script type="text/vbscript">x</script>', /<script type="text\/vbscript">/],
    ['JSON-LD that is not JSON', '<script type="application/ld+json">{"a":</script><script>alert(1)</script>', /not JSON/],
    ['onerror', '<img src="x" onerror="alert(1)">', /event-handler attribute onError on <img>/],
    ['an unknown on* attribute', '<div onpointerrawupdate="x"></div>', /event-handler attribute/],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', /script URL in href of <a>/],
    ['a javascript: link with white space and case tricks', '<a href=" Java&#x09;Script:alert(1)">x</a>', /script URL in href/],
    ['a data:text/html iframe', '<iframe src="data:text/html,x"></iframe>', /<iframe> element/],
    ['a form posting to javascript:', '<form action="javascript:alert(1)"></form>', /script URL in action of <form>/],
    ['an object', '<object data="x.swf"></object>', /<object> element/],
    ['an embed', '<embed src="x.swf">', /<embed> element/],
    ['a base element', '<base href="https://evil.example/">', /<base> element/],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">', /meta http-equiv="refresh"/],
    ['a style attribute', '<p style="color:red">x</p>', /style attribute on <p>/],
    ['an unhashed inline style', '<style>p{}</style>', /inline <style> not hashed/],
    ['an SVG with a script URL', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>', /script URL in xLinkHref/],
  ])('flags %s', (_name, body, finding) => {
    const findings = scan(page(body));
    expect(findings.some((f) => finding.test(f)), findings.join('\n')).toBe(true);
  });

  it('flags a page without a Content-Security-Policy, or with it outside <head>', () => {
    expect(scan(page('<p>x</p>', ''))).toContain('p.html: no Content-Security-Policy <meta>');
    const outside = `<!doctype html><html><head></head><body><meta http-equiv="content-security-policy" content="${csp}"><p>x</p></body></html>`;
    expect(scan(outside).join('\n')).toMatch(/not in <head>/);
  });
});
