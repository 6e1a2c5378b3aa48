import { randomBytes } from "node:crypto";
import { hashInvitationToken } from "./hash-invitation-token";

/** A new single-use token (32 random bytes, base64url: safe in a URL path) and its stored hash. */
export function createInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}
