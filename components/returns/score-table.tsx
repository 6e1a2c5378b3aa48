import { TableScroll } from "@/components/ui/table-scroll";
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
  return (
    <TableScroll label={t.summaryCaption}>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">{t.summaryCaption}</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">
              {t.summaryColumns.ambition}
            </th>
            {LEVELS.map((level) => (
              <th key={level} scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
                {t.summaryColumns.level(level)} %
              </th>
            ))}
            <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
              {t.summaryColumns.level3Plus} %
            </th>
            <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
              {t.summaryColumns.notRated}
            </th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {score.ambitions.map((ambition) => (
            <Row key={ambition.ambition} label={`${ambition.ambition} ${ambitionNames.get(ambition.ambition) ?? ""}`} distribution={ambition} />
          ))}
          <Row label={t.overallRow} distribution={score.overall} />
        </tbody>
      </table>
    </TableScroll>
  );
}
