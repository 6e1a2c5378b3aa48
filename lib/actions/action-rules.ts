// The limits and vocabulary of an improvement action, shared by the forms, lib and the
// database's CHECK constraints (prisma/migrations/*_improvement_plan), which hold the same numbers.
import type { ActionStatus } from "../generated/prisma/client";

export const ACTION_TEXT_MAX = 2_000;
export const ACTION_NOTE_MAX = 500;
export const OWNER_NAME_MAX = 200;
export const AMBITION_NUMBERS = [1, 2, 3, 4, 5, 6] as const;

export const ACTION_STATUSES = ["not_started", "in_progress", "done", "dropped"] as const satisfies readonly ActionStatus[];
/** Still to do: what a refresh carries over and what can be overdue. */
export const OPEN_ACTION_STATUSES = ["not_started", "in_progress"] as const satisfies readonly ActionStatus[];

/** "Due in 30 days" on the plan's filter and the dashboard. */
export const DUE_SOON_DAYS = 30;

/** The fields whose changes the history keeps (the database CHECK lists the same). */
export type ActionChangeField = "created" | "wantTo" | "doThisBy" | "owner" | "dueDate" | "status" | "updateNote" | "ambitionNumber" | "items";
