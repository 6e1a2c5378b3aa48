"use server";
import { z } from "zod";
import { boundKeySchema } from "@/lib/forms/bound-argument";
import { db } from "@/lib/db/prisma";
import { formAction } from "@/lib/edge/form-action";
import { authoriseReturn } from "@/lib/returns/authorise-return";
import { refreshReturn } from "@/lib/returns/refresh-return";
import { refreshSchema } from "./schema";

export const refreshReturnAction = formAction({
  bound: z.tuple([boundKeySchema]),
  authorise: ([sourceId]) => authoriseReturn(sourceId, "return.refresh", `/returns/${sourceId}/refresh`, { answers: "none" }),
  schema: refreshSchema,
  formField: "title",
  run: ({ user, stored }, { title }) => refreshReturn(db(), { sourceId: stored.id, title }, user),
  done: (_ctx, result) => ({
    revalidate: ["/returns"],
    redirect: `/returns/${result.id}?${new URLSearchParams({ done: "refreshed", copied: String(result.copied), notCopied: String(result.notCopied) })}`,
  }),
});
