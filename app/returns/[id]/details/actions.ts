"use server";
import { z } from "zod";
import { boundKeySchema } from "@/lib/forms/bound-argument";
import { db } from "@/lib/db/prisma";
import { datePartNames, joinDateParts } from "@/lib/forms/date-field";
import { formAction } from "@/lib/edge/form-action";
import { authoriseReturn } from "@/lib/returns/authorise-return";
import { updateReturnDetails } from "@/lib/returns/update-return-details";
import { detailsSchema } from "./schema";

export const updateDetailsAction = formAction({
  bound: z.tuple([boundKeySchema]),
  authorise: ([returnId]) => authoriseReturn(returnId, "return.update", `/returns/${returnId}/details`, { answers: "none" }),
  schema: detailsSchema,
  fields: (formData) => {
    const date = datePartNames("completionDate");
    return {
      ...Object.fromEntries(["title", "completedBy", "versionNote", "livedExperience"].map((name) => [name, formData.get(name) ?? ""])),
      completionDate: joinDateParts({ day: formData.get(date.day), month: formData.get(date.month), year: formData.get(date.year) }),
    };
  },
  formField: "title",
  run: ({ user, stored }, details) => updateReturnDetails(db(), stored.id, details, user),
  done: ({ stored }) => ({ revalidate: [`/returns/${stored.id}`, "/returns"], redirect: `/returns/${stored.id}?done=details` }),
});
