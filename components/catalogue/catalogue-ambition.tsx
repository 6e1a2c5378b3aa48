import type { CatalogueItemView, CatalogueVersionView } from "@/lib/catalogue/get-catalogue-version";
import { copy } from "@/lib/copy/en";

type Ambition = CatalogueVersionView["ambitions"][number];

function Item({ item }: { item: CatalogueItemView }) {
  return (
    <li className="app-catalogue-item">
      <span className="app-catalogue-item__number">{item.number ?? ""}</span>
      <span className="app-catalogue-item__text">{item.text}</span>
    </li>
  );
}

export function CatalogueAmbition({ ambition }: { ambition: Ambition }) {
  const headingId = `ambition-${ambition.number}`;
  return (
    <section className="app-catalogue-ambition" aria-labelledby={headingId}>
      <h2 id={headingId}>{copy.catalogue.ambitionHeading(ambition.number, ambition.name)}</h2>
      <div className="nhsuk-inset-text">
        <p>{ambition.statement}</p>
      </div>
      <p className="nhsuk-body-s">{copy.catalogue.ratedCount(ambition.ratedItems)}</p>
      {ambition.sections.map((section) => (
        <section key={section.number} aria-labelledby={`section-${section.number}`}>
          <h3 id={`section-${section.number}`}>
            {section.number} {section.title}
          </h3>
          <ul className="app-catalogue-items" role="list">
            {section.nodes.map((node) =>
              node.kind === "stem" ? (
                <li key={node.key} className="app-catalogue-stem">
                  <p className="app-catalogue-item">
                    <span className="app-catalogue-item__number">{node.number ?? ""}</span>
                    <span className="app-catalogue-item__text">
                      {node.text}{" "}
                      <strong className="nhsuk-tag nhsuk-tag--grey app-catalogue-stem__tag">{copy.catalogue.stemTag}</strong>
                      <span className="nhsuk-u-visually-hidden"> {copy.catalogue.stemExplanation}</span>
                    </span>
                  </p>
                  <ul className="app-catalogue-items app-catalogue-items--children" role="list">
                    {node.children.map((child) => (
                      <Item key={child.key} item={child} />
                    ))}
                  </ul>
                </li>
              ) : (
                <Item key={node.key} item={node} />
              ),
            )}
          </ul>
        </section>
      ))}
    </section>
  );
}
