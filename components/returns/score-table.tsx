import { DataTable, type Column } from "@/components/ui/data-table";
import { copy } from "@/lib/copy/en";
import type { Distribution, ReturnScore } from "@/lib/scoring";

const percent = (value: number) => value.toFixed(1);
const LEVELS = [0, 1, 2, 3, 4, 5] as const;

function Row({ label, distribution }: { label: string; distribution: Distribution }) {
  return (
    <tr className="nhsuk-table__row">
      <th scope="row" className="nhsuk-table__header">
        {label}
      </th>
      {LEVELS.map((level) => (
        <td key={level} className="nhsuk-table__cell nhsuk-table__cell--numeric">
          {percent(distribution.shares[level])}
        </td>
      ))}
      <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
        <strong>{percent(distribution.level3Plus)}</strong>
      </td>
      <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
        {distribution.notRated} / {distribution.items}
      </td>
    </tr>
  );
}

/** The regional tool's front-sheet summary: per ambition, % of its items at each level and at 3+. */
export function ScoreTable({ score, ambitionNames }: { score: ReturnScore; ambitionNames: ReadonlyMap<number, string> }) {
  const t = copy.returns;
  const columns: Column[] = [
    { label: t.summaryColumns.ambition },
    ...LEVELS.map((level) => ({ label: `${t.summaryColumns.level(level)} %`, numeric: true })),
    { label: `${t.summaryColumns.level3Plus} %`, numeric: true },
    { label: t.summaryColumns.notRated, numeric: true },
  ];
  return (
    <DataTable caption={t.summaryCaption} columns={columns}>
      {score.ambitions.map((ambition) => (
        <Row key={ambition.ambition} label={`${ambition.ambition} ${ambitionNames.get(ambition.ambition) ?? ""}`} distribution={ambition} />
      ))}
      <Row label={t.overallRow} distribution={score.overall} />
    </DataTable>
  );
}
