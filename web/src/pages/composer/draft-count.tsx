/** Characters as the composer counts them: Unicode code points, as LinkedIn roughly does. */
export function countChars(text: string): number {
  return Array.from(text).length;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

const longEmailWords = 220;

type Props = { id: string; body: string; limit: number | null };

/**
 * A live count under the message: characters against LinkedIn's limit for a note, words
 * for an email. Going over is said plainly and calmly, in words, not only in colour.
 */
export function DraftCount({ id, body, limit }: Props) {
  if (limit !== null) {
    const chars = countChars(body);
    const over = chars - limit;
    return (
      <p
        id={id}
        className={`draft-count${over > 0 ? ' is-over' : ''}`}
        aria-live="polite"
        aria-atomic="true"
      >
        {chars} / {limit} characters
        {over > 0 && (
          <span className="draft-count-note">
            {' '}
            — {over} over LinkedIn’s limit. Shorten a sentence and it will fit.
          </span>
        )}
      </p>
    );
  }
  const words = countWords(body);
  return (
    <p id={id} className="draft-count" aria-live="polite" aria-atomic="true">
      {words} {words === 1 ? 'word' : 'words'}
      {words > longEmailWords && (
        <span className="draft-count-note">
          {' '}
          — a little long; a few short paragraphs are plenty.
        </span>
      )}
    </p>
  );
}
