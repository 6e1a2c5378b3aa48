/** The most characters a reason for returning a return to draft may have (form and lib agree). */
export const REOPEN_REASON_MAX = 2_000;
