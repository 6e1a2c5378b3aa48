import type { Metadata } from "next";
import type { SelectGroup } from "@/components/forms/select-field";
import { InviteForm } from "@/components/invitations/invite-form";
import { ROLE_LABELS } from "@/lib/policy/roles";
import { copy } from "@/lib/copy/en";
import { db } from "@/lib/db/prisma";
import { canInviteInto } from "@/lib/invitations/can-invite-into";
import { listInvitableRoles } from "@/lib/invitations/list-invitable-roles";
import { authoriseOrganisationScope } from "@/lib/organisations/authorise-organisation-scope";
import { listOrganisations, type RegionNode } from "@/lib/organisations/list-organisations";
import { createInvitationAction } from "./actions";

export const metadata: Metadata = { title: copy.invitations.title };

/** One group per region; within it the region (if in scope), then each ICB followed by its places and providers. */
function organisationOptions(regions: readonly RegionNode[]): SelectGroup[] {
  return regions.map((region) => ({
    label: region.name,
    options: [
      ...(region.inScope ? [{ value: region.id, label: copy.invitations.regionOption(region.name) }] : []),
      ...region.icbs.flatMap((icb) => [
        ...(icb.inScope ? [{ value: icb.id, label: icb.name }] : []),
        ...icb.children.map((child) => ({ value: child.id, label: copy.invitations.childOption(child.name, icb.name) })),
      ]),
    ],
  }));
}

export default async function NewInvitationPage() {
  const { user, scope } = await authoriseOrganisationScope("invitation.create", canInviteInto);
  const regions = await listOrganisations(db(), scope.where);
  const roles = listInvitableRoles(user).map((role) => ({ value: role, label: ROLE_LABELS[role] }));

  return (
    <InviteForm action={createInvitationAction} organisations={organisationOptions(regions)} roles={roles}>
      <h1>{copy.invitations.title}</h1>
      <p className="nhsuk-lede-text">{copy.invitations.lede}</p>
    </InviteForm>
  );
}
