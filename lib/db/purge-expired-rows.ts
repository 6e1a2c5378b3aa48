// Rows that only matter for a while: failed sign-in counters, sessions, invitation links and
// workbook previews nobody applied.
// Purged at start-up and after every successful sign-in (a cheap trigger that comes often
// enough on a busy instance and never on an idle one), each by one indexed comparison.
import { purgeExpiredSessions } from "../auth/purge-expired-sessions";
import { purgeStaleSignInCounters } from "../auth/purge-stale-sign-in-counters";
import { purgeExpiredImports } from "../imports/purge-expired-imports";
import { purgeExpiredInvitations } from "../invitations/purge-expired-invitations";
import type { Db, TransactionClient } from "./create-client";

export async function purgeExpiredRows(
  db: Db | TransactionClient,
  now: Date,
): Promise<{ signInCounters: number; sessions: number; invitations: number; imports: number }> {
  return {
    signInCounters: await purgeStaleSignInCounters(db, now),
    sessions: await purgeExpiredSessions(db, now),
    invitations: await purgeExpiredInvitations(db, now),
    imports: await purgeExpiredImports(db, now),
  };
}
