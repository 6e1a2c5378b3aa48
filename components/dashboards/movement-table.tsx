import { DataTable } from "@/components/ui/data-table";
import { copy } from "@/lib/copy/en";
import { totalMovements, type MovementCounts } from "@/lib/scoring";

const ORDER = ["up", "down", "same", "newlyRated", "noLongerRated", "stillNotRated"] as const satisfies readonly (keyof MovementCounts)[];

/** What happened to every compared item, so the rows add up to all of them. */
export function MovementTable({ movements }: { movements: MovementCounts }) {
  const t = copy.dashboards;
  const total = totalMovements(movements);
  return (
    <DataTable caption={t.movementsCaption(total)} columns={[{ label: t.movementColumns.movement }, { label: t.movementColumns.items, numeric: true }]}>
      {ORDER.map((key) => (
        <tr key={key} className="nhsuk-table__row">
          <th scope="row" className="nhsuk-table__header">
            {t.movementLabels[key]}
          </th>
          <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{movements[key]}</td>
        </tr>
      ))}
      <tr className="nhsuk-table__row app-region-table__total">
        <th scope="row" className="nhsuk-table__header">
          {t.movementTotal}
        </th>
        <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{total}</td>
      </tr>
    </DataTable>
  );
}
