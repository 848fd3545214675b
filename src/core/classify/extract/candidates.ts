/** Weighted candidates and the pattern helpers that find them. */
export type Cand = { text: string; weight: number; source: string };

export function addCand(list: Cand[], text: string, weight: number, source: string): void {
  const t = text.trim();
  if (t) list.push({ text: t, weight, source });
}

type Found = { text: string; index: number; end: number };

/** Every capture of `group` (a CAPRUN) in `text` for a pattern with one group. */
export function findAll(text: string, pattern: RegExp): Found[] {
  const out: Found[] = [];
  const re = new RegExp(
    pattern.source,
    pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g',
  );
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const g = m[1];
    if (g !== undefined) {
      const index = m.index + m[0].indexOf(g);
      out.push({ text: g, index, end: index + g.length });
    }
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/**
 * Makes the ASCII letters of a pattern match either case, leaving escapes, \\p{...} classes and
 * bracket classes alone. The `i` flag cannot be used: with `u` it makes \\p{Lu} match lower case.
 */
export function anyCase(src: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src.charAt(i);
    if (c === '\\') {
      const next = src.charAt(i + 1);
      if ((next === 'p' || next === 'P') && src.charAt(i + 2) === '{') {
        const close = src.indexOf('}', i);
        out += src.slice(i, close + 1);
        i = close;
      } else {
        out += c + next;
        i++;
      }
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    if (
      !inClass &&
      /[a-zA-Z]/.test(c) &&
      !(src.charAt(i - 1) === '?' && src.charAt(i - 2) === '(')
    ) {
      out += `[${c.toLowerCase()}${c.toUpperCase()}]`;
    } else out += c;
  }
  return out;
}

/** A global Unicode pattern whose literal words match any case; interpolations stay as they are. */
export function ci(strings: TemplateStringsArray, ...parts: string[]): RegExp {
  let src = '';
  strings.raw.forEach((lit, i) => {
    src += anyCase(lit) + (parts[i] ?? '');
  });
  return new RegExp(src, 'gu');
}
