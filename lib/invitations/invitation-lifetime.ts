/** How long an invitation link works: seven days from when it was sent. */
export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
