import "server-only";
import { headers } from "next/headers";
import { env } from "../env";

/**
 * The address invitation links start with: NEXTAUTH_URL (the configured public address)
 * when set; otherwise the origin the inviter's browser is on. Next has already checked that
 * a server action's Origin matches its Host, so that is the address they reached us at.
 */
export async function invitationOrigin(): Promise<string> {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const request = await headers();
  const origin = request.get("origin");
  if (origin && URL.canParse(origin) && origin !== "null") return new URL(origin).origin;
  return `http://${request.get("host") ?? "localhost"}`;
}
