import type { ReactNode } from "react";
import { LevelTag } from "@/components/returns/level-tag";
import { DataTable, type Column } from "@/components/ui/data-table";
import { copy } from "@/lib/copy/en";
import type { MatrixCell, MatrixItem } from "@/lib/regions/build-item-matrix";

function cellText(cell: MatrixCell): ReactNode {
  const t = copy.regions.cell;
  switch (cell.kind) {
    case "level":
      return <LevelTag level={cell.level} />;
    case "not-rated":
      return <LevelTag level={null} notRatedText={t.notRated} />;
    case "not-comparable":
      return t.notComparable;
  }
}

/** One section's items against the region's ICBs: the level each gave, and how many are at 3+. */
export function ItemMatrixTable({
  caption,
  icbs,
  items,
}: {
  caption: string;
  icbs: readonly { id: string; name: string }[];
  items: readonly MatrixItem[];
}) {
  const t = copy.regions;
  const columns: Column[] = [
    { label: t.matrixColumns.item },
    ...icbs.map((icb) => ({ label: icb.name, key: icb.id })),
    { label: t.matrixColumns.atLevel3Plus, numeric: true },
  ];
  return (
    <DataTable caption={caption} captionHidden className="app-matrix" columns={columns}>
      {items.map((item) => (
        <tr key={item.key} className="nhsuk-table__row">
          <th scope="row" className="nhsuk-table__header app-matrix__item">
            {item.stem && <span className="nhsuk-body-s app-matrix__stem">{item.stem} </span>}
            {item.number && <span className="app-matrix__number">{item.number} </span>}
            <span className="app-matrix__text">{item.text}</span>
          </th>
          {item.cells.map((cell, index) => (
            <td key={icbs[index]!.id} className="nhsuk-table__cell">
              {cellText(cell)}
            </td>
          ))}
          <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{t.atLevel3Plus(item.atLevel3Plus, item.rated)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
