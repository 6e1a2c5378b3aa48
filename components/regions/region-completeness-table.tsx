import { IncompleteTag } from "@/components/returns/incomplete-tag";
import { DataTable, type Column } from "@/components/ui/data-table";
import { copy } from "@/lib/copy/en";
import type { RegionSummary } from "@/lib/regions/summarise-region";

/** How many items each ICB's latest published return rates, per ambition, and how many it leaves unrated. */
export function RegionCompletenessTable({ summary }: { summary: RegionSummary }) {
  const t = copy.completeness;
  const withReturn = summary.icbs.filter((entry) => entry.completeness !== null);
  if (withReturn.length === 0) return null;
  const columns: Column[] = [
    { label: t.regionColumns.icb },
    ...summary.ambitions.map((ambition) => ({ label: t.regionColumns.ambition(ambition.number), numeric: true })),
    { label: t.regionColumns.notRated, numeric: true },
  ];
  return (
    <DataTable caption={t.regionCaption} className="app-region-table" columns={columns}>
      {withReturn.map(({ icb, completeness }) => (
        <tr key={icb.id} className="nhsuk-table__row">
          <th scope="row" className="nhsuk-table__header">
            {icb.name} <IncompleteTag notRated={completeness!.overall.notRated} items={completeness!.overall.items} />
          </th>
          {summary.ambitions.map((ambition) => {
            const own = completeness!.ambitions.find((entry) => entry.ambition === ambition.number);
            return (
              <td key={ambition.number} className="nhsuk-table__cell nhsuk-table__cell--numeric">
                {own ? t.ratedOf(own.rated, own.items) : ""}
              </td>
            );
          })}
          <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{t.notRatedLine(completeness!.overall.notRated, completeness!.overall.items)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
