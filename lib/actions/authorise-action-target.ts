import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db/prisma";
import { authorise } from "../request/authorise";
import { requireUser, type CurrentUser } from "../request/current-user";
import { loadActionTarget, type ActionTarget } from "./load-action-target";

/**
 * The first lines of the "Create an action" page and its form: signed in, the return (and the
 * partner's return) readable, and action.create allowed on what the action would be raised
 * from. Missing and refused both answer 404.
 */
export async function authoriseActionTarget(
  input: { returnId: string; itemKey: string | null; ambitionNumber: number | null; sourceReturnId: string | null },
  returnTo: string,
): Promise<{ user: CurrentUser; target: ActionTarget }> {
  await requireUser(returnTo);
  const target = await loadActionTarget(db(), input);
  if (!target) notFound();
  await authorise("return.read", { type: "return", ...target.return.ref }, returnTo);
  if (target.source) await authorise("return.read", { type: "return", ...target.source.ref }, returnTo);
  const user = await authorise("action.create", target.resource, returnTo);
  return { user, target };
}
