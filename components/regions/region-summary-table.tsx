import Link from "next/link";
import { IncompleteTag } from "@/components/returns/incomplete-tag";
import { StatusTag } from "@/components/returns/status-tag";
import { DataTable, type Column } from "@/components/ui/data-table";
import { copy } from "@/lib/copy/en";
import { formatDate } from "@/lib/format/format-date";
import type { RegionSummary } from "@/lib/regions/summarise-region";

const percent = (value: number) => value.toFixed(1);

/** Each ICB's "% at level 3 and above" per ambition and overall, then the region taken as one. */
export function RegionSummaryTable({ summary }: { summary: RegionSummary }) {
  const t = copy.regions;
  const columns: Column[] = [
    { label: t.columns.icb },
    ...summary.ambitions.map((ambition) => ({ label: t.columns.ambition(ambition.number), numeric: true })),
    { label: t.columns.overall, numeric: true },
    { label: t.itemsRatedColumn, numeric: true },
    { label: t.columns.band },
  ];
  return (
    <DataTable caption={t.summaryCaption} className="app-region-table" columns={columns}>
      {summary.icbs.map(({ icb, latest, level3Plus, overall, band }) => (
        <tr key={icb.id} className="nhsuk-table__row">
          <th scope="row" className="nhsuk-table__header">
            {latest ? (
              <>
                <Link href={`/returns/${latest.id}`}>
                  {icb.name}
                  <span className="nhsuk-u-visually-hidden">: {latest.title}</span>
                </Link>
                <span className="app-region-table__status">
                  <StatusTag status={latest.status} /> <span className="nhsuk-body-s">
                    <span className="nhsuk-u-visually-hidden">{t.submittedOn} </span>
                    {formatDate(latest.submittedAt)}
                  </span>
                  {overall && overall.notRated > 0 && (
                    <>
                      {" "}
                      <IncompleteTag notRated={overall.notRated} items={overall.items} />
                    </>
                  )}
                </span>
              </>
            ) : (
              icb.name
            )}
          </th>
          {latest && overall ? (
            <>
              {summary.ambitions.map((ambition) => (
                <td key={ambition.number} className="nhsuk-table__cell nhsuk-table__cell--numeric">
                  {percent(level3Plus.get(ambition.number) ?? 0)}
                </td>
              ))}
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
                <strong>{percent(overall.level3Plus)}</strong>
              </td>
              {/* Rated = items with a level. */}
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{t.itemsRated(overall.items - overall.notRated, overall.items)}</td>
              <td className="nhsuk-table__cell">{band ?? copy.returns.noBand}</td>
            </>
          ) : (
            <td className="nhsuk-table__cell" colSpan={columns.length - 1}>
              {t.noReturn}
            </td>
          )}
        </tr>
      ))}
      {summary.pooled.overall.pooled > 0 && (
        <tr className="nhsuk-table__row app-region-table__total">
          <th scope="row" className="nhsuk-table__header">
            {t.regionRow(summary.pooled.overall.pooled)}
          </th>
          {summary.ambitions.map((ambition) => (
            <td key={ambition.number} className="nhsuk-table__cell nhsuk-table__cell--numeric">
              {percent(summary.pooled.ambitions.get(ambition.number)?.level3Plus ?? 0)}
            </td>
          ))}
          <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
            <strong>{percent(summary.pooled.overall.level3Plus)}</strong>
          </td>
          <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
            {t.itemsRated(summary.pooled.overall.items - summary.pooled.overall.notRated, summary.pooled.overall.items)}
          </td>
          <td className="nhsuk-table__cell">{summary.pooled.overall.band ?? copy.returns.noBand}</td>
        </tr>
      )}
    </DataTable>
  );
}
