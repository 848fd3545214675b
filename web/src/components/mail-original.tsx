import { useState } from 'react';

// The page around an email's HTML inside its frame. The policy forbids every fetch (a remote
// image or font that slipped through the sanitizer still cannot call home) and any script;
// inline styles only, for the frame's own few lines of CSS.
const framePolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
const frameStyle =
  'body{margin:0.75rem;font:15px/1.55 system-ui,sans-serif;color:#1f2933;background:#fff;overflow-wrap:anywhere}' +
  'img{max-width:100%;height:auto}table{max-width:100%}a{color:#225956}';

/** A whole document for srcdoc, around HTML the server already sanitized. */
export function frameDocument(sanitizedHtml: string): string {
  return (
    '<!doctype html><html><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${framePolicy}">` +
    `<style>${frameStyle}</style></head><body>${sanitizedHtml}</body></html>`
  );
}

type Props = { subject: string; html: string | null | undefined; text: string };

/**
 * The original email. Its HTML (sanitized on import) only ever goes into a frame with an
 * empty sandbox: no scripts, no forms, no popups, no access to Rebound's page or storage.
 * Never into the page itself.
 */
export function MailOriginal({ subject, html, text }: Props) {
  const hasHtml = typeof html === 'string' && html.trim() !== '';
  const [isPlain, setIsPlain] = useState(!hasHtml);

  return (
    <div className="mail-original">
      {hasHtml && (
        <button
          type="button"
          className="button button-quiet button-small"
          aria-pressed={isPlain}
          onClick={() => {
            setIsPlain((current) => !current);
          }}
        >
          Show plain text
        </button>
      )}
      {isPlain || !hasHtml ? (
        <div
          className="mail-plain"
          tabIndex={0}
          aria-label={`Original email, plain text: ${subject}`}
        >
          {text || '(This email has no text.)'}
        </div>
      ) : (
        <iframe
          className="mail-frame"
          title={`Original email: ${subject}`}
          sandbox=""
          referrerPolicy="no-referrer"
          srcDoc={frameDocument(html)}
        />
      )}
    </div>
  );
}
