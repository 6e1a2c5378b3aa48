import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RenameOrganisationForm } from "@/components/organisations/rename-organisation-form";
import { authorise } from "@/lib/request/authorise";
import { requireUser } from "@/lib/request/current-user";
import { copy } from "@/lib/copy/en";
import { db } from "@/lib/db/prisma";
import { getOrganisation } from "@/lib/organisations/get-organisation";
import { toOrgRef } from "@/lib/organisations/to-org-ref";
import { renameOrganisationAction } from "../../actions";

export const metadata: Metadata = { title: copy.organisations.renameTitle };

export default async function RenameOrganisationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // Signed in before the lookup, so an anonymous visitor cannot tell real ids from made-up ones.
  await requireUser();
  const organisation = await getOrganisation(db(), id);
  if (!organisation) notFound();
  await authorise("organisation.manage", { type: "organisation", organisation: toOrgRef(organisation) });

  return (
    <RenameOrganisationForm action={renameOrganisationAction.bind(null, organisation.id)} currentName={organisation.name}>
      <Link className="nhsuk-back-link" href="/admin/organisations">
        {copy.organisations.backToList}
      </Link>
      <h1>
        <span className="nhsuk-caption-l">{copy.organisations.kindLabels[organisation.kind]}</span>
        {copy.organisations.rename.title(organisation.name)}
      </h1>
    </RenameOrganisationForm>
  );
}
