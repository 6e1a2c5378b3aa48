"use server";
import { z } from "zod";
import { boundKeySchema } from "@/lib/forms/bound-argument";
import { authorise } from "@/lib/request/authorise";
import { requireUser } from "@/lib/request/current-user";
import { db } from "@/lib/db/prisma";
import { formAction } from "@/lib/edge/form-action";
import { NotFoundError } from "@/lib/errors";
import { createOrganisation, type NewOrganisation } from "@/lib/organisations/create-organisation";
import { getOrganisation } from "@/lib/organisations/get-organisation";
import { renameOrganisation } from "@/lib/organisations/rename-organisation";
import { toOrgRef } from "@/lib/organisations/to-org-ref";
import type { ProviderType } from "@/lib/generated/prisma/client";
import { addIcbSchema, addLocalSchema, renameSchema } from "./schemas";

const LIST = "/admin/organisations";

/** The stored organisation the form is about (its id is bound into the form, so forgeable), once the user may manage it. */
async function authoriseManage([organisationId]: [string]) {
  // Signed in first, so an anonymous caller cannot tell existing ids from made-up ones.
  await requireUser(LIST);
  const organisation = await getOrganisation(db(), organisationId);
  if (!organisation) throw new NotFoundError("No such organisation.");
  const user = await authorise("organisation.manage", { type: "organisation", organisation: toOrgRef(organisation) }, LIST);
  return { user, organisation };
}

export const renameOrganisationAction = formAction({
  bound: z.tuple([boundKeySchema]),
  authorise: authoriseManage,
  schema: renameSchema,
  formField: "name",
  run: ({ user, organisation }, { name }) => renameOrganisation(db(), { organisationId: organisation.id, name }, user),
  done: ({ organisation }) => ({ revalidate: [LIST], redirect: `${LIST}?renamed=${organisation.id}#organisation-${organisation.id}` }),
});

/** What may be added under a parent: an ICB under a region, a place or provider under an ICB, nothing under those. */
const addSchemaFor = (parent: { id: string; kind: string }) =>
  parent.kind === "region"
    ? addIcbSchema.transform(({ name }): NewOrganisation => ({ kind: "icb", parentId: parent.id, name }))
    : addLocalSchema
        .transform(({ name, type }): NewOrganisation =>
          type === "place"
            ? { kind: "place", parentId: parent.id, name }
            : { kind: "provider", parentId: parent.id, name, providerType: type.slice("provider:".length) as ProviderType },
        );

export const addOrganisationAction = formAction({
  bound: z.tuple([boundKeySchema]),
  authorise: async (bound: [string]) => {
    const found = await authoriseManage(bound);
    // Places and providers have nothing under them.
    if (found.organisation.kind !== "region" && found.organisation.kind !== "icb") throw new NotFoundError("Nothing can be added here.");
    return found;
  },
  schema: ({ organisation }) => addSchemaFor(organisation),
  formField: "name",
  run: ({ user }, input) => createOrganisation(db(), input, user),
  done: (_ctx, created) => ({ revalidate: [LIST], redirect: `${LIST}?added=${created.id}#organisation-${created.id}` }),
});
