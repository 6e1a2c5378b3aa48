import { createHash } from "node:crypto";

/**
 * What is stored for an invitation token: its sha256, hex. A plain hash (no salt, no slow
 * hash) is enough because the token is 32 random bytes, not something a person chose; it
 * keeps a leaked database from yielding working links while lookups stay one indexed match.
 */
export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
