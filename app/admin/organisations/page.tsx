import type { Metadata } from "next";
import { z } from "zod";
import { OrganisationTree } from "@/components/organisations/organisation-tree";
import { SuccessBanner } from "@/components/forms/notification-banner";
import { can } from "@/lib/policy/policy";
import { copy } from "@/lib/copy/en";
import { db } from "@/lib/db/prisma";
import { authoriseOrganisationScope } from "@/lib/organisations/authorise-organisation-scope";
import { listOrganisations } from "@/lib/organisations/list-organisations";

export const metadata: Metadata = { title: copy.organisations.title };

const searchSchema = z.object({
  renamed: z.uuid().optional().catch(undefined),
  added: z.uuid().optional().catch(undefined),
});

export default async function OrganisationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { scope } = await authoriseOrganisationScope("organisation.manage", (user, organisation) =>
    can(user, "organisation.manage", { type: "organisation", organisation }),
  );
  const { renamed, added } = searchSchema.parse(await searchParams);
  const regions = await listOrganisations(db(), scope.where);

  // The banner names the organisation as it is now, and only one the list shows.
  const changedId = renamed ?? added;
  const changed = changedId ? findName(regions, changedId) : undefined;

  return (
    <>
      {changed ? (
        <SuccessBanner>{renamed ? copy.organisations.renamed(changed) : copy.organisations.added(changed)}</SuccessBanner>
      ) : null}
      <h1>{copy.organisations.title}</h1>
      <p className="nhsuk-lede-text">{copy.organisations.lede}</p>
      <OrganisationTree regions={regions} />
    </>
  );
}

function findName(regions: Awaited<ReturnType<typeof listOrganisations>>, id: string): string | undefined {
  for (const region of regions) {
    if (region.id === id) return region.name;
    for (const icb of region.icbs) {
      if (icb.id === id) return icb.name;
      const child = icb.children.find((candidate) => candidate.id === id);
      if (child) return child.name;
    }
  }
  return undefined;
}
