"use server";
import { z } from "zod";
import { authoriseAction } from "@/lib/actions/authorise-action";
import { updateAction } from "@/lib/actions/update-action";
import { updateActionStatus } from "@/lib/actions/update-action-status";
import { db } from "@/lib/db/prisma";
import { formAction } from "@/lib/edge/form-action";
import { editActionSchema, actionFields, statusSchema } from "../schema";

const bound = z.tuple([z.uuid()]);

export const updateActionStatusAction = formAction({
  bound,
  authorise: ([id]) => authoriseAction(id, "action.updateStatus", `/actions/${id}`),
  schema: statusSchema,
  formField: "status",
  run: ({ user, action }, input) => updateActionStatus(db(), { actionId: action.id, expectedVersion: input.version, status: input.status, updateNote: input.updateNote }, user),
  done: ({ action }, result) => ({
    revalidate: [`/actions/${action.id}`, `/organisations/${action.organisation.id}/plan`],
    redirect: `/actions/${action.id}?done=${result.changed ? "saved" : "unchanged"}`,
  }),
  refreshOnRefusal: ({ action }) => [`/actions/${action.id}`],
});

export const updateActionAction = formAction({
  bound,
  authorise: ([id]) => authoriseAction(id, "action.edit", `/actions/${id}/edit`),
  schema: editActionSchema,
  fields: actionFields,
  formField: "wantTo",
  run: ({ user, action }, input) => updateAction(db(), { ...input, actionId: action.id, expectedVersion: input.version }, user),
  done: ({ action }, result) => ({
    revalidate: [`/actions/${action.id}`, `/organisations/${action.organisation.id}/plan`],
    redirect: `/actions/${action.id}?done=${result.changed ? "saved" : "unchanged"}`,
  }),
});
