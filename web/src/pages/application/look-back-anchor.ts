/** The look-back section's anchor: the plan's look-back step and the Today page link to it. */
export const lookBackAnchor = 'look-back';

/**
 * Moves focus to the look-back's heading and brings it into view, so keyboard and screen
 * reader users land where a sighted user looks. The address keeps the anchor for a reload.
 */
export function goToLookBack(): boolean {
  const heading = document.getElementById(`${lookBackAnchor}-title`);
  if (!heading) return false;
  if (window.location.hash !== `#${lookBackAnchor}`) {
    window.history.replaceState(window.history.state, '', `#${lookBackAnchor}`);
  }
  heading.focus({ preventScroll: true });
  // The whole panel in view, from its top edge, not the heading cut at the window's edge.
  (heading.closest('section') ?? heading).scrollIntoView({ block: 'start' });
  return true;
}

export function isLookBackInAddress(): boolean {
  return window.location.hash === `#${lookBackAnchor}`;
}
