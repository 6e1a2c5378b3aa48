// What the sign-in form must contain before a password check is even attempted. Deliberately
// not the new-password policy: the sign-in page says nothing about what a password must be.
import { z } from "zod";
import { copy } from "../copy/en";

export const signInFormSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, { message: copy.auth.emailMissing })
    .max(320, { message: copy.auth.emailTooLong })
    .regex(/^[^\s@]+@[^\s@]+$/, { message: copy.auth.emailInvalid }),
  password: z.string().min(1, { message: copy.auth.passwordMissing }).max(1024, { message: copy.auth.invalidCredentials }),
});

export type SignInFormField = keyof z.infer<typeof signInFormSchema>;
