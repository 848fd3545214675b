import type { Severity, Verdict } from '../../../../src/core/review/index.js';

// Small shapes beside the words, so verdict and severity never rest on colour alone.

const common = {
  width: 16,
  height: 16,
  viewBox: '0 0 16 16',
  'aria-hidden': true,
  focusable: false,
  className: 'review-icon',
} as const;

export function VerdictIcon({ verdict }: { verdict: Verdict }) {
  if (verdict === 'ready') {
    return (
      <svg {...common}>
        <circle cx="8" cy="8" r="7" fill="currentColor" />
        <path d="M4.6 8.3 7 10.6l4.4-5" fill="none" stroke="#fff" strokeWidth="1.8" />
      </svg>
    );
  }
  if (verdict === 'revise') {
    return (
      <svg {...common}>
        <circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <circle cx="8" cy="8" r="2.2" fill="currentColor" />
      </svg>
    );
  }
  // A pause: hold it, not throw it away.
  return (
    <svg {...common}>
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <rect x="5.2" y="4.5" width="1.9" height="7" rx="0.5" fill="#fff" />
      <rect x="8.9" y="4.5" width="1.9" height="7" rx="0.5" fill="#fff" />
    </svg>
  );
}

export function SeverityIcon({ severity }: { severity: Severity }) {
  if (severity === 'error') {
    return (
      <svg {...common}>
        <path d="M5 1h6l4 4v6l-4 4H5l-4-4V5z" fill="currentColor" />
        <rect x="7.1" y="3.8" width="1.8" height="5.4" rx="0.6" fill="#fff" />
        <circle cx="8" cy="11.6" r="1.1" fill="#fff" />
      </svg>
    );
  }
  if (severity === 'warning') {
    return (
      <svg {...common}>
        <path d="M8 1.2 15.2 14H.8z" fill="currentColor" />
        <rect x="7.15" y="5.4" width="1.7" height="4.6" rx="0.6" fill="#fff" />
        <circle cx="8" cy="11.9" r="1" fill="#fff" />
      </svg>
    );
  }
  return (
    <svg {...common}>
      <circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <rect x="7.2" y="7" width="1.6" height="4.6" rx="0.6" fill="currentColor" />
      <circle cx="8" cy="4.9" r="1" fill="currentColor" />
    </svg>
  );
}
