import { copy } from "@/lib/copy/en";

/** What the headline band's rule is (lib/scoring/band.ts), where a band is shown. */
export function BandRule() {
  const t = copy.completeness;
  return (
    <details className="nhsuk-details app-band-rule">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">{t.bandRuleSummary}</span>
      </summary>
      <div className="nhsuk-details__text">
        {t.bandRule.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </div>
    </details>
  );
}
