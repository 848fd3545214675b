import type { Page } from 'playwright-core';

export type KeyboardWalk = {
  /** Controls on the page that Tab never reached. */
  unreached: string[];
  /** Controls that Tab reached but that looked the same focused as not. */
  withoutVisibleFocus: string[];
  /** How many Tab presses one round of the page took. */
  stops: number;
};

const marker = 'data-keyboard-walk';

/**
 * Presses Tab through the whole page, as a keyboard user would, and reports the controls it
 * never reached and the ones that showed no visible change when focused (outline, shadow,
 * border or background on the control or the card around it). A radio group counts as
 * reached when one of its radios is (arrow keys move inside a group).
 */
export async function walkWithKeyboard(page: Page, maxStops = 400): Promise<KeyboardWalk> {
  // Functions sent to the page stay free of named inner functions: tsx would wrap those in a
  // helper the page does not have.
  const controls = await page.evaluate((attribute) => {
    const selector = [
      'a[href]',
      'button:not([disabled])',
      'input:not([disabled]):not([type="hidden"])',
      'select:not([disabled])',
      'textarea:not([disabled])',
      'summary',
      '[tabindex]:not([tabindex="-1"])',
    ].join(',');
    return [...document.querySelectorAll(selector)]
      .filter(
        (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden',
      )
      .map((el, index) => {
        el.setAttribute(attribute, String(index));
        const radio = el instanceof HTMLInputElement && el.type === 'radio' ? el.name : null;
        const name =
          el.getAttribute('aria-label') ??
          (el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : null) ??
          el.textContent;
        const text = name.trim().replace(/\s+/g, ' ').slice(0, 60);
        return {
          id: String(index),
          radioGroup: radio,
          label: `${el.tagName.toLowerCase()} "${text}"`,
        };
      });
  }, marker);

  /** How the control (the focused one when `target` is null) and the two boxes around it look. */
  const lookOf = (target: string | null) =>
    page.evaluate(
      ([attribute, id]) => {
        const el =
          id === null ? document.activeElement : document.querySelector(`[${attribute}="${id}"]`);
        if (!el || el === document.body) return null;
        const boxes: Element[] = [];
        for (let node: Element | null = el; node && boxes.length < 3; node = node.parentElement) {
          boxes.push(node);
        }
        const style = boxes
          .map((box) => {
            const s = getComputedStyle(box);
            const outline =
              s.outlineStyle === 'none' ? 'none' : `${s.outlineStyle} ${s.outlineWidth}`;
            return [outline, s.boxShadow, s.borderColor, s.backgroundColor].join('|');
          })
          .join(' / ');
        return { id: el.getAttribute(attribute), style };
      },
      [marker, target] as const,
    );
  const blur = () =>
    page.evaluate(() => {
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    });

  await blur();
  const reached = new Map<string, string>();
  let first: string | null = null;
  let stops = 0;
  for (; stops < maxStops; stops++) {
    await page.keyboard.press('Tab');
    const focused = await lookOf(null);
    if (!focused?.id) continue;
    if (focused.id === first) break;
    first ??= focused.id;
    // Date inputs take several Tab presses, one per part; the first one shows the focus.
    if (!reached.has(focused.id)) reached.set(focused.id, focused.style);
  }

  await blur();
  const withoutVisibleFocus: string[] = [];
  for (const [id, focusedStyle] of reached) {
    if ((await lookOf(id))?.style === focusedStyle) {
      withoutVisibleFocus.push(controls.find((c) => c.id === id)?.label ?? id);
    }
  }
  const reachedGroups = new Set(
    controls.filter((c) => reached.has(c.id) && c.radioGroup).map((c) => c.radioGroup),
  );
  const unreached = controls
    .filter((c) => !reached.has(c.id) && !(c.radioGroup && reachedGroups.has(c.radioGroup)))
    .map((c) => c.label);
  return { unreached, withoutVisibleFocus, stops };
}
