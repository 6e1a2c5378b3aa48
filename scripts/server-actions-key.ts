// Next encrypts the ids a page binds into its forms (action.bind(null, id)) with a key it
// embeds in the build, random unless NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is set. Instances built
// on different machines would then refuse each other's forms ("Failed to find Server Action").
// Every instance already shares NEXTAUTH_SECRET, so the key is derived from it.
import { hkdfSync } from "node:crypto";

type KeyEnv = { readonly NEXTAUTH_SECRET?: string; readonly NEXT_SERVER_ACTIONS_ENCRYPTION_KEY?: string };

/** A 32-byte AES key, base64 as Next expects, derived from the session secret (or the operator's own). */
export function serverActionsKey(env: KeyEnv): string {
  if (env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY) return env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY;
  const secret = env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET must be resolved before the build.");
  return Buffer.from(hkdfSync("sha256", secret, "ambitions", "next-server-actions-encryption-key", 32)).toString("base64");
}
