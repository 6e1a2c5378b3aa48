import { copy } from "@/lib/copy/en";
import type { Completeness } from "@/lib/scoring";

/**
 * How much of the return is rated, next to its figures: a warning for an incomplete return
 * (overall, then each ambition with items not yet rated), a plain line for a complete one.
 */
export function CompletenessNote({
  completeness,
  ambitionNames,
  headingLevel = 3,
}: {
  completeness: Completeness;
  ambitionNames: ReadonlyMap<number, string>;
  headingLevel?: 2 | 3;
}) {
  const t = copy.completeness;
  const { overall } = completeness;
  if (overall.complete) return <p className="nhsuk-inset-text app-completeness">{t.allRated(overall.items)}</p>;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const incomplete = completeness.ambitions.filter((ambition) => !ambition.complete);
  return (
    <div className="nhsuk-warning-callout app-completeness">
      <Heading className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          {t.incompleteHeading(overall.notRated, overall.items)}
        </span>
      </Heading>
      <p>{t.explain}</p>
      <p className="nhsuk-u-margin-bottom-2">{t.ambitionsIncomplete}</p>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {incomplete.map((ambition) => (
          <li key={ambition.ambition}>{t.ambitionLine(ambition.ambition, ambitionNames.get(ambition.ambition) ?? "", ambition.notRated, ambition.items)}</li>
        ))}
      </ul>
    </div>
  );
}
