import { LevelStackChart, type LevelStackRow } from "@/components/charts/level-stack-chart";
import { DataTable, type Column } from "@/components/ui/data-table";
import { copy } from "@/lib/copy/en";
import type { Distribution, ReturnScore } from "@/lib/scoring";

const LEVELS = [0, 1, 2, 3, 4, 5] as const;

/**
 * Each ambition's items over the levels: a stacked bar chart (the items not yet rated as the
 * white remainder) and its data table of counts, with how many items each ambition has rated.
 */
export function LevelDistribution({ score, ambitionNames }: { score: ReturnScore; ambitionNames: ReadonlyMap<number, string> }) {
  const t = copy.completeness;
  const groups: { label: string; distribution: Distribution }[] = [
    ...score.ambitions.map((ambition) => ({ label: `${ambition.ambition} ${ambitionNames.get(ambition.ambition) ?? ""}`, distribution: ambition as Distribution })),
    { label: copy.returns.overallRow, distribution: score.overall },
  ];
  const rows: LevelStackRow[] = groups.map(({ label, distribution }) => ({ name: label, counts: distribution.counts, notRated: distribution.notRated }));
  const columns: Column[] = [
    { label: t.distributionColumns.ambition },
    ...LEVELS.map((level) => ({ label: t.distributionColumns.level(level), numeric: true })),
    { label: t.distributionColumns.notRated, numeric: true },
    { label: t.distributionColumns.rated, numeric: true },
  ];
  return (
    <>
      <LevelStackChart
        heading={t.distributionHeading}
        label={t.distributionLabel}
        legend={{ levels: LEVELS.map((level) => t.distributionColumns.level(level)), notRated: t.notRatedLegend }}
        rows={rows}
      />
      <DataTable caption={t.distributionCaption} columns={columns}>
        {groups.map(({ label, distribution }) => (
          <tr key={label} className="nhsuk-table__row">
            <th scope="row" className="nhsuk-table__header">
              {label}
            </th>
            {LEVELS.map((level) => (
              <td key={level} className="nhsuk-table__cell nhsuk-table__cell--numeric">
                {distribution.counts[level]}
              </td>
            ))}
            <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{distribution.notRated}</td>
            <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{t.ratedOf(distribution.items - distribution.notRated, distribution.items)}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
