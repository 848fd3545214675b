/** A simple address check: a mailto link must not carry anything but the address. */
const addressPattern = /^[^\s@?&#/]+@[^\s@?&#/]+$/;

/** A `mailto:` link that opens the user's mail app with the draft filled in. */
export function mailtoHref(to: string | null | undefined, subject: string, body: string): string {
  const address = to && addressPattern.test(to.trim()) ? to.trim() : '';
  const query = [
    subject === '' ? '' : `subject=${encodeURIComponent(subject)}`,
    `body=${encodeURIComponent(body)}`,
  ]
    .filter(Boolean)
    .join('&');
  return `mailto:${address}?${query}`;
}
