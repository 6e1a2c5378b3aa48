"use server";
import { z } from "zod";
import { boundKeySchema } from "@/lib/forms/bound-argument";
import { db } from "@/lib/db/prisma";
import { formAction } from "@/lib/edge/form-action";
import { authoriseReturn } from "@/lib/returns/authorise-return";
import { changeReturnStatus } from "@/lib/returns/change-return-status";
import { submitSchema } from "./schema";

export const submitReturnAction = formAction({
  bound: z.tuple([boundKeySchema]),
  authorise: ([returnId]) => authoriseReturn(returnId, "return.submit", `/returns/${returnId}/submit`, { answers: "none" }),
  schema: submitSchema,
  formField: "declaration",
  run: ({ user, stored }) => changeReturnStatus(db(), { returnId: stored.id, transition: "submit" }, user),
  done: ({ stored }) => ({ revalidate: ["/returns", `/returns/${stored.id}`], redirect: `/returns/${stored.id}/submitted` }),
  // Someone moved it on between the page and the click: show the return as it now is.
  elsewhere: (outcome, { stored }) => (outcome === "moved" ? `/returns/${stored.id}?done=moved` : undefined),
});
