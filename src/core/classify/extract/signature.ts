/** Reading the signature block for the signer and their company. */
import { cleanCompany } from './company.js';
import { domainMatches, type Sender } from './from-header.js';
import { cleanName, hasCorpWord, isPersonName, stripDept } from './names.js';
import { isClosing, isTitleSegment, segments, signatureBlock } from './signature-block.js';
import { CAPRUN_LINE, fold, tokensOf } from './text.js';

type Signature = { name: string | null; companies: string[] };

export function readSignature(
  lines: string[],
  sender: Sender,
  knownCompanies: string[],
): Signature {
  const block = signatureBlock(lines);
  const companies: string[] = [];
  let name: string | null = null;
  const known = new Set(knownCompanies.map(fold));
  const companyish = (s: string): boolean =>
    known.has(fold(s)) ||
    hasCorpWord(s) ||
    (!!sender.domain &&
      domainMatches(fold(s), sender.domain) &&
      !(sender.person && fold(sender.person).includes(fold(s))));

  let sawClosing = false;
  let slot = 0; // content lines seen after the closing
  for (const line of block) {
    // "Best, Anna Kim" / "Thanks — Anna": the closing and the name on one line.
    const same = /^(.+?)(?:[,!.]\s*|\s+[-–—]\s*)(\S.*)$/.exec(line);
    if (!name && same && isClosing(same[1] ?? '')) {
      const tail = cleanName(same[2] ?? '');
      if (tail && isPersonName(tail, true) && !companyish(tail)) {
        name = tail;
        slot++;
        continue;
      }
    }
    if (!name && isClosing(line)) {
      sawClosing = true;
      continue;
    }
    const segs = segments(line);
    const first = cleanName(segs[0] ?? '');
    const firstIsTitle = isTitleSegment(first) && !isPersonName(first);
    if (!name && first && !firstIsTitle) {
      const multi = isPersonName(first) && !companyish(first);
      const single =
        !multi &&
        isPersonName(first, true) &&
        !companyish(first) &&
        // A lone first name: right after the closing, or the sender's own first name.
        (slot === 0 ||
          (sawClosing && sender.person !== null && fold(sender.person).includes(fold(first)))) &&
        !(sender.company && fold(sender.company).includes(fold(first)));
      if (multi || single) {
        name = first;
        slot++;
        for (const seg of segs.slice(1)) pushCompanySeg(seg, companies);
        continue;
      }
    } else if (
      name &&
      first &&
      tokensOf(name).length === 1 &&
      isPersonName(first) &&
      fold(first).startsWith(fold(name))
    ) {
      // "Malik" then "Malik Johnson, Executive Producer": the fuller form.
      name = first;
      for (const seg of segs.slice(1)) pushCompanySeg(seg, companies);
      continue;
    }
    slot++;
    for (const seg of segs) pushCompanySeg(seg, companies);
  }
  return { name, companies };
}

function pushCompanySeg(seg: string, out: string[]): void {
  const cleaned = seg.replace(/^[\s\-–—~•·*]+/, '').replace(/^(?:the)\s+/i, '');
  if (!cleaned || /^(?:via|by)\b/i.test(cleaned)) return;
  const stripped = stripDept(cleaned);
  if (!stripped) return;
  if (isTitleSegment(stripped) && !hasCorpWord(stripped)) return;
  if (/[@/:]|\d{3,}/.test(stripped)) return;
  const c = cleanCompany(stripped);
  if (!c || tokensOf(c).length > 6 || !CAPRUN_LINE.test(c)) return;
  out.push(c);
}
