import { stageLabels, stages } from '../../../../src/core/stages.js';
import type { Application } from '../../api.js';
import { ApplicationCard } from './application-card.js';

export function ApplicationList({ applications }: { applications: Application[] }) {
  return (
    <ul
      className={
        applications.some((application) => application.filedAt !== null)
          ? 'app-list app-list-with-filed'
          : 'app-list'
      }
      aria-label="Applications"
    >
      {applications.map((application) => (
        <li key={application.id}>
          <ApplicationCard application={application} isStageShown headingLevel={2} />
        </li>
      ))}
    </ul>
  );
}

/** One column per stage, in the order an application moves through them. */
export function ApplicationBoard({ applications }: { applications: Application[] }) {
  return (
    <div className="board">
      {stages.map((stage) => {
        const inStage = applications.filter((application) => application.stage === stage);
        const headingId = `board-${stage}`;
        return (
          <section key={stage} className="board-column" aria-labelledby={headingId}>
            <h2 id={headingId} className="board-column-title">
              {stageLabels[stage]}
              <span className="board-count">
                <span className="visually-hidden">: </span>
                {inStage.length}
              </span>
            </h2>
            {inStage.length > 0 ? (
              <ul className="board-list">
                {inStage.map((application) => (
                  <li key={application.id}>
                    <ApplicationCard
                      application={application}
                      isStageShown={false}
                      headingLevel={3}
                    />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="board-empty">None at this stage.</p>
            )}
          </section>
        );
      })}
    </div>
  );
}
