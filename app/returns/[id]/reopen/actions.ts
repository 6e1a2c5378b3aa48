"use server";
import { z } from "zod";
import { boundKeySchema } from "@/lib/forms/bound-argument";
import { can } from "@/lib/policy/policy";
import { db } from "@/lib/db/prisma";
import { formAction } from "@/lib/edge/form-action";
import { authoriseReturn } from "@/lib/returns/authorise-return";
import { changeReturnStatus } from "@/lib/returns/change-return-status";
import { toReturnRef } from "@/lib/returns/to-return-ref";
import { reopenSchema } from "./schema";

export const reopenReturnAction = formAction({
  bound: z.tuple([boundKeySchema]),
  authorise: ([returnId]) => authoriseReturn(returnId, "return.reopen", `/returns/${returnId}/reopen`, { answers: "none" }),
  schema: reopenSchema,
  formField: "reason",
  run: ({ user, stored }, { reason }) => changeReturnStatus(db(), { returnId: stored.id, transition: "reopen", reason }, user),
  done: ({ user, stored }) => {
    // An administrator reads no returns, drafts least of all: the audit log shows what they did.
    const readsDraft = can(user, "return.read", { type: "return", ...toReturnRef({ ...stored, status: "draft" }) });
    return {
      revalidate: ["/returns", `/returns/${stored.id}`],
      redirect: readsDraft ? `/returns/${stored.id}?done=reopened` : "/admin/audit",
    };
  },
  elsewhere: (outcome, { stored }) => (outcome === "moved" ? `/returns/${stored.id}?done=moved` : undefined),
});
