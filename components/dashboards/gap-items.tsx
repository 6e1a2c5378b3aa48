import { LevelTag } from "@/components/returns/level-tag";
import { copy } from "@/lib/copy/en";
import type { OrganisationDashboard } from "@/lib/dashboards/get-organisation-dashboard";

/** The latest self-assessment's items below level 3, per ambition, with the gaps written for each. */
export function GapItems({ gaps }: { gaps: OrganisationDashboard["gaps"] }) {
  const t = copy.dashboards;
  const withItems = gaps.filter((ambition) => ambition.items.length > 0);
  if (withItems.length === 0) return <p>{t.gapsNone}</p>;
  return (
    <>
      {withItems.map((ambition) => (
        <section key={ambition.ambition} aria-labelledby={`gaps-${ambition.ambition}`}>
          <h3 id={`gaps-${ambition.ambition}`}>{copy.returns.ambitionLink(ambition.ambition, ambition.name)}</h3>
          <ul className="app-gap-items">
            {ambition.items.map((item) => (
              <li key={item.key} className="app-gap-item">
                <p className="nhsuk-u-margin-bottom-2">
                  <LevelTag level={item.level} />{" "}
                  {item.stem && <span className="app-gap-item__stem">{item.stem} </span>}
                  {item.number && <strong>{item.number} </strong>}
                  {item.text}
                </p>
                <p className="app-answer-text nhsuk-body-s">{item.gaps || t.noGapsText}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
