import { TableScroll } from "@/components/ui/table-scroll";
import { copy } from "@/lib/copy/en";
import type { MatrixCell, MatrixItem } from "@/lib/regions/build-item-matrix";

function cellText(cell: MatrixCell): string {
  const t = copy.regions.cell;
  switch (cell.kind) {
    case "level":
      return t.level(cell.level);
    case "not-rated":
      return t.notRated;
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
  return (
    <TableScroll label={caption}>
      <table className="nhsuk-table app-matrix">
        <caption className="nhsuk-u-visually-hidden">{caption}</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">
              {t.matrixColumns.item}
            </th>
            {icbs.map((icb) => (
              <th key={icb.id} scope="col" className="nhsuk-table__header">
                {icb.name}
              </th>
            ))}
            <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
              {t.matrixColumns.atLevel3Plus}
            </th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
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
        </tbody>
      </table>
    </TableScroll>
  );
}
