import { DataTable } from "@/components/ui/data-table";
import { copy } from "@/lib/copy/en";
import type { AmbitionScore, Distribution, DistributionChange, ReturnScore } from "@/lib/scoring";

const percent = (value: number) => value.toFixed(1);

type Row = { label: string; latest: Distribution; change: DistributionChange | null };

/**
 * Per ambition, the latest share of items at level 3 and above and, when there is an earlier
 * self-assessment, that one's share and the change. With a comparison, both shares are over the
 * compared items (all of them within one catalogue version), so the change is their difference.
 */
export function AmbitionChangeTable({
  score,
  changes,
  ambitionNames,
}: {
  score: ReturnScore;
  changes: { ambitions: ({ ambition: number } & DistributionChange)[]; overall: DistributionChange } | null;
  ambitionNames: ReadonlyMap<number, string>;
}) {
  const t = copy.dashboards;
  const rows: Row[] = [
    ...score.ambitions.map((ambition: AmbitionScore) => ({
      label: `${ambition.ambition} ${ambitionNames.get(ambition.ambition) ?? ""}`,
      latest: ambition,
      change: changes?.ambitions.find((entry) => entry.ambition === ambition.ambition) ?? null,
    })),
    { label: t.overallRow, latest: score.overall, change: changes?.overall ?? null },
  ];
  return (
    <DataTable
      caption={t.tableCaption}
      columns={[
        { label: t.columns.ambition },
        { label: t.columns.latest, numeric: true },
        { label: t.ratedColumn, numeric: true },
        ...(changes ? [{ label: t.columns.previous, numeric: true }, { label: t.columns.change, numeric: true }] : []),
      ]}
    >
      {rows.map((row) => (
        <tr key={row.label} className="nhsuk-table__row">
          <th scope="row" className="nhsuk-table__header">
            {row.label}
          </th>
          <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
            <strong>{percent(row.change ? row.change.after.level3Plus : row.latest.level3Plus)}</strong>
          </td>
          {/* The latest return's own count, whatever the comparison leaves out. */}
          <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{copy.completeness.ratedOf(row.latest.items - row.latest.notRated, row.latest.items)}</td>
          {row.change && (
            <>
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{percent(row.change.before.level3Plus)}</td>
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
                <span className="nhsuk-u-visually-hidden">{t.changeHidden(row.change.level3PlusChange)} </span>
                {t.change(row.change.level3PlusChange)}
              </td>
            </>
          )}
        </tr>
      ))}
    </DataTable>
  );
}
