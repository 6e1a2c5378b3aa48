import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { copy } from "@/lib/copy/en";

const errors = copy.invitations.errors;

export const inviteSchema = z.object({
  email: z
    .string({ error: errors.emailMissing })
    .trim()
    .min(1, { error: errors.emailMissing })
    .max(320, { error: errors.emailTooLong })
    .pipe(z.email({ error: errors.emailInvalid }))
    .transform((email) => email.toLowerCase()),
  organisationId: z.string({ error: errors.organisationMissing }).min(1, { error: errors.organisationMissing }),
  role: z.enum(ROLES, { error: errors.roleMissing }),
});
