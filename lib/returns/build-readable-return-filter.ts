// "Permission in the query" for return lists: the policy's readable scopes, as one Prisma
// filter, so a list can never show a return that `can(user, "return.read", …)` would refuse.
import { readableReturnScopes, type PolicyUser } from "../policy/policy";
import type { Prisma } from "../generated/prisma/client";

export function buildReadableReturnFilter(user: PolicyUser): Prisma.AssessmentReturnWhereInput {
  const scopes = readableReturnScopes(user);
  const disjuncts: Prisma.AssessmentReturnWhereInput[] = [];
  for (const scope of scopes) {
    const status = { in: [...scope.statuses] };
    if (scope.allOrganisations) {
      disjuncts.push({ status });
      continue;
    }
    const organisation: Prisma.OrganisationWhereInput[] = [];
    if (scope.organisationIds.length) organisation.push({ id: { in: [...scope.organisationIds] } });
    if (scope.icbIds.length) organisation.push({ icbId: { in: [...scope.icbIds] } });
    if (scope.regionIds.length) organisation.push({ regionId: { in: [...scope.regionIds] } });
    if (organisation.length) disjuncts.push({ status, organisation: { OR: organisation } });
  }
  // No scope: a filter that matches nothing (an empty OR would match everything in some ORMs).
  return disjuncts.length ? { OR: disjuncts } : { id: { in: [] } };
}
