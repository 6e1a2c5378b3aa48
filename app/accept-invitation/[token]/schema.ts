// What the new-account form of an invitation accepts. The name follows every text field's rule
// (lib/forms/plain-text.ts); passwords are exempt, being hashed and never stored as text.
import { z } from "zod";
import { passwordSchema } from "@/lib/auth/password-policy";
import { copy } from "@/lib/copy/en";
import { plainText } from "@/lib/forms/plain-text";
import { NAME_MAX_LENGTH } from "@/lib/invitations/accept-invitation";

const errors = copy.invitations.accept.errors;

export const newAccountSchema = z
  .object({
    name: plainText({
      label: copy.invitations.accept.nameLabel,
      max: NAME_MAX_LENGTH,
      tooLong: errors.nameTooLong(NAME_MAX_LENGTH),
      missing: errors.nameMissing,
      spaces: "collapse",
    }),
    password: z.string({ error: errors.passwordMissing }).min(1, { error: errors.passwordMissing }).pipe(passwordSchema),
    confirmPassword: z.string({ error: errors.confirmMissing }).min(1, { error: errors.confirmMissing }),
  })
  .refine((value) => value.password === value.confirmPassword, { path: ["confirmPassword"], error: errors.confirmMismatch });
