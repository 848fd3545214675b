import type { SmartCheck } from '../insights/insights-api.js';

/** The five SMART letters, each met or missing with the reason in words. */
export function SmartLetters({ check }: { check: SmartCheck }) {
  return (
    <ul className="smart-letters" aria-label="SMART check">
      {check.letters.map((letter) => (
        <li
          key={letter.letter}
          className={`smart-letter ${letter.isMet ? 'is-met' : 'is-missing'}`}
        >
          <span className="smart-letter-mark" aria-hidden="true">
            {letter.letter}
          </span>
          <span>
            <strong>
              {letter.name}: {letter.isMet ? 'met' : 'missing'}
            </strong>
            <span className="smart-letter-why">{letter.why}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

/** One line for the live region: what is still missing, or that all five are met. */
export function smartSummary(check: SmartCheck): string {
  if (check.missing.length === 0) return 'All five SMART letters are met.';
  const names = check.letters.filter((l) => !l.isMet).map((l) => l.name.toLowerCase());
  return `Still missing: ${names.join(', ')}.`;
}
