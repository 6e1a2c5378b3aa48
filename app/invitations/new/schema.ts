import { z } from "zod";
import { ROLES } from "@/lib/policy/roles";
import { copy } from "@/lib/copy/en";
import { plainText } from "@/lib/forms/plain-text";

const errors = copy.invitations.errors;

export const inviteSchema = z.object({
  email: plainText({ label: copy.invitations.emailLabel, max: 320, tooLong: errors.emailTooLong, missing: errors.emailMissing })
    .pipe(z.email({ error: errors.emailInvalid }))
    .transform((email) => email.toLowerCase()),
  organisationId: z.string({ error: errors.organisationMissing }).min(1, { error: errors.organisationMissing }),
  role: z.enum(ROLES, { error: errors.roleMissing }),
});
