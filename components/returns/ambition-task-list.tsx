import Link from "next/link";
import { autosaveCopy } from "@/lib/copy/autosave";
import { copy } from "@/lib/copy/en";
import { ambitionHref } from "@/lib/returns/item-href";

export interface AmbitionTask {
  readonly number: number;
  readonly name: string;
  readonly rated: number;
  readonly total: number;
}

/**
 * The return's ambitions as the design system's task list: each links to its page, with how
 * many of its items are rated and a status (Not started, In progress, Completed).
 */
export function AmbitionTaskList({ returnId, ambitions }: { returnId: string; ambitions: readonly AmbitionTask[] }) {
  const s = autosaveCopy.ambitionStatus;
  return (
    <ul className="nhsuk-task-list">
      {ambitions.map((ambition) => {
        const id = `ambition-${ambition.number}`;
        const status = ambition.rated === 0 ? "notStarted" : ambition.rated >= ambition.total ? "completed" : "inProgress";
        return (
          <li key={ambition.number} className="nhsuk-task-list__item nhsuk-task-list__item--with-link">
            <div className="nhsuk-task-list__name-and-hint">
              <Link className="nhsuk-task-list__link nhsuk-link" href={ambitionHref(returnId, ambition.number)} aria-describedby={`${id}-hint ${id}-status`}>
                {copy.returns.ambitionLink(ambition.number, ambition.name)}
              </Link>
              <div className="nhsuk-task-list__hint" id={`${id}-hint`}>
                {copy.returns.ambitionProgress(ambition.rated, ambition.total)}
              </div>
            </div>
            <div className="nhsuk-task-list__status" id={`${id}-status`}>
              {status === "completed" ? (
                <strong className="nhsuk-tag nhsuk-tag--no-colour nhsuk-tag--no-border nhsuk-u-font-weight-normal">{s.completed}</strong>
              ) : (
                <strong className={`nhsuk-tag ${status === "inProgress" ? "nhsuk-tag--blue" : "nhsuk-tag--grey"}`}>{s[status]}</strong>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
