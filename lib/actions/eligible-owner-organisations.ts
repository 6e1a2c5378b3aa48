import type { Prisma } from "../generated/prisma/client";
import type { OrgRef } from "../policy/policy";

/**
 * Where an action's owner with an account may come from: people with a role in the action's
 * organisation, and, in an ICB, its places and providers (a hospice's lead owning the ICB's
 * action), or, for a place or provider, its ICB. Nobody from another ICB.
 */
export function eligibleOwnerOrganisations(organisation: OrgRef): Prisma.OrganisationWhereInput {
  if (organisation.kind === "icb") return { OR: [{ id: organisation.id }, { icbId: organisation.id }] };
  return { id: { in: [organisation.id, ...(organisation.icbId ? [organisation.icbId] : [])] } };
}
