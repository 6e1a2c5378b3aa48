// What the printed board paper says at its top about the return it reports: who submitted it
// and who signed it off, by name where the account still exists (the return keeps their email,
// which outlives the account). The caller has already authorised reading the dashboard the
// return belongs to and passes a return it listed, so this reads no further permission.
import type { Db } from "../db/create-client";

export interface BoardPaperPeople {
  submittedBy: string | null;
  signedOffBy: string | null;
}

export async function getBoardPaperPeople(db: Db, returnId: string): Promise<BoardPaperPeople> {
  const stored = await db.assessmentReturn.findUnique({ where: { id: returnId }, select: { submittedByEmail: true, signedOffByEmail: true } });
  const emails = [stored?.submittedByEmail, stored?.signedOffByEmail].filter((email): email is string => Boolean(email));
  const users = emails.length ? await db.user.findMany({ where: { email: { in: emails } }, select: { email: true, name: true } }) : [];
  const nameOf = (email: string | null | undefined) => (email ? (users.find((user) => user.email === email)?.name ?? email) : null);
  return { submittedBy: nameOf(stored?.submittedByEmail), signedOffBy: nameOf(stored?.signedOffByEmail) };
}
