import type { Finding } from '../types.js';

const placeholderPatterns = [
  /\[[^\]\n]{1,80}\]/g,
  /_{3,}|\$[A-Z][A-Z_]{2,}\b|%[A-Z][A-Z_]{2,}%|<<[^>\n]{1,40}>>/g,
  /\{\{[^}\n]{0,40}\}\}|\{[A-Za-z_ ]{1,30}\}/g,
  /\((?=[^)\n]*[A-Z]{2})[A-Z][A-Z /_'-]{1,38}\)/g,
  /<(?![^>\n]*[@:/])[A-Za-z][A-Za-z _'-]{0,38}>/g,
  /\b(X{2,}|TBD|TODO|INSERT[A-Z ]*|lorem ipsum)\b/g,
];

/** Blanks left from a template: [Company], (NAME), {{name}}, <role>, XXX. */
export function findPlaceholders(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const pattern of placeholderPatterns) {
    for (const match of text.matchAll(pattern)) {
      findings.push({
        rule: 'placeholder',
        category: 'placeholder',
        severity: 'error',
        message:
          'A blank from a template is still here. A reader spots it at once, and it says the message was not written for them.',
        start: match.index,
        end: match.index + match[0].length,
        excerpt: match[0],
        suggestion: 'Fill it in with the real name or detail, or rewrite the sentence without it.',
      });
    }
  }
  return findings;
}
