import Link from "next/link";
import { copy } from "@/lib/copy/en";
import { formatDate } from "@/lib/format/format-date";

export interface FrontSheet {
  completedBy: string;
  versionNote: string;
  completionDate: Date | null;
  livedExperience: string;
}

type Props = {
  sheet: FrontSheet;
  /** Where each field is changed (the details form), or null where it cannot be changed. */
  changeHref: string | null;
  /** Extra rows after the fields (submitted, signed off). */
  extra?: readonly { label: string; value: string }[];
};

/** The front sheet's fields in the design system's summary list, empty ones said to be empty. */
export function FrontSheetList({ sheet, changeHref, extra = [] }: Props) {
  const d = copy.returns.details;
  const t = copy.handIn;
  const rows: { key: string; label: string; value: string | null }[] = [
    { key: "completedBy", label: d.completedBy, value: sheet.completedBy || null },
    { key: "versionNote", label: d.versionNote, value: sheet.versionNote || null },
    { key: "completionDate", label: d.completionDate, value: sheet.completionDate ? formatDate(sheet.completionDate) : null },
    { key: "livedExperience", label: d.livedExperience, value: sheet.livedExperience || null },
  ];
  return (
    <dl className="nhsuk-summary-list">
      {rows.map((row) => (
        <div className="nhsuk-summary-list__row" key={row.key}>
          <dt className="nhsuk-summary-list__key">{row.label}</dt>
          <dd className="nhsuk-summary-list__value">
            {row.value === null ? <strong className="nhsuk-tag nhsuk-tag--orange">{t.emptyField}</strong> : <span className="app-answer-text">{row.value}</span>}
          </dd>
          {changeHref && (
            <dd className="nhsuk-summary-list__actions">
              <Link href={changeHref}>
                {t.changeLink}
                <span className="nhsuk-u-visually-hidden"> {row.label.toLowerCase()}</span>
              </Link>
            </dd>
          )}
        </div>
      ))}
      {extra.map((row) => (
        <div className="nhsuk-summary-list__row" key={row.label}>
          <dt className="nhsuk-summary-list__key">{row.label}</dt>
          <dd className="nhsuk-summary-list__value">{row.value}</dd>
          {changeHref && <dd className="nhsuk-summary-list__actions" />}
        </div>
      ))}
    </dl>
  );
}
