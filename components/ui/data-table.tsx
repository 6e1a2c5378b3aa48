import type { ReactNode } from "react";
import { TableScroll } from "./table-scroll";

export type Column = { label: ReactNode; key?: string; numeric?: boolean };

/**
 * A design system table that scrolls sideways on small screens: its caption (also the scroll
 * region's name), a header row from `columns`, and the body rows given as children.
 */
export function DataTable({
  caption,
  captionHidden = false,
  columns,
  className,
  children,
}: {
  caption: string;
  /** For a table whose caption would only repeat the heading just above it. */
  captionHidden?: boolean;
  columns: readonly Column[];
  className?: string;
  children: ReactNode;
}) {
  return (
    <TableScroll label={caption}>
      <table className={`nhsuk-table${className ? ` ${className}` : ""}`}>
        <caption className={captionHidden ? "nhsuk-u-visually-hidden" : "nhsuk-table__caption nhsuk-table__caption--s"}>{caption}</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            {columns.map((column, index) => (
              <th
                key={column.key ?? (typeof column.label === "string" ? column.label : index)}
                scope="col"
                className={`nhsuk-table__header${column.numeric ? " nhsuk-table__header--numeric" : ""}`}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">{children}</tbody>
      </table>
    </TableScroll>
  );
}
