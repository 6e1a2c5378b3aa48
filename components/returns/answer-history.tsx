import { copy } from "@/lib/copy/en";
import { formatDateTime } from "@/lib/format/format-date-time";
import type { AnswerRevisionView } from "@/lib/returns/list-answer-revisions";

/** The versions of an answer before the current one, newest first, folded away in a details. */
export function AnswerHistory({ revisions }: { revisions: readonly AnswerRevisionView[] }) {
  const earlier = revisions.slice(1);
  if (earlier.length === 0) return null;
  const t = copy.returns;
  return (
    <details className="nhsuk-details">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">{t.history.summary(earlier.length)}</span>
      </summary>
      <div className="nhsuk-details__text">
        <ol className="app-answers" reversed>
          {earlier.map((revision) => (
            <li key={revision.revision} className="app-answer-revision">
              <h2 className="nhsuk-heading-xs">
                {t.history.version(revision.revision, formatDateTime(revision.savedAt), revision.savedByName ?? t.history.someone)}
                {revision.note && ` (${revision.note})`}
              </h2>
              <dl className="nhsuk-summary-list">
                <div className="nhsuk-summary-list__row">
                  <dt className="nhsuk-summary-list__key">{t.history.level}</dt>
                  <dd className="nhsuk-summary-list__value">{revision.level === null ? t.notRated : t.levelValue(revision.level)}</dd>
                </div>
                <div className="nhsuk-summary-list__row">
                  <dt className="nhsuk-summary-list__key">{t.evidenceHeading}</dt>
                  <dd className="nhsuk-summary-list__value app-answer-text">{revision.evidence || t.noText}</dd>
                </div>
                <div className="nhsuk-summary-list__row">
                  <dt className="nhsuk-summary-list__key">{t.gapsHeading}</dt>
                  <dd className="nhsuk-summary-list__value app-answer-text">{revision.gaps || t.noText}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ol>
      </div>
    </details>
  );
}
