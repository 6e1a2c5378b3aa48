import type { ReactNode } from "react";
import { StatusTag } from "@/components/returns/status-tag";
import { copy } from "@/lib/copy/en";
import type { BoardPaperPeople } from "@/lib/dashboards/get-board-paper-header";
import { formatDate } from "@/lib/format/format-date";
import type { ReturnStatus } from "@/lib/policy/policy";
import { PrintedOn } from "./printed-on";

type Props = {
  organisation: string;
  title: string;
  status: ReturnStatus;
  submittedAt: Date;
  signedOffAt: Date | null;
  people: BoardPaperPeople;
  /** Items with a level, out of every item of the catalogue version. */
  rated: number;
  items: number;
};

/**
 * The board paper's front matter, printed only (the screen shows the same facts in the
 * headline): which organisation and return, its status, who submitted and signed it off and
 * when, how complete it is, and when it was printed.
 */
export function BoardPaperHeader({ organisation, title, status, submittedAt, signedOffAt, people, rated, items }: Props) {
  const t = copy.dashboards.boardPaper;
  const rows: [string, ReactNode][] = [
    [t.organisation, organisation],
    [t.selfAssessment, title],
    [t.status, <StatusTag key="status" status={status} />],
    [t.submitted, t.byWhen(formatDate(submittedAt), people.submittedBy)],
    [t.signedOff, signedOffAt ? t.byWhen(formatDate(signedOffAt), people.signedOffBy) : t.notSignedOff],
    [t.completeness, t.completenessLine(rated, items)],
    [t.printed, <PrintedOn key="printed" served={formatDate(new Date())} />],
  ];
  return (
    <section className="app-print-only app-board-paper-header" aria-label={t.label}>
      <dl className="nhsuk-summary-list">
        {rows.map(([key, value]) => (
          <div className="nhsuk-summary-list__row" key={key}>
            <dt className="nhsuk-summary-list__key">{key}</dt>
            <dd className="nhsuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
