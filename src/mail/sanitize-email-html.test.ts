import { describe, expect, it } from 'vitest';
import { sanitizeEmailHtml } from './sanitize-email-html.js';

// Each nasty input, and what must not survive sanitizing it.
const attacks: { name: string; html: string; banned: RegExp }[] = [
  { name: 'a script block', html: '<p>Hi</p><script>alert(1)</script>', banned: /script|alert/i },
  {
    name: 'an image with onerror',
    html: '<img src="x" onerror="alert(1)">',
    banned: /onerror|img/i,
  },
  {
    name: 'a javascript: link',
    html: '<a href="javascript:alert(1)">open</a>',
    banned: /javascript|href/i,
  },
  {
    name: 'an entity-encoded javascript&#58; link',
    html: '<a href="javascript&#58;alert(1)">open</a>',
    banned: /javascript|href/i,
  },
  {
    name: 'a javascript: link hidden by a tab entity and mixed case',
    html: '<a href="JaVa&#x09;ScRiPt:alert(1)">open</a>',
    banned: /script|href/i,
  },
  {
    name: 'a data: link',
    html: '<a href="data:text/html,<b>x</b>">open</a>',
    banned: /data:|href/i,
  },
  {
    name: 'an svg with onload',
    html: '<svg onload="alert(1)"><circle r="1"/></svg>',
    banned: /svg|onload/i,
  },
  {
    name: 'a CSS expression',
    html: '<div style="width: expression(alert(1))">text</div>',
    banned: /style|expression/i,
  },
  {
    name: 'a style block with a remote background',
    html: '<style>body{background:url(https://t.example/p.gif)}</style><p>text</p>',
    banned: /style|url\(/i,
  },
  {
    name: 'a <base> tag rewriting relative links',
    html: '<base href="https://evil.example/"><a href="/reset">reset</a>',
    banned: /base|evil|href/i,
  },
  {
    name: 'a meta refresh',
    html: '<meta http-equiv="refresh" content="0;url=https://evil.example">hello',
    banned: /meta|refresh|evil/i,
  },
  {
    name: 'a form with inputs and a button',
    html: '<form action="https://evil.example"><input name="password"><button>Sign in</button></form>',
    banned: /form|input|button|evil/i,
  },
  {
    name: 'frames, objects and embeds',
    html: '<iframe src="https://evil.example"></iframe><object data="x.swf"></object><embed src="x">',
    banned: /iframe|object|embed|evil/i,
  },
  {
    name: 'an onclick on an allowed tag',
    html: '<p onclick="steal()" onmouseover="steal()">text</p>',
    banned: /on\w+=|steal/i,
  },
  {
    name: 'a protocol-relative link',
    html: '<a href="//evil.example/x">x</a>',
    banned: /evil|href/i,
  },
];

describe('sanitizeEmailHtml', () => {
  it.each(attacks)('removes $name', ({ html, banned }) => {
    expect(sanitizeEmailHtml(html)).not.toMatch(banned);
  });

  it('drops remote images (tracking pixels) entirely and keeps their alt text', () => {
    const html =
      '<p>Thanks</p><img src="https://track.example/open.gif?u=42" width="1" height="1">' +
      '<img src="https://cdn.example/logo.png" alt="Acme logo">';
    const safe = sanitizeEmailHtml(html);
    expect(safe).not.toMatch(/img|track\.example|cdn\.example/);
    expect(safe).toBe('<p>Thanks</p><span>[Acme logo]</span>');
  });

  it('opens links apart from the app, without telling the site where they came from', () => {
    const safe = sanitizeEmailHtml(
      '<a href="https://jobs.example/status" target="_self" rel="opener">See your status</a>',
    );
    expect(safe).toContain('href="https://jobs.example/status"');
    expect(safe).toContain('rel="noopener noreferrer nofollow"');
    expect(safe).toContain('target="_blank"');
    expect(safe).not.toContain('_self');
    expect(safe).toContain('>See your status</a>');
  });

  it('keeps the readable shape of a message: paragraphs, lists, tables and mail links', () => {
    const html =
      '<p>Dear Sam,</p><ul><li>one</li></ul><table><tr><td colspan="2">cell</td></tr></table>' +
      '<a href="mailto:talent@acme.example">write back</a>';
    const safe = sanitizeEmailHtml(html);
    expect(safe).toContain('<p>Dear Sam,</p><ul><li>one</li></ul>');
    expect(safe).toContain('<td colspan="2">cell</td>');
    expect(safe).toContain('href="mailto:talent@acme.example"');
  });

  it('drops the text of scripts and page titles but keeps the text of removed wrappers', () => {
    const safe = sanitizeEmailHtml(
      '<html><head><title>Newsletter</title></head><body><form><b>Kept</b></form></body></html>',
    );
    expect(safe).toBe('<b>Kept</b>');
  });
});
