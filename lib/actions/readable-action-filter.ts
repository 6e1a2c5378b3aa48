import type { Prisma } from "../generated/prisma/client";
import { can, RETURN_STATUSES, type OrgRef, type PolicyUser } from "../policy/policy";

/**
 * The actions of `organisation` that `user` may read, as a database filter ("permission in the
 * query"): the policy is asked about a stand-in action raised from a return of each status, so
 * the filter says what `can(user, "action.read", …)` says without restating a rule. Those who
 * read every action get them all; a regional lead only those linked to a published return;
 * anyone the actions they own.
 */
export function readableActionFilter(user: PolicyUser, organisation: OrgRef): Prisma.ImprovementActionWhereInput {
  const statuses = RETURN_STATUSES.filter((status) =>
    can(user, "action.read", { type: "improvementAction", organisation, ownerId: null, raisedFrom: [{ status, assigneeIds: [] }] }),
  );
  const base = { organisationId: organisation.id };
  if (statuses.length === RETURN_STATUSES.length) return base;
  const clauses: Prisma.ImprovementActionWhereInput[] = [{ ownerUserId: user.id }];
  if (statuses.length > 0) clauses.push({ items: { some: { return: { status: { in: statuses } } } } });
  return { ...base, OR: clauses };
}
