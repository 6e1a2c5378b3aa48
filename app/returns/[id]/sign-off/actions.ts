"use server";
import { z } from "zod";
import { boundKeySchema } from "@/lib/forms/bound-argument";
import { db } from "@/lib/db/prisma";
import { formAction } from "@/lib/edge/form-action";
import { authoriseReturn } from "@/lib/returns/authorise-return";
import { changeReturnStatus } from "@/lib/returns/change-return-status";
import { signOffSchema } from "./schema";

export const signOffReturnAction = formAction({
  bound: z.tuple([boundKeySchema]),
  authorise: ([returnId]) => authoriseReturn(returnId, "return.signOff", `/returns/${returnId}/sign-off`, { answers: "none" }),
  schema: signOffSchema,
  formField: "declaration",
  run: ({ user, stored }) => changeReturnStatus(db(), { returnId: stored.id, transition: "signOff" }, user),
  done: ({ stored }) => ({ revalidate: ["/returns", `/returns/${stored.id}`], redirect: `/returns/${stored.id}?done=signed-off` }),
  elsewhere: (outcome, { stored }) => (outcome === "moved" ? `/returns/${stored.id}?done=moved` : undefined),
});
