import sanitizeHtml from 'sanitize-html';

// An allow-list: only tags that shape text survive. Everything that runs, loads, submits or
// restyles the page around the email (script, style, iframe, object, embed, form, input,
// button, base, meta, link, svg) is not on it and goes.
const allowedTags = [
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'caption',
  'center',
  'code',
  'col',
  'colgroup',
  'dd',
  'div',
  'dl',
  'dt',
  'em',
  'font',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'li',
  'ol',
  'p',
  'pre',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'u',
  'ul',
];

// Their text is code or page furniture, not part of the message, so it goes with the tag.
const droppedWithContent = [
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'option',
  'head',
  'title',
  'svg',
  'math',
  'object',
  'iframe',
];

// No style or class attribute: CSS can overlay the app, fetch remote images or (in old
// engines) run expressions, and classes would pick up the app's own styles.
const allowedAttributes: sanitizeHtml.IOptions['allowedAttributes'] = {
  // rel and target are set by the link transform below, whatever the email said.
  a: ['href', 'title', 'rel', 'target'],
  td: ['colspan', 'rowspan', 'align', 'valign'],
  th: ['colspan', 'rowspan', 'align', 'valign'],
  table: ['width', 'cellpadding', 'cellspacing', 'border'],
  col: ['span', 'width'],
  '*': ['dir', 'lang'],
};

const linkRel = 'noopener noreferrer nofollow';

const options: sanitizeHtml.IOptions = {
  allowedTags,
  allowedAttributes,
  nonTextTags: droppedWithContent,
  // Links may go to the web or start an email; nothing that runs (javascript:, vbscript:)
  // or carries its own content (data:). Entities like javascript&#58; are decoded first.
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  transformTags: {
    // A relative link would point into Rebound itself (the email's <base> is gone), so
    // only absolute web and mail links keep their address.
    a: (tagName, attribs) => {
      const { href, ...rest } = attribs;
      const isAbsolute = href !== undefined && /^\s*(?:https?:\/\/|mailto:)/i.test(href);
      return {
        tagName,
        attribs: { ...rest, ...(isAbsolute ? { href } : {}), rel: linkRel, target: '_blank' },
      };
    },
    // Every image in an email is either remote (a tracking pixel tells the sender you read
    // it) or embedded data we never keep; the alt text stays so the sentence still reads.
    img: (_tagName, attribs) => {
      const alt = (attribs.alt ?? '').trim();
      return alt
        ? { tagName: 'span', attribs: {}, text: `[${alt}]` }
        : { tagName: 'img', attribs: {} };
    },
  },
};

/**
 * The email's HTML made safe to show inside the app: no scripts, event handlers, forms,
 * frames, styles or remote images, and links that open apart from the app. This is the only
 * HTML Rebound stores; the raw HTML is never kept.
 */
export function sanitizeEmailHtml(html: string): string {
  return sanitizeHtml(html, options).trim();
}
