import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db/prisma";
import { authorise } from "../request/authorise";
import { requireUser, type CurrentUser } from "../request/current-user";
import { getAction, type ActionView } from "./get-action";
import { loadActionForPolicy } from "./load-action-for-policy";

/**
 * The first lines of every page and form about one action: signed in, the action, and
 * `permission` allowed on it. Missing and refused both answer 404 (a refusal is audited).
 */
export async function authoriseAction(
  id: string,
  permission: "action.read" | "action.edit" | "action.updateStatus",
  returnTo: string,
): Promise<{ user: CurrentUser; action: ActionView }> {
  await requireUser(returnTo);
  const loaded = await loadActionForPolicy(db(), id);
  if (!loaded) notFound();
  const user = await authorise(permission, loaded.resource, returnTo);
  const action = await getAction(db(), loaded.id, user);
  if (!action) notFound();
  return { user, action };
}
