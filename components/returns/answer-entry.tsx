import Link from "next/link";
import type { CatalogueItemView } from "@/lib/catalogue/get-catalogue-version";
import { LevelTag } from "@/components/returns/level-tag";
import { copy } from "@/lib/copy/en";
import { formatDateTime } from "@/lib/format/format-date-time";
import type { AnswerView } from "@/lib/returns/get-return";

type Props = {
  item: CatalogueItemView;
  answer: AnswerView | undefined;
  /** Where to edit it, when the viewer may. */
  editHref: string | null;
  /** Where to assign it, when the viewer may. */
  assignHref: string | null;
  assigneeNames: readonly string[];
  /** h3 for an item of its section, h4 under a stem: headings stay in order. */
  headingLevel?: 3 | 4;
};

/** One item of a return as read on its ambition's page: its wording, level, evidence and gaps. */
export function AnswerEntry({ item, answer, editHref, assignHref, assigneeNames, headingLevel = 4 }: Props) {
  const t = copy.returns;
  const level = answer?.level ?? null;
  const Heading = headingLevel === 3 ? "h3" : "h4";
  // An empty item says so once rather than repeating both questions with nothing under them.
  const empty = !answer?.evidence && !answer?.gaps;
  return (
    <li className="app-answer" id={`item-${item.key}`}>
      <Heading className="app-answer__heading">
        <span className="app-catalogue-item__number">{item.number ?? ""}</span> {item.text}
      </Heading>
      <p>
        <LevelTag level={level} />
      </p>
      {empty ? (
        <p className="nhsuk-body-s">{t.noText}</p>
      ) : (
        <dl className="nhsuk-summary-list app-answer__texts">
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">{t.evidenceHeading}</dt>
            <dd className="nhsuk-summary-list__value app-answer-text">{answer?.evidence || t.noText}</dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">{t.gapsHeading}</dt>
            <dd className="nhsuk-summary-list__value app-answer-text">{answer?.gaps || t.noText}</dd>
          </div>
        </dl>
      )}
      {assigneeNames.length > 0 && <p className="nhsuk-body-s">{t.assignedTo(assigneeNames.join(", "))}</p>}
      {answer?.updatedByName && <p className="nhsuk-body-s">{t.lastSaved(formatDateTime(answer.updatedAt), answer.updatedByName)}</p>}
      {(editHref || assignHref) && (
        <ul className="app-answer__actions app-no-print">
          {editHref && (
            <li>
              <Link href={editHref}>
                {answer ? t.changeLink : t.rateLink}
                <span className="nhsuk-u-visually-hidden">{t.itemLinkHidden(item.number ?? item.key)}</span>
              </Link>
            </li>
          )}
          {assignHref && (
            <li>
              <Link href={assignHref}>
                {t.assignLink}
                <span className="nhsuk-u-visually-hidden">{t.itemLinkHidden(item.number ?? item.key)}</span>
              </Link>
            </li>
          )}
        </ul>
      )}
    </li>
  );
}
