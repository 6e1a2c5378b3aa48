import "server-only";
// The part the item and section assignment forms share, once they have authorised: parse the
// ticked people, assign them in lib, and turn its refusals into what the form shows.
import { notFound } from "next/navigation";
import { z } from "zod";
import type { Actor } from "@/lib/audit/actor";
import { copy } from "@/lib/copy/en";
import { db } from "@/lib/db/prisma";
import { ForbiddenError, NotFoundError, ReturnStateError, ValidationError } from "@/lib/errors";
import { invalidForm, type FormState } from "@/lib/forms/form-state";
import { assignItems } from "@/lib/returns/assign-items";

const assigneesSchema = z.array(z.uuid()).max(100);

/** null once saved; otherwise the form's answer. */
export async function saveAssignment(formData: FormData, input: { returnId: string; itemKeys: readonly string[] }, user: Actor): Promise<FormState | null> {
  const parsed = assigneesSchema.safeParse(formData.getAll("assignees"));
  const refuse = (message: string) => invalidForm([{ field: "assignees", message }], {});
  if (!parsed.success) return refuse(copy.returns.assign.notEligible);
  try {
    await assignItems(db(), { ...input, userIds: parsed.data }, user);
    return null;
  } catch (error) {
    if (error instanceof ValidationError) return refuse(copy.returns.assign.notEligible);
    if (error instanceof ReturnStateError) return refuse(copy.returns.item.notDraft);
    if (error instanceof ForbiddenError || error instanceof NotFoundError) notFound();
    throw error;
  }
}
