import Link from "next/link";
import type { ReactNode } from "react";
import { copy } from "@/lib/copy/en";
import type { IcbNode, LocalOrganisationNode, RegionNode } from "@/lib/organisations/list-organisations";

/** Action links read out of context ("Rename" alone is ambiguous): the hidden part names the organisation. */
function ActionLink({ href, label, context }: { href: string; label: string; context: string }) {
  return (
    <li className="app-org-actions__item">
      <Link href={href}>
        {label}
        <span className="nhsuk-u-visually-hidden">{context}</span>
      </Link>
    </li>
  );
}

function Actions({ children }: { children: ReactNode }) {
  return <ul className="app-org-actions">{children}</ul>;
}

function LocalOrganisation({ organisation }: { organisation: LocalOrganisationNode }) {
  const type =
    organisation.kind === "place"
      ? copy.organisations.kindLabels.place
      : organisation.providerType
        ? copy.organisations.providerTypeLabels[organisation.providerType]
        : copy.organisations.kindLabels.provider;
  return (
    <li className="app-org-child" id={`organisation-${organisation.id}`}>
      <span className="app-org-child__name">{organisation.name}</span>{" "}
      <strong className="nhsuk-tag nhsuk-tag--white app-org-child__tag">{type}</strong>
      <Actions>
        <ActionLink
          href={`/admin/organisations/${organisation.id}/rename`}
          label={copy.organisations.renameLink}
          context={copy.organisations.forOrganisation(organisation.name)}
        />
      </Actions>
    </li>
  );
}

function Icb({ icb }: { icb: IcbNode }) {
  return (
    <li className="app-org-icb" id={`organisation-${icb.id}`}>
      <h3 className="nhsuk-heading-s app-org-icb__name">{icb.name}</h3>
      {icb.inScope ? (
        <Actions>
          <ActionLink
            href={`/admin/organisations/${icb.id}/rename`}
            label={copy.organisations.renameLink}
            context={copy.organisations.forOrganisation(icb.name)}
          />
          <ActionLink
            href={`/admin/organisations/${icb.id}/add`}
            label={copy.organisations.addLocalLink}
            context={copy.organisations.toOrganisation(icb.name)}
          />
        </Actions>
      ) : null}
      {icb.children.length > 0 ? (
        <ul className="app-org-children">
          {icb.children.map((child) => (
            <LocalOrganisation key={child.id} organisation={child} />
          ))}
        </ul>
      ) : (
        <p className="nhsuk-body-s app-org-empty">{copy.organisations.noChildren}</p>
      )}
    </li>
  );
}

/** Regions → ICBs → places and providers, as nested lists that read top-down at any width. */
export function OrganisationTree({ regions }: { regions: readonly RegionNode[] }) {
  return (
    <>
      <nav className="nhsuk-contents-list" aria-labelledby="regions-heading">
        <h2 id="regions-heading" className="nhsuk-heading-s">
          {copy.organisations.contentsHeading}
        </h2>
        <ol className="nhsuk-contents-list__list">
          {regions.map((region) => (
            <li key={region.id} className="nhsuk-contents-list__item">
              <a className="nhsuk-contents-list__link" href={`#organisation-${region.id}`}>
                {region.name}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {regions.map((region) => (
        <section key={region.id} className="app-org-region" aria-labelledby={`organisation-${region.id}`}>
          <h2 id={`organisation-${region.id}`}>{region.name}</h2>
          <p className="nhsuk-body-s">{copy.organisations.icbCount(region.icbs.length)}</p>
          {region.inScope ? (
            <Actions>
              <ActionLink
                href={`/admin/organisations/${region.id}/rename`}
                label={copy.organisations.renameLink}
                context={copy.organisations.forOrganisation(region.name)}
              />
              <ActionLink
                href={`/admin/organisations/${region.id}/add`}
                label={copy.organisations.addIcbLink}
                context={copy.organisations.toOrganisation(region.name)}
              />
            </Actions>
          ) : null}
          <ul className="app-org-icbs">
            {region.icbs.map((icb) => (
              <Icb key={icb.id} icb={icb} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
