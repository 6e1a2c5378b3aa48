import { ConflictError } from "../errors";
import type { OrganisationKind, Prisma } from "../generated/prisma/client";

/** How names are compared: neither case nor extra spaces make a different name. */
function nameKey(name: string): string {
  return name.normalize("NFKC").trim().replace(/\s+/g, " ").toLocaleLowerCase("en-GB");
}

/**
 * Refuses `name` when another organisation under the same parent already has it: ICBs within
 * a region, places and providers within an ICB (one list: a place and a provider of the same
 * name would be as confusing as two places), regions among regions.
 *
 * Takes a transaction-scoped advisory lock on the parent first, so two administrators adding
 * the same name at the same moment cannot both pass the check; call it inside the
 * transaction that writes the name.
 */
export async function assertUniqueName(
  tx: Prisma.TransactionClient,
  target: { kind: OrganisationKind; regionId: string | null; icbId: string | null; name: string; excludeId?: string },
): Promise<void> {
  const sameParent: Prisma.OrganisationWhereInput =
    target.kind === "region"
      ? { kind: "region" }
      : target.kind === "icb"
        ? { kind: "icb", regionId: target.regionId }
        : { kind: { in: ["place", "provider"] }, icbId: target.icbId };
  const parentKey = target.kind === "region" ? "regions" : target.kind === "icb" ? `region:${target.regionId}` : `icb:${target.icbId}`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`organisation-names:${parentKey}`}))`;

  const siblings = await tx.organisation.findMany({
    where: { ...sameParent, ...(target.excludeId ? { id: { not: target.excludeId } } : {}) },
    select: { name: true },
  });
  const key = nameKey(target.name);
  if (siblings.some((sibling) => nameKey(sibling.name) === key)) {
    throw new ConflictError("organisation.duplicateName", `An organisation called "${target.name}" already exists there.`);
  }
}
