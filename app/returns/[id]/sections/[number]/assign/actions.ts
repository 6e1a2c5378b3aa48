"use server";
import { z } from "zod";
import { boundKeySchema } from "@/lib/forms/bound-argument";
import { getCatalogueVersion } from "@/lib/catalogue/get-catalogue-version";
import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";
import { authoriseReturn } from "@/lib/returns/authorise-return";
import { findReturnSection } from "@/lib/returns/find-return-section";
import { assignmentAction } from "../../../save-assignment";

export const assignSectionAction = assignmentAction(z.tuple([boundKeySchema, boundKeySchema]), async ([returnId, sectionNumber]) => {
  const { user, stored } = await authoriseReturn(returnId, "return.assign", `/returns/${returnId}`, { answers: "none" });
  const catalogue = await getCatalogueVersion(db(), stored.catalogueVersionId);
  const section = catalogue ? findReturnSection(catalogue, sectionNumber) : null;
  if (!section) throw new NotFoundError("No such section.");
  return {
    user,
    returnId: stored.id,
    itemKeys: section.items.map((item) => item.key),
    back: `/returns/${stored.id}/ambitions/${section.ambition}?${new URLSearchParams({ assignedSection: section.number })}#section-${section.number}`,
  };
});
