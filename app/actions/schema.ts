import { z } from "zod";
import { ACTION_NOTE_MAX, ACTION_STATUSES, ACTION_TEXT_MAX, OWNER_NAME_MAX } from "@/lib/actions/action-rules";
import type { ActionOwner } from "@/lib/actions/action-owner";
import { planCopy } from "@/lib/copy/plan";
import { datePartNames, joinDateParts, optionalDate } from "@/lib/forms/date-field";
import { plainText } from "@/lib/forms/plain-text";

const errors = planCopy.errors;

/** The form's raw fields: the date input's three boxes joined into one value (joinDateParts). */
export function actionFields(formData: FormData): Record<string, unknown> {
  const date = datePartNames("dueDate");
  return {
    ...Object.fromEntries(["wantTo", "doThisBy", "ownerKind", "ownerUserId", "ownerName", "version"].map((name) => [name, formData.get(name) ?? ""])),
    dueDate: joinDateParts({ day: formData.get(date.day), month: formData.get(date.month), year: formData.get(date.year) }),
  };
}

const actionObject = z.object({
  wantTo: plainText({ label: planCopy.wantTo, max: ACTION_TEXT_MAX, tooLong: errors.textTooLong(planCopy.wantTo, ACTION_TEXT_MAX), missing: errors.wantToMissing }),
  doThisBy: plainText({ label: planCopy.doThisBy, max: ACTION_TEXT_MAX, tooLong: errors.textTooLong(planCopy.doThisBy, ACTION_TEXT_MAX), missing: errors.doThisByMissing }),
  ownerKind: z.enum(["person", "organisation"], { error: errors.ownerKindMissing }),
  ownerUserId: z.string(),
  ownerName: plainText({ label: planCopy.ownerOrganisation, max: OWNER_NAME_MAX, tooLong: errors.textTooLong(planCopy.ownerOrganisation, OWNER_NAME_MAX), spaces: "collapse" }),
  dueDate: optionalDate({ invalid: errors.dueDateInvalid, outOfRange: errors.dueDateOutOfRange }).refine((value) => value !== null, { error: errors.dueDateMissing }),
});

type ActionObject = z.infer<typeof actionObject>;

function checkOwner(value: ActionObject, ctx: z.RefinementCtx) {
  if (value.ownerKind === "person" && !z.uuid().safeParse(value.ownerUserId).success) {
    ctx.addIssue({ code: "custom", path: ["ownerUserId"], message: errors.ownerPersonMissing });
  }
  if (value.ownerKind === "organisation" && value.ownerName === "") {
    ctx.addIssue({ code: "custom", path: ["ownerName"], message: errors.ownerNameMissing });
  }
}

function toActionInput(value: ActionObject): { wantTo: string; doThisBy: string; owner: ActionOwner; dueDate: Date } {
  return {
    wantTo: value.wantTo,
    doThisBy: value.doThisBy,
    owner: value.ownerKind === "person" ? { userId: value.ownerUserId } : { name: value.ownerName },
    dueDate: value.dueDate as Date,
  };
}

export const actionSchema = actionObject.superRefine(checkOwner).transform(toActionInput);

/** The version the form was opened at: an edit from a stale page is refused. */
export const versionField = z.coerce.number().int().min(1);

export const editActionSchema = actionObject
  .extend({ version: versionField })
  .superRefine(checkOwner)
  .transform((value) => ({ ...toActionInput(value), version: value.version }));

export const statusSchema = z.object({
  status: z.enum(ACTION_STATUSES, { error: errors.statusMissing }),
  updateNote: plainText({ label: planCopy.updateNoteLabel, max: ACTION_NOTE_MAX, tooLong: errors.textTooLong(planCopy.updateNoteLabel, ACTION_NOTE_MAX) }),
  version: versionField,
});
