import "server-only";
import { notFound } from "next/navigation";
import { authorise } from "../request/authorise";
import { requireUser, type CurrentUser } from "../request/current-user";
import type { Action } from "../policy/roles";
import { db } from "../db/prisma";
import { getReturn, type ReturnAnswersScope, type ReturnView } from "./get-return";
import { toReturnRef } from "./to-return-ref";

type ReturnAction = "return.read" | "return.update" | "return.assign" | "return.import" | "return.submit" | "return.signOff" | "return.refresh" | "return.reopen" | "return.requestPartners" | "return.readPartners";

/**
 * The first lines of every page and action about one return: signed in (before the lookup, so
 * an anonymous visitor cannot tell real ids from made-up ones), the return, and `action` allowed
 * on it. Missing and refused both answer 404; a refusal is audited. `answers` limits
 * what of the answers is loaded (see getReturn).
 */
export async function authoriseReturn(
  id: string,
  action: ReturnAction & Action,
  returnTo?: string,
  options: { answers?: ReturnAnswersScope } = {},
): Promise<{ user: CurrentUser; stored: ReturnView }> {
  await requireUser(returnTo);
  const stored = await getReturn(db(), id, options);
  if (!stored) notFound();
  const user = await authorise(action, { type: "return", ...toReturnRef(stored) }, returnTo);
  return { user, stored };
}
