import type { Metadata } from "next";
import Link from "next/link";
import type { SelectGroup } from "@/components/forms/select-field";
import { NewReturnForm } from "@/components/returns/new-return-form";
import { copy } from "@/lib/copy/en";
import { db } from "@/lib/db/prisma";
import { authoriseOrganisationScope } from "@/lib/organisations/authorise-organisation-scope";
import { listOrganisations, type RegionNode } from "@/lib/organisations/list-organisations";
import { canCreateReturnFor } from "@/lib/returns/can-create-return-for";
import { createReturnAction } from "./actions";

export const metadata: Metadata = { title: copy.returns.newTitle };

/** One group per ICB: the ICB itself (if in scope), then its places and providers. */
function organisationOptions(regions: readonly RegionNode[]): SelectGroup[] {
  return regions.flatMap((region) =>
    region.icbs.map((icb) => ({
      label: icb.name,
      options: [...(icb.inScope ? [{ value: icb.id, label: icb.name }] : []), ...icb.children.map((child) => ({ value: child.id, label: child.name }))],
    })),
  );
}

export default async function NewReturnPage() {
  const { scope } = await authoriseOrganisationScope("return.create", canCreateReturnFor, "/returns/new");
  const regions = await listOrganisations(db(), scope.where);
  const groups = organisationOptions(regions);
  const all = groups.flatMap((group) => group.options);
  return (
    <NewReturnForm action={createReturnAction} organisations={groups} defaultOrganisationId={all.length === 1 ? all[0]!.value : undefined}>
      <Link className="nhsuk-back-link" href="/returns">
        {copy.returns.backToList}
      </Link>
      <h1>{copy.returns.newTitle}</h1>
      <p className="nhsuk-lede-text">{copy.returns.newLede}</p>
    </NewReturnForm>
  );
}
