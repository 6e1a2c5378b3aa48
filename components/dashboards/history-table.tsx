import Link from "next/link";
import { IncompleteTag } from "@/components/returns/incomplete-tag";
import { StatusTag } from "@/components/returns/status-tag";
import { DataTable } from "@/components/ui/data-table";
import { copy } from "@/lib/copy/en";
import type { DashboardReturn } from "@/lib/dashboards/get-organisation-dashboard";
import { formatDate } from "@/lib/format/format-date";

/** Every published self-assessment of the organisation, newest first, with its overall figures. */
export function HistoryTable({ history }: { history: readonly DashboardReturn[] }) {
  const t = copy.dashboards;
  const c = t.historyColumns;
  return (
    <DataTable
      caption={t.historyCaption}
      columns={[{ label: c.title }, { label: c.submitted }, { label: c.status }, { label: c.overall, numeric: true }, { label: t.ratedColumn, numeric: true }, { label: c.band }]}
    >
      {history.map((entry) => (
        <tr key={entry.id} className="nhsuk-table__row">
          <th scope="row" className="nhsuk-table__header">
            <Link href={`/returns/${entry.id}`}>{entry.title}</Link>
          </th>
          <td className="nhsuk-table__cell">{formatDate(entry.submittedAt)}</td>
          <td className="nhsuk-table__cell">
            <StatusTag status={entry.status} /> <IncompleteTag notRated={entry.score.overall.notRated} items={entry.score.overall.items} />
          </td>
          <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{entry.score.overall.level3Plus.toFixed(1)}</td>
          <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
            {copy.completeness.ratedOf(entry.score.overall.items - entry.score.overall.notRated, entry.score.overall.items)}
          </td>
          <td className="nhsuk-table__cell">{entry.score.band ?? copy.returns.noBand}</td>
        </tr>
      ))}
    </DataTable>
  );
}
