import { stageLabels } from '../../../../src/core/stages.js';
import type { Rejection } from '../../api.js';
import { firstLines, formatTime } from '../../format.js';

export function RejectionsSection({ rejections }: { rejections: Rejection[] }) {
  return (
    <section className="panel" aria-labelledby="rejections-title">
      <h2 id="rejections-title">Rejections</h2>
      {rejections.length === 0 ? (
        <p className="quiet">No rejection logged for this application.</p>
      ) : (
        <ul className="rejection-list" aria-labelledby="rejections-title">
          {rejections.map((rejection) => (
            <li key={rejection.id} className="rejection">
              <p className="rejection-meta">
                <span>
                  Received{' '}
                  <time dateTime={rejection.receivedAt}>{formatTime(rejection.receivedAt)}</time>
                </span>
                <span>After the {stageLabels[rejection.stageAtRejection].toLowerCase()} stage</span>
                {rejection.sender && <span>From {rejection.sender}</span>}
              </p>
              <p className="rejection-excerpt">{firstLines(rejection.rawText)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
