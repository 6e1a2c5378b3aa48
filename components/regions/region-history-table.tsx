import Link from "next/link";
import { StatusTag } from "@/components/returns/status-tag";
import { DataTable } from "@/components/ui/data-table";
import { copy } from "@/lib/copy/en";
import { formatDate } from "@/lib/format/format-date";
import type { IcbHistory } from "@/lib/regions/list-region-history";

/** Each ICB's overall figure at each of its published self-assessments, oldest first: the chart's data table. */
export function RegionHistoryTable({ history }: { history: readonly IcbHistory[] }) {
  const t = copy.regions.history;
  return (
    <DataTable
      caption={t.caption}
      columns={[{ label: t.columns.icb }, { label: t.columns.return }, { label: t.columns.submitted }, { label: t.columns.rated, numeric: true }, { label: t.columns.overall, numeric: true }]}
    >
      {history.flatMap(({ icb, points }) =>
        points.map((point) => (
          <tr key={point.returnId} className="nhsuk-table__row">
            <th scope="row" className="nhsuk-table__header">
              {icb.name}
            </th>
            <td className="nhsuk-table__cell">
              <Link href={`/returns/${point.returnId}`}>{point.title}</Link> <StatusTag status={point.status} />
            </td>
            <td className="nhsuk-table__cell">{formatDate(point.submittedAt)}</td>
            <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{t.rated(point.rated, point.items)}</td>
            <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{point.level3Plus.toFixed(1)}</td>
          </tr>
        )),
      )}
    </DataTable>
  );
}
