import type { Actor } from "../audit/actor";
import type { TransactionClient } from "../db/create-client";
import { ForbiddenError, NotFoundError, StaleActionError } from "../errors";
import { can } from "../policy/policy";
import { loadActionForPolicy } from "./load-action-for-policy";

/**
 * The first step of every change to an action, inside its transaction: the row locked, the
 * actor allowed `permission` on it (unreadable: not found; readable but not allowed:
 * forbidden), and the version the form was opened at still current.
 */
export async function lockAction(
  tx: TransactionClient,
  input: { actionId: string; expectedVersion: number },
  actor: Actor,
  permission: "action.edit" | "action.updateStatus",
) {
  const loaded = await loadActionForPolicy(tx, input.actionId, { lock: true });
  if (!loaded || !can(actor, "action.read", loaded.resource)) throw new NotFoundError("The action does not exist.");
  if (!can(actor, permission, loaded.resource)) throw new ForbiddenError("Not allowed to change this action.");
  if (loaded.version !== input.expectedVersion) throw new StaleActionError(loaded.version);
  const row = await tx.improvementAction.findUniqueOrThrow({
    where: { id: loaded.id },
    include: { ownerUser: { select: { name: true, email: true } } },
  });
  return { ...loaded, row };
}
