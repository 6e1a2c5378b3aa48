/** Emails are stored and compared lower-case and trimmed: "Jo.Bloggs@NHS.net " is jo.bloggs@nhs.net. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
