"use server";
import { z } from "zod";
import { boundKeySchema } from "@/lib/forms/bound-argument";
import { db } from "@/lib/db/prisma";
import { formAction } from "@/lib/edge/form-action";
import { authoriseReturn } from "@/lib/returns/authorise-return";
import { updateReturnDetails } from "@/lib/returns/update-return-details";
import { detailsSchema } from "./schema";

export const updateDetailsAction = formAction({
  bound: z.tuple([boundKeySchema]),
  authorise: ([returnId]) => authoriseReturn(returnId, "return.update", `/returns/${returnId}/details`, { answers: "none" }),
  schema: detailsSchema,
  fields: (formData) => Object.fromEntries(["title", "completedBy", "versionNote", "completionDate", "livedExperience"].map((name) => [name, formData.get(name) ?? ""])),
  formField: "title",
  run: ({ user, stored }, details) => updateReturnDetails(db(), stored.id, details, user),
  done: ({ stored }) => ({ revalidate: [`/returns/${stored.id}`, "/returns"], redirect: `/returns/${stored.id}?done=details` }),
});
