"use server";
import { z } from "zod";
import { boundKeySchema } from "@/lib/forms/bound-argument";
import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";
import { authoriseReturn } from "@/lib/returns/authorise-return";
import { findReturnItem } from "@/lib/returns/find-return-item";
import { ambitionHref } from "@/lib/returns/item-href";
import { assignmentAction } from "../../save-assignment";

export const assignItemAction = assignmentAction(z.tuple([boundKeySchema, boundKeySchema]), async ([returnId, itemKey]) => {
  const { user, stored } = await authoriseReturn(returnId, "return.assign", `/returns/${returnId}`, { answers: { itemKey } });
  const item = await findReturnItem(db(), stored.catalogueVersionId, itemKey);
  if (!item) throw new NotFoundError("No such item.");
  return { user, returnId: stored.id, itemKeys: [itemKey], back: `${ambitionHref(stored.id, item.ambition)}?assigned=${encodeURIComponent(itemKey)}#item-${itemKey}` };
});
