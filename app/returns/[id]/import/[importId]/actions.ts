"use server";
import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { buttonAction } from "@/lib/edge/button-action";
import { boundKeySchema } from "@/lib/forms/bound-argument";
import { applyImport } from "@/lib/imports/apply-import";
import { cancelImport } from "@/lib/imports/cancel-import";
import { authoriseReturn } from "@/lib/returns/authorise-return";

const bound = z.tuple([boundKeySchema, boundKeySchema]);

export const applyImportAction = buttonAction({
  bound,
  authorise: async ([returnId, importId]) => ({ ...(await authoriseReturn(returnId, "return.import", `/returns/${returnId}/import/${importId}`, { answers: "none" })), importId }),
  run: ({ user, stored, importId }) => applyImport(db(), { returnId: stored.id, importId }, user),
  done: ({ stored, importId }, outcome) => {
    if (outcome.ok) {
      const query = new URLSearchParams({ done: "imported", items: String(outcome.result.items), details: String(outcome.result.details) });
      return { revalidate: [`/returns/${stored.id}`, "/returns"], redirect: `/returns/${stored.id}/import?${query}` };
    }
    // A colleague saved meanwhile: the preview again, now against their answers.
    if (outcome.outcome === "stale") return { revalidate: [], redirect: `/returns/${stored.id}/import/${importId}?refused=stale` };
    return { revalidate: [`/returns/${stored.id}`], redirect: `/returns/${stored.id}?done=moved` };
  },
});

export const cancelImportAction = buttonAction({
  bound,
  authorise: async ([returnId, importId]) => ({ ...(await authoriseReturn(returnId, "return.import", `/returns/${returnId}/import/${importId}`, { answers: "none" })), importId }),
  run: ({ user, stored, importId }) => cancelImport(db(), { returnId: stored.id, importId }, user),
  done: ({ stored }) => ({ revalidate: [], redirect: `/returns/${stored.id}/import?done=cancelled` }),
});
