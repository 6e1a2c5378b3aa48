import type { Db } from "../db/create-client";
import type { OrganisationKind, Prisma, Role } from "../generated/prisma/client";

export interface UserSummary {
  id: string;
  name: string;
  email: string;
  disabled: boolean;
  lastSignInAt: Date | null;
  memberships: { id: string; role: Role; organisation: { id: string; name: string; kind: OrganisationKind } }[];
}

export const USER_SUMMARY_SELECT = {
  id: true,
  name: true,
  email: true,
  disabledAt: true,
  lastSignInAt: true,
  memberships: {
    select: { id: true, role: true, organisation: { select: { id: true, name: true, kind: true } } },
    orderBy: [{ organisation: { name: "asc" as const } }, { role: "asc" as const }],
  },
} satisfies Prisma.UserSelect;

export function toSummary(row: { id: string; name: string; email: string; disabledAt: Date | null; lastSignInAt: Date | null; memberships: UserSummary["memberships"] }): UserSummary {
  return { id: row.id, name: row.name, email: row.email, disabled: row.disabledAt !== null, lastSignInAt: row.lastSignInAt, memberships: row.memberships };
}

/**
 * Every user with their memberships, by name (for administrators: the caller authorises); with
 * `query`, only those whose name or email address contains it, any case.
 */
export async function listUsers(db: Db, query?: string): Promise<UserSummary[]> {
  const where: Prisma.UserWhereInput = query
    ? { OR: [{ name: { contains: query, mode: "insensitive" } }, { email: { contains: query, mode: "insensitive" } }] }
    : {};
  const rows = await db.user.findMany({ where, select: USER_SUMMARY_SELECT, orderBy: [{ name: "asc" }, { email: "asc" }] });
  return rows.map(toSummary);
}
