"use server";
import { z } from "zod";
import { boundKeySchema } from "@/lib/forms/bound-argument";
import { authorise } from "@/lib/request/authorise";
import { requireUser } from "@/lib/request/current-user";
import { db } from "@/lib/db/prisma";
import { buttonAction } from "@/lib/edge/button-action";
import { formAction } from "@/lib/edge/form-action";
import { addMembership } from "@/lib/users/add-membership";
import { NotFoundError } from "@/lib/errors";
import { toOrgRef } from "@/lib/organisations/to-org-ref";
import { getMembershipOrganisation } from "@/lib/users/get-membership-organisation";
import { removeMembership } from "@/lib/users/remove-membership";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { addRoleSchema } from "./schema";

const LIST = "/admin/users";

/** Back to the person's page, saying what happened (or that it was their own account). */
function back(userId: string, settled: { ok: true } | { ok: false; outcome: string }, done: string) {
  return { revalidate: [LIST, `${LIST}/${userId}`], redirect: `${LIST}/${userId}?done=${settled.ok ? done : settled.outcome}` };
}

export const removeMembershipAction = buttonAction({
  bound: z.tuple([boundKeySchema, boundKeySchema]),
  authorise: async ([userId, membershipId]) => {
    await requireUser(LIST);
    const organisation = await getMembershipOrganisation(db(), { userId, membershipId });
    if (!organisation) throw new NotFoundError("No such role.");
    const user = await authorise("membership.manage", { type: "organisation", organisation: toOrgRef(organisation) }, LIST);
    return { user, userId, membershipId };
  },
  run: ({ user, membershipId }) => removeMembership(db(), membershipId, user),
  done: ({ userId }, settled) => back(userId, settled, "removed"),
});

export const setUserDisabledAction = buttonAction({
  bound: z.tuple([boundKeySchema, z.boolean()]),
  authorise: async ([userId, disabled]) => ({ user: await authorise("user.manage", { type: "system" }, LIST), userId, disabled }),
  run: ({ user, userId, disabled }) => setUserDisabled(db(), { userId, disabled }, user),
  done: ({ userId, disabled }, settled) => back(userId, settled, disabled ? "disabled" : "enabled"),
});

export const addMembershipAction = formAction({
  bound: z.tuple([boundKeySchema]),
  // lib re-checks membership.manage on the chosen organisation, inside its transaction.
  authorise: async ([userId]) => ({ user: await authorise("user.manage", { type: "system" }, `${LIST}/${userId}`), userId }),
  schema: addRoleSchema,
  formField: "organisationId",
  run: ({ user, userId }, input) => addMembership(db(), { userId, ...input }, user),
  done: ({ userId }) => ({ revalidate: [LIST, `${LIST}/${userId}`], redirect: `${LIST}/${userId}?done=added` }),
});
