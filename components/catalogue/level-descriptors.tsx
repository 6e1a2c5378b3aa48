import { copy } from "@/lib/copy/en";

export function LevelDescriptors({ levels }: { levels: { level: number; descriptor: string }[] }) {
  return (
    <table className="nhsuk-table app-levels">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{copy.catalogue.levelsHeading}</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">
            {copy.catalogue.levelColumn}
          </th>
          <th scope="col" className="nhsuk-table__header">
            {copy.catalogue.descriptorColumn}
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {levels.map((level) => (
          <tr key={level.level} className="nhsuk-table__row">
            <th scope="row" className="nhsuk-table__header app-levels__level">
              {copy.catalogue.levelName(level.level)}
            </th>
            <td className="nhsuk-table__cell">{level.descriptor}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
