// Markers where an older message starts below a reply (Gmail, Outlook, Apple Mail).
const replyMarkers = [
  /^\s*On\b[^\n]{0,200}\bwrote:\s*$/m,
  /^\s*Am\b[^\n]{0,200}\bschrieb[^\n]*:\s*$/m,
  /^\s*Le\b[^\n]{0,200}\ba écrit\s*:\s*$/m,
  /^-{2,}\s*Original Message\s*-{2,}\s*$/im,
  /^_{10,}\s*$/m,
  /^\s*From:\s[^\n]+\n\s*(Sent|Date):\s/im,
];
const forwardMarker = /^-{2,}\s*Forwarded message\s*-{2,}\s*$|^Begin forwarded message:\s*$/im;
const forwardHeader = /^\s*(From|Date|Sent|Subject|To|Cc):[^\n]*$/gim;

// Footers that talk about mail, not about the application.
const footerMarkers = [
  /^[^\n]*\bunsubscribe\b[^\n]*$/im,
  /^[^\n]*\b(this (e-?mail|message) (was sent|is confidential|and any attachments))\b[^\n]*$/im,
  /^[^\n]*\b(privacy (policy|notice)|manage (your )?(email )?preferences|do not reply to this|this is an automated)\b[^\n]*$/im,
];

function cutAtFirst(text: string, markers: RegExp[], minShare = 0): string {
  let cut = text.length;
  for (const marker of markers) {
    const match = marker.exec(text);
    if (match && match.index > 0 && match.index >= text.length * minShare) {
      cut = Math.min(cut, match.index);
    }
  }
  return text.slice(0, cut);
}

/**
 * The part of an email that speaks now: a forwarded employer message when the user
 * forwarded one, otherwise the newest reply without the quoted history and mail footers.
 */
export function newestPart(body: string): string {
  let text = body.replace(/\r\n?/g, '\n');
  // A short note above an "Original Message" block is a forward too ("fyi, from the shop").
  const original = /^-{2,}\s*Original Message\s*-{2,}\s*$/im.exec(text);
  const isShortNote = original !== null && text.slice(0, original.index).trim().length < 160;
  const forward = forwardMarker.exec(text) ?? (isShortNote ? original : null);
  if (forward) {
    const after = text.slice(forward.index + forward[0].length);
    text = after.replace(forwardHeader, '').trim();
  }
  const unquoted = text
    .split('\n')
    .filter((line) => !/^\s*>/.test(line))
    .join('\n');
  // A footer sits at the end: an "automated message" line at the top is the message itself.
  return cutAtFirst(cutAtFirst(unquoted, replyMarkers), footerMarkers, 0.4).trim();
}
