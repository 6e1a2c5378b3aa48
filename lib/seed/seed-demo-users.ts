// Creates the demo users (lib/seed/demo-users.ts) that are missing, each with its one
// membership. Idempotent, and once created a demo user is an ordinary user: a later start
// does not reset its password, name, memberships or disabled state.
import type { Db } from "../db/create-client";
import { hashPassword } from "../auth/hash-password";
import { referenceKey } from "../organisations/reference-key";
import { DEMO_USERS, type DemoUser } from "./demo-users";

export async function seedDemoUsers(db: Db, users: readonly DemoUser[] = DEMO_USERS): Promise<void> {
  for (const demo of users) {
    if (await db.user.findUnique({ where: { email: demo.email }, select: { id: true } })) continue;
    const organisation = await db.organisation.findUnique({
      where: { referenceKey: referenceKey(demo.organisation.kind, demo.organisation.name) },
      select: { id: true },
    });
    if (!organisation) throw new Error(`The demo users need the reference organisation "${demo.organisation.name}": seed reference data first.`);
    const passwordHash = await hashPassword(demo.password);
    await db.$transaction(async (tx) => {
      // Concurrent starts against one database: the second finds the user made by the first.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('seed-demo-users'))`;
      if (await tx.user.findUnique({ where: { email: demo.email }, select: { id: true } })) return;
      await tx.user.create({
        data: {
          email: demo.email,
          name: demo.name,
          passwordHash,
          memberships: { create: { organisationId: organisation.id, role: demo.role } },
        },
      });
    });
  }
}
