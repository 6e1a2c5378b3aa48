"use server";
import { z } from "zod";
import { authorise } from "@/lib/request/authorise";
import { requireUser } from "@/lib/request/current-user";
import { db } from "@/lib/db/prisma";
import { formAction } from "@/lib/edge/form-action";
import { NotFoundError } from "@/lib/errors";
import { getOrganisation } from "@/lib/organisations/get-organisation";
import { toOrgRef } from "@/lib/organisations/to-org-ref";
import { createReturn } from "@/lib/returns/create-return";
import { newReturnSchema } from "./schema";

const PAGE = "/returns/new";

export const createReturnAction = formAction({
  bound: z.tuple([]),
  // The organisation comes from the form, so authorising on it happens once the form is parsed.
  authorise: async () => ({ user: await requireUser(PAGE) }),
  schema: newReturnSchema,
  fields: (formData) => ({ organisationId: formData.get("organisationId") || undefined, title: formData.get("title") ?? undefined }),
  formField: "organisationId",
  run: async (_ctx, { organisationId, title }) => {
    const organisation = await getOrganisation(db(), organisationId);
    if (!organisation) throw new NotFoundError("No such organisation.");
    const user = await authorise("return.create", { type: "organisation", organisation: toOrgRef(organisation) }, PAGE);
    return createReturn(db(), { organisationId: organisation.id, title }, user);
  },
  done: (_ctx, created) => ({ revalidate: ["/returns"], redirect: `/returns/${created.id}` }),
});
