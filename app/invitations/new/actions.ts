"use server";
import { z } from "zod";
import type { InvitationSentView } from "@/components/invitations/invite-form";
import { authorise } from "@/lib/request/authorise";
import { requireUser } from "@/lib/request/current-user";
import { ROLE_LABELS } from "@/lib/policy/roles";
import { db } from "@/lib/db/prisma";
import { formAction } from "@/lib/edge/form-action";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { buildInvitationLink } from "@/lib/invitations/build-invitation-link";
import { canInviteInto } from "@/lib/invitations/can-invite-into";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { explainRoleRefusal } from "@/lib/invitations/explain-role-refusal";
import { invitationOrigin } from "@/lib/invitations/invitation-origin";
import { sendInvitation } from "@/lib/invitations/send-invitation";
import { getOrganisation } from "@/lib/organisations/get-organisation";
import { toOrgRef } from "@/lib/organisations/to-org-ref";
import { inviteSchema } from "./schema";

const PAGE = "/invitations/new";

export const createInvitationAction = formAction({
  bound: z.tuple([]),
  // The organisation and role come from the form: the policy is asked about exactly those once it is parsed.
  authorise: async () => ({ user: await requireUser(PAGE) }),
  schema: inviteSchema,
  fields: (formData) => ({
    email: formData.get("email") ?? undefined,
    organisationId: formData.get("organisationId") || undefined,
    role: formData.get("role") || undefined,
  }),
  formField: "email",
  run: async ({ user }, { email, organisationId, role }) => {
    const organisation = await getOrganisation(db(), organisationId);
    if (!organisation) throw new NotFoundError("No such organisation.");
    const ref = toOrgRef(organisation);
    // The picker offers only organisations the user may invite into: a role that does not fit
    // one of those is explained by the policy; anything else was typed by hand and answers 404.
    const refusal = canInviteInto(user, ref) ? explainRoleRefusal(user, ref, role) : null;
    if (refusal) throw new ValidationError("role", refusal, "This role cannot be invited here.", ref.kind);
    const inviter = await authorise("invitation.create", { type: "invitation", organisation: ref, role }, PAGE);
    const created = await createInvitation(db(), { email, organisationId: organisation.id, role }, inviter);
    const link = buildInvitationLink(await invitationOrigin(), created.token);
    try {
      await sendInvitation({ to: email, inviterName: inviter.name, organisationName: created.organisationName, role, link, expiresAt: created.expiresAt });
    } catch (error) {
      // The invitation stands and the inviter is shown the link to pass on themselves.
      console.error(`[invitation] Could not send the invitation ${created.id}:`, error);
    }
    return { created, link };
  },
  done: (_ctx, { created, link }, { email, role }) => ({
    revalidate: [],
    result: { email, organisationName: created.organisationName, roleLabel: ROLE_LABELS[role], link, expiresAt: created.expiresAt.toISOString() } satisfies InvitationSentView,
  }),
});
