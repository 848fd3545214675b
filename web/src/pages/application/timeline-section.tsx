import type { TimelineEntry } from '../../api.js';
import { formatTime } from '../../format.js';

export function TimelineSection({ timeline }: { timeline: TimelineEntry[] }) {
  return (
    <section className="panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      <ol className="timeline" aria-label="Timeline">
        {timeline.map((entry) => (
          <li key={entry.id} className={`timeline-entry timeline-${entry.type}`}>
            <span className="timeline-dot" aria-hidden="true" />
            <p className="timeline-text">{entry.description}</p>
            <time className="timeline-time" dateTime={entry.at}>
              {formatTime(entry.at)}
            </time>
          </li>
        ))}
      </ol>
    </section>
  );
}
