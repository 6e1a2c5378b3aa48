import type { ActionStatus } from "../generated/prisma/client";
import { DUE_SOON_DAYS, OPEN_ACTION_STATUSES } from "./action-rules";

const DAY_MS = 86_400_000;

/** Today at UTC midnight, the form due dates are kept in. */
export function utcToday(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** Overdue: still open and due before today. */
export function isOverdue(action: { status: ActionStatus; dueDate: Date }, today: Date): boolean {
  return (OPEN_ACTION_STATUSES as readonly ActionStatus[]).includes(action.status) && action.dueDate.getTime() < today.getTime();
}

/** The last due date that counts as "due in 30 days" from `today`. */
export function dueSoonLimit(today: Date): Date {
  return new Date(today.getTime() + DUE_SOON_DAYS * DAY_MS);
}
