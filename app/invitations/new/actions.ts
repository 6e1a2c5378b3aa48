"use server";
// Creating an invitation. Signed in → parse → the organisation and role the form names →
// authorise invitation.create on exactly that (the resource comes from the form, so it is
// parsed first; a refusal is audited and answers 404) → lib → send.
import { notFound } from "next/navigation";
import type { InvitationSentView } from "@/components/invitations/invite-form";
import { authorise } from "@/lib/auth/authorise";
import { requireUser } from "@/lib/auth/current-user";
import { can, canHoldRole } from "@/lib/auth/policy";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { copy } from "@/lib/copy/en";
import { db } from "@/lib/db/prisma";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { collectFieldErrors } from "@/lib/forms/collect-field-errors";
import { invalidForm, type FormState } from "@/lib/forms/form-state";
import { readFormValues } from "@/lib/forms/read-form-values";
import { buildInvitationLink } from "@/lib/invitations/build-invitation-link";
import { canInviteInto } from "@/lib/invitations/can-invite-into";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { invitationOrigin } from "@/lib/invitations/invitation-origin";
import { sendInvitation } from "@/lib/invitations/send-invitation";
import { getOrganisation } from "@/lib/organisations/get-organisation";
import { toOrgRef } from "@/lib/organisations/to-org-ref";
import { inviteSchema } from "./schema";

const PAGE = "/invitations/new";

export async function createInvitationAction(_previous: FormState<InvitationSentView>, formData: FormData): Promise<FormState<InvitationSentView>> {
  const user = await requireUser(PAGE);
  const values = readFormValues(formData);
  const parsed = inviteSchema.safeParse({
    email: formData.get("email") ?? undefined,
    organisationId: formData.get("organisationId") || undefined,
    role: formData.get("role") || undefined,
  });
  if (!parsed.success) return invalidForm(collectFieldErrors(parsed.error), values);
  const { email, organisationId, role } = parsed.data;

  // The picker offers only organisations the user may invite into: anything else was typed by hand.
  const organisation = await getOrganisation(db(), organisationId);
  if (!organisation) notFound();
  const ref = toOrgRef(organisation);
  if (canInviteInto(user, ref) && !can(user, "invitation.create", { type: "invitation", organisation: ref, role })) {
    // An organisation they may invite into, with a role that does not fit it: say which.
    const message = canHoldRole(role, ref.kind)
      ? copy.invitations.errors.roleNotAllowed(ROLE_LABELS[role])
      : copy.invitations.errors.roleNotHeld(ROLE_LABELS[role], ref.kind);
    return invalidForm([{ field: "role", message }], values);
  }
  const inviter = await authorise("invitation.create", { type: "invitation", organisation: ref, role }, PAGE);

  let created;
  try {
    created = await createInvitation(db(), { email, organisationId: organisation.id, role }, inviter);
  } catch (error) {
    if (error instanceof ConflictError && error.reason === "membership.exists") {
      return invalidForm([{ field: "email", message: copy.invitations.errors.alreadyMember(email, ROLE_LABELS[role]) }], values);
    }
    if (error instanceof ValidationError && error.field === "role") {
      return invalidForm([{ field: "role", message: copy.invitations.errors.roleNotHeld(ROLE_LABELS[role], ref.kind) }], values);
    }
    if (error instanceof ForbiddenError || error instanceof NotFoundError) notFound();
    throw error;
  }

  const link = buildInvitationLink(await invitationOrigin(), created.token);
  try {
    await sendInvitation({ to: email, inviterName: inviter.name, organisationName: created.organisationName, role, link, expiresAt: created.expiresAt });
  } catch (error) {
    // The invitation stands and the inviter is shown the link to pass on themselves.
    console.error(`[invitation] Could not send the invitation ${created.id}:`, error);
  }
  return {
    status: "done",
    result: { email, organisationName: created.organisationName, roleLabel: ROLE_LABELS[role], link, expiresAt: created.expiresAt.toISOString() },
  };
}
