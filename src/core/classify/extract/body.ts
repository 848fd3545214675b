/** Cleaning an email body: quoted history cut, a forwarded message unwrapped. */
export const FOOTER =
  /\b(?:unsubscribe|you (?:are|were) receiving|you received this|this (?:e-?mail|message) (?:was sent|is confidential|and any attachments|is intended)|privacy (?:policy|notice|statement)|manage (?:your )?(?:email |e-mail )?(?:preferences|notifications|subscription)|do not reply|don't reply|please do not respond|not monitored|powered by|sent (?:via|through|from my)|view (?:this email )?in (?:your )?browser|all rights reserved|©|this is an automated|automatically generated|terms of (?:use|service)|registered (?:in|office)|company (?:no|number|registration))\b/i;

const REPLY_MARKERS = [
  /^\s*On\b.{0,200}\bwrote:\s*$/,
  /^\s*Am\b.{0,200}\bschrieb.*:\s*$/,
  /^\s*Le\b.{0,200}\ba écrit\s*:\s*$/,
  /^\s*El\b.{0,200}\bescribió\s*:\s*$/,
  /^\s*Il\b.{0,200}\bha scritto\s*:\s*$/,
  /^\s*Em\b.{0,200}\bescreveu\s*:\s*$/,
  /^\s*W dniu\b.{0,200}\bnapisał.*:\s*$/,
  /^\s*Op\b.{0,200}\bschreef.*:\s*$/,
  /^-{2,}\s*Original Message\s*-{2,}\s*$/i,
  /^_{10,}\s*$/,
];
const FORWARD_MARKER =
  /^\s*-{2,}\s*Forwarded message\s*-{2,}\s*$|^\s*Begin forwarded message:\s*$/i;

type Cleaned = { lines: string[]; text: string; from: string | null; subject: string | null };

/** The newest message as trimmed lines: quoted history cut, a forwarded message unwrapped. */
export function cleanBody(body: string): Cleaned {
  let lines = body
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''));
  let from: string | null = null;
  let subject: string | null = null;

  const fwd = lines.findIndex((l) => FORWARD_MARKER.test(l));
  if (fwd >= 0) {
    const above = lines.slice(0, fwd).filter((l) => l.trim()).length;
    if (above <= 4) {
      const rest = lines.slice(fwd + 1);
      let i = 0;
      while (i < rest.length) {
        const line = rest[i] ?? '';
        const header = /^\s*(From|Date|Sent|Subject|To|Cc):\s*(.*)$/i.exec(line);
        if (header) {
          const name = (header[1] ?? '').toLowerCase();
          if (name === 'from') from = header[2] ?? null;
          if (name === 'subject') subject = header[2] ?? null;
          i++;
        } else if (!line.trim() && i < 8) {
          i++;
        } else break;
      }
      lines = rest.slice(i);
    } else {
      lines = lines.slice(0, fwd);
    }
  }

  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (i > 0 && REPLY_MARKERS.some((re) => re.test(line))) break;
    // Outlook: "From: ...", then "Sent:" or "Date:" within the next lines.
    if (
      i > 0 &&
      /^\s*\*?From:\*?\s/i.test(line) &&
      lines.slice(i + 1, i + 4).some((l) => /^\s*\*?(Sent|Date|To|Subject):/i.test(l))
    ) {
      break;
    }
    // Gmail wraps long "On ... wrote:" lines.
    if (i > 0 && /^\s*On\b.{0,200}$/.test(line) && /wrote:\s*$/.test(lines[i + 1] ?? '')) break;
    if (/^\s*>/.test(line)) continue;
    out.push(line.trim());
  }
  return { lines: out, text: out.join('\n'), from, subject };
}
