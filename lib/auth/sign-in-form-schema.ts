// What the sign-in form must contain before a password check is even attempted. Deliberately
// not the new-password policy: the sign-in page says nothing about what a password must be.
import { z } from "zod";
import { copy } from "../copy/en";
import { plainText } from "../forms/plain-text";

export const signInFormSchema = z.object({
  // A control character (a NUL above all) would reach the user lookup and fail the query.
  email: plainText({ label: copy.auth.emailLabel, max: 320, tooLong: copy.auth.emailTooLong, missing: copy.auth.emailMissing }).pipe(
    z.string().regex(/^[^\s@]+@[^\s@]+$/, { message: copy.auth.emailInvalid }),
  ),
  password: z.string().min(1, { message: copy.auth.passwordMissing }).max(1024, { message: copy.auth.invalidCredentials }),
});

export type SignInFormField = keyof z.infer<typeof signInFormSchema>;
