"use server";
import { z } from "zod";
import { authoriseActionTarget } from "@/lib/actions/authorise-action-target";
import { createAction } from "@/lib/actions/create-action";
import { db } from "@/lib/db/prisma";
import { formAction } from "@/lib/edge/form-action";
import { boundKeySchema } from "@/lib/forms/bound-argument";
import { hasControlCharacter } from "@/lib/forms/plain-text";
import { actionFields, actionSchema } from "../schema";
import { newActionPath } from "@/lib/actions/new-action-path";

// "" stands for "none" in the bound item key, ambition and source.
const optionalBound = z.string().max(200).refine((value) => !hasControlCharacter(value));

export const createActionAction = formAction({
  bound: z.tuple([boundKeySchema, optionalBound, optionalBound, optionalBound]),
  authorise: ([returnId, itemKey, ambition, sourceReturnId]) =>
    authoriseActionTarget(
      { returnId, itemKey: itemKey || null, ambitionNumber: ambition ? Number(ambition) : null, sourceReturnId: sourceReturnId || null },
      newActionPath({ returnId, itemKey, ambition, sourceReturnId }),
    ),
  schema: actionSchema,
  fields: actionFields,
  formField: "wantTo",
  run: ({ user, target }, input) =>
    createAction(
      db(),
      {
        ...input,
        returnId: target.return.id,
        itemKeys: target.item ? [target.item.key] : [],
        ambitionNumber: target.ambitionNumber,
        sourceReturnId: target.source?.id ?? null,
      },
      user,
    ),
  done: ({ target }, created) => ({
    revalidate: [`/organisations/${target.return.organisation.id}/plan`],
    redirect: `/actions/${created.id}?done=created`,
  }),
});
