import { IncompleteTag } from "@/components/returns/incomplete-tag";
import { DataTable } from "@/components/ui/data-table";
import { copy } from "@/lib/copy/en";
import type { ItemMatrix } from "@/lib/regions/build-item-matrix";

/** Per ICB in the matrix: how many of this ambition's items it rated, and how many of all its items are not rated. */
export function ItemMatrixCompleteness({ matrix }: { matrix: ItemMatrix }) {
  const t = copy.completeness;
  return (
    <DataTable
      caption={t.regionAmbitionCaption(matrix.ambition.number)}
      columns={[{ label: t.regionAmbitionColumns.icb }, { label: t.regionAmbitionColumns.rated, numeric: true }, { label: t.regionAmbitionColumns.all, numeric: true }]}
    >
      {matrix.icbs.map((icb, index) => {
        const own = matrix.completeness[index]!;
        return (
          <tr key={icb.id} className="nhsuk-table__row">
            <th scope="row" className="nhsuk-table__header">
              {icb.name} <IncompleteTag notRated={own.notRatedOverall} items={own.itemsOverall} />
            </th>
            <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{t.ratedOf(own.rated, own.items)}</td>
            <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{t.notRatedLine(own.notRatedOverall, own.itemsOverall)}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
