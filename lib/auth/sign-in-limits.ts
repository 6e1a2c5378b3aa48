// Failed sign-in limits. Counters live in PostgreSQL (SignInThrottle) so the limits hold across
// app instances and restarts.
const MINUTE = 60_000;

/**
 * Per account and address: 5 failures within 15 minutes pause sign-in for that account from
 * that address for 15 minutes. Someone mistyping elsewhere, or an attacker elsewhere, does
 * not lock the owner out everywhere.
 */
export const ACCOUNT_LIMIT = { maxFailures: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE } as const;

/**
 * Per address, across every account: against one machine trying many accounts (credential
 * stuffing). Loose, because whole NHS trusts sit behind one NAT address and a tight limit
 * would let one person's typing lock out a hospital.
 */
export const ADDRESS_LIMIT = { maxFailures: 50, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE } as const;

export type SignInLimit = { readonly maxFailures: number; readonly windowMs: number; readonly lockMs: number };

/** Requests whose address is unknown share one counter rather than escaping the limit. */
const UNKNOWN_ADDRESS = "unknown";

export function accountThrottleKey(email: string, ip: string | null): string {
  return `pair:${email}|${ip ?? UNKNOWN_ADDRESS}`;
}

export function addressThrottleKey(ip: string | null): string {
  return `ip:${ip ?? UNKNOWN_ADDRESS}`;
}
