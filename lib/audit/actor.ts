import type { PolicyUser } from "../policy/policy";

/**
 * Whoever asks a library function for a change: the policy's view of them, to re-check the
 * permission, and their email, for the audit record (which outlives the user row).
 */
export type Actor = PolicyUser & { readonly email: string };
