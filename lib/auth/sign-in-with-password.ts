// Email and password sign-in: the lock check, the password check, the failure counters, the
// session row and the audit trail, in that order. Called by the sign-in page's server action
// and by next-auth's credentials provider; both only add the cookie.
import type { Db } from "../db/create-client";
import { AUDIT_ACTIONS } from "../audit/audit-actions";
import { countSignInFailure } from "./count-sign-in-failure";
import { findSignInLock, type SignInLock } from "./find-sign-in-lock";
import { normaliseEmail } from "./normalise-email";
import { recordAuditEvent } from "../audit/record-audit-event";
import { ACCOUNT_LIMIT, ADDRESS_LIMIT, accountThrottleKey, addressThrottleKey } from "./sign-in-limits";
import { startUserSession } from "./start-user-session";
import { purgeExpiredRows } from "../db/purge-expired-rows";
import { verifyPassword } from "./verify-password";

export type PasswordSignIn = {
  email: string;
  password: string;
  ip: string | null;
  userAgent?: string | null;
  /** Injected by tests; the real clock otherwise. */
  now?: Date;
};

export type SignInResult =
  | { ok: true; userId: string; sessionId: string }
  /** Deliberately one reason for unknown email, wrong password, no password and disabled account. */
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; retryAfterMinutes: number };

type FailureReason = "unknown_email" | "no_password" | "wrong_password" | "disabled";

function lockedResult(lock: SignInLock, now: Date): SignInResult {
  return { ok: false, reason: "locked", retryAfterMinutes: Math.max(1, Math.ceil((lock.until.getTime() - now.getTime()) / 60_000)) };
}

export async function signInWithPassword(db: Db, attempt: PasswordSignIn): Promise<SignInResult> {
  const now = attempt.now ?? new Date();
  const email = normaliseEmail(attempt.email);
  const { ip } = attempt;

  // Checked before the password, and for unknown emails too, so a paused account looks
  // exactly like a paused non-account and even the right password cannot get through.
  const lock = await findSignInLock(db, { email, ip, now });
  if (lock) {
    await recordAuditEvent(db, {
      action: AUDIT_ACTIONS.signIn,
      outcome: "denied",
      actorEmail: email,
      ip,
      details: { reason: "locked", scope: lock.scope, lockedUntil: lock.until },
    });
    return lockedResult(lock, now);
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, disabledAt: true },
  });
  // Always one argon2 verification, hash or no hash, so the time taken reveals nothing.
  const matches = await verifyPassword(user?.passwordHash, attempt.password);

  if (user && matches && user.disabledAt === null) {
    const sessionId = await db.$transaction(async (tx) => {
      // Only the account-and-address counter: a success must not wipe the address counter,
      // or one valid account would let an attacker reset it between guesses at others.
      await tx.signInThrottle.deleteMany({ where: { key: accountThrottleKey(email, ip) } });
      await purgeExpiredRows(tx, now);
      const id = await startUserSession(tx, { userId: user.id, ip, userAgent: attempt.userAgent, now });
      await recordAuditEvent(tx, {
        action: AUDIT_ACTIONS.signIn,
        outcome: "success",
        actorId: user.id,
        actorEmail: email,
        targetType: "session",
        targetId: id,
        ip,
        details: { method: "password" },
      });
      return id;
    });
    return { ok: true, userId: user.id, sessionId };
  }

  const reason: FailureReason = !user
    ? "unknown_email"
    : user.disabledAt !== null
      ? "disabled"
      : user.passwordHash
        ? "wrong_password"
        : "no_password";
  // Both counters and their audit rows commit together: a log never shows a count that did not happen.
  const newLocks = await db.$transaction(async (tx) => {
    const account = await countSignInFailure(tx, accountThrottleKey(email, ip), ACCOUNT_LIMIT, now);
    const address = await countSignInFailure(tx, addressThrottleKey(ip), ADDRESS_LIMIT, now);
    await recordAuditEvent(tx, {
      action: AUDIT_ACTIONS.signIn,
      outcome: "failure",
      actorId: user?.id ?? null,
      actorEmail: email,
      ip,
      details: { reason, accountFailures: account.failures, addressFailures: address.failures },
    });
    // This failure may have reached a limit: say so now rather than on the next attempt.
    const locks: SignInLock[] = [];
    if (account.lockedUntil && account.lockedUntil > now) locks.push({ scope: "account", until: account.lockedUntil });
    if (address.lockedUntil && address.lockedUntil > now) locks.push({ scope: "address", until: address.lockedUntil });
    for (const lock of locks) {
      await recordAuditEvent(tx, {
        action: AUDIT_ACTIONS.signInLocked,
        outcome: "info",
        actorId: user?.id ?? null,
        actorEmail: email,
        ip,
        details: { scope: lock.scope, lockedUntil: lock.until },
      });
    }
    return locks;
  });
  const latest = newLocks.sort((a, b) => b.until.getTime() - a.until.getTime())[0];
  if (latest) return lockedResult(latest, now);
  return { ok: false, reason: "invalid" };
}
