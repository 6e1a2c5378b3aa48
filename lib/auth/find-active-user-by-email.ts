import type { Db } from "../db/create-client";
import { normaliseEmail } from "./normalise-email";

/** An enabled user with this email (compared lower-case), for single sign-on matching. */
export async function findActiveUserByEmail(db: Db, email: string | null | undefined): Promise<{ id: string; email: string } | null> {
  if (!email) return null;
  return db.user.findFirst({
    where: { email: normaliseEmail(email), disabledAt: null },
    select: { id: true, email: true },
  });
}
