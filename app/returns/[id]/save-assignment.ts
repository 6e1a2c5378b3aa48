import "server-only";
// The assignment forms (one item, a whole section) share their parse and lib call; each names
// its items once it has authorised.
import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { copy } from "@/lib/copy/en";
import { formAction } from "@/lib/edge/form-action";
import type { CurrentUser } from "@/lib/request/current-user";
import { assignItems } from "@/lib/returns/assign-items";

const assigneesSchema = z.object({ assignees: z.array(z.uuid(), { error: copy.returns.assign.notEligible }).max(100, { error: copy.returns.assign.notEligible }) });

export interface AssignmentTarget {
  user: CurrentUser;
  returnId: string;
  itemKeys: readonly string[];
  /** Where the person goes once it is saved. */
  back: string;
}

export function assignmentAction<Bound extends readonly unknown[]>(bound: z.ZodType<Bound>, authorise: (bound: Bound) => Promise<AssignmentTarget>) {
  return formAction({
    bound,
    authorise,
    schema: assigneesSchema,
    fields: (formData) => ({ assignees: formData.getAll("assignees") }),
    formField: "assignees",
    run: ({ user, returnId, itemKeys }, { assignees }) => assignItems(db(), { returnId, itemKeys, userIds: assignees }, user),
    done: ({ returnId, back }) => ({ revalidate: [`/returns/${returnId}`], redirect: back }),
  });
}
