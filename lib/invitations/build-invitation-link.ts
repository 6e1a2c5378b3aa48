/** The link an invitee opens: the token goes in the path, and nowhere else. */
export function buildInvitationLink(origin: string, token: string): string {
  return new URL(`/accept-invitation/${encodeURIComponent(token)}`, origin).toString();
}
