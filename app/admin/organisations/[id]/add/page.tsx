import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AddOrganisationForm } from "@/components/organisations/add-organisation-form";
import { authorise } from "@/lib/request/authorise";
import { requireUser } from "@/lib/request/current-user";
import { copy } from "@/lib/copy/en";
import { db } from "@/lib/db/prisma";
import { getOrganisation } from "@/lib/organisations/get-organisation";
import { PROVIDER_TYPES } from "@/lib/organisations/provider-types";
import { toOrgRef } from "@/lib/organisations/to-org-ref";
import { addOrganisationAction } from "../../actions";

export const metadata: Metadata = { title: copy.organisations.addTitle };

const TYPE_OPTIONS = [
  { value: "place", label: copy.organisations.add.placeOption },
  ...PROVIDER_TYPES.map((type) => ({ value: `provider:${type}`, label: copy.organisations.providerTypeLabels[type] })),
];

export default async function AddOrganisationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireUser();
  const parent = await getOrganisation(db(), id);
  // Only regions (which hold ICBs) and ICBs (which hold places and providers) have anything added under them.
  if (!parent || (parent.kind !== "region" && parent.kind !== "icb")) notFound();
  await authorise("organisation.manage", { type: "organisation", organisation: toOrgRef(parent) });

  return (
    <AddOrganisationForm
      action={addOrganisationAction.bind(null, parent.id)}
      adding={parent.kind === "region" ? "icb" : "local"}
      typeOptions={TYPE_OPTIONS}
    >
      <Link className="nhsuk-back-link" href="/admin/organisations">
        {copy.organisations.backToList}
      </Link>
      <h1>
        {parent.kind === "region" ? copy.organisations.add.icbTitle(parent.name) : copy.organisations.add.localTitle(parent.name)}
      </h1>
    </AddOrganisationForm>
  );
}
