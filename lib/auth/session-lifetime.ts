// How long a signed-in session lasts. The database row (UserSession) is the session; the
// cookie only names it.
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Signed out after this long without a request (NHS shared workstations). */
export const SESSION_IDLE_MS = 8 * HOUR;

/**
 * Signed out this long after signing in, however active: the cookie's own expiry and the
 * row's, so a stolen cookie is not good for ever.
 */
export const SESSION_ABSOLUTE_MS = 12 * HOUR;

/** lastSeenAt is written at most this often, not on every request. */
export const SESSION_TOUCH_INTERVAL_MS = MINUTE;
