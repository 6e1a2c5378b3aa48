"use server";
import { z } from "zod";
import { boundKeySchema } from "@/lib/forms/bound-argument";
import { db } from "@/lib/db/prisma";
import { formAction } from "@/lib/edge/form-action";
import { requestPartnerReturns } from "@/lib/partners/request-partner-returns";
import { authoriseReturn } from "@/lib/returns/authorise-return";
import { requestPartnersSchema } from "./schema";

export const requestPartnersAction = formAction({
  bound: z.tuple([boundKeySchema]),
  authorise: ([returnId]) => authoriseReturn(returnId, "return.requestPartners", `/returns/${returnId}/partners`, { answers: "none" }),
  schema: requestPartnersSchema,
  fields: (formData) => ({ organisationIds: formData.getAll("organisationIds").length > 0 ? formData.getAll("organisationIds") : undefined }),
  formField: "organisationIds",
  run: ({ user, stored }, { organisationIds }) => requestPartnerReturns(db(), { returnId: stored.id, organisationIds }, user),
  done: ({ stored }, result) => ({
    revalidate: [`/returns/${stored.id}/partners`, "/returns"],
    redirect: `/returns/${stored.id}/partners?${new URLSearchParams({ asked: String(result.created.length), already: String(result.alreadyAsked) })}`,
  }),
});
