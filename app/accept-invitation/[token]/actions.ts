"use server";
// Accepting an invitation. Public (the token is the permission) → parse → lib, which claims
// the invitation and writes the user and membership in one transaction → on to the
// confirmation. An existing user must be signed in as the invited email.
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { passwordSchema } from "@/lib/auth/password-policy";
import { copy } from "@/lib/copy/en";
import { db } from "@/lib/db/prisma";
import { ConflictError, ForbiddenError, InvitationUnusableError, ValidationError } from "@/lib/errors";
import { collectFieldErrors } from "@/lib/forms/collect-field-errors";
import { invalidForm, type FormState } from "@/lib/forms/form-state";
import { readFormValues } from "@/lib/forms/read-form-values";
import { acceptInvitation, NAME_MAX_LENGTH } from "@/lib/invitations/accept-invitation";

const errors = copy.invitations.accept.errors;

const newAccountSchema = z
  .object({
    name: z
      .string({ error: errors.nameMissing })
      .transform((value) => value.trim().replace(/\s+/g, " "))
      .pipe(z.string().min(1, { error: errors.nameMissing }).max(NAME_MAX_LENGTH, { error: errors.nameTooLong(NAME_MAX_LENGTH) })),
    password: z.string({ error: errors.passwordMissing }).min(1, { error: errors.passwordMissing }).pipe(passwordSchema),
    confirmPassword: z.string({ error: errors.confirmMissing }).min(1, { error: errors.confirmMissing }),
  })
  .refine((value) => value.password === value.confirmPassword, { path: ["confirmPassword"], error: errors.confirmMismatch });

/** The sentence for a rule the library enforces again after the form's own checks. */
function explain(error: ValidationError): string {
  switch (error.reason) {
    case "name.missing":
      return errors.nameMissing;
    case "name.tooLong":
      return errors.nameTooLong(NAME_MAX_LENGTH);
    default:
      // The password policy words its own messages (lib/auth/password-policy.ts).
      return error.message;
  }
}

/** Back to the invitation's own page, which shows what is true now (e.g. "can no longer be used"). */
function backToInvitation(token: string): never {
  redirect(`/accept-invitation/${encodeURIComponent(token)}`);
}

export async function acceptAsNewUserAction(token: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = readFormValues(formData, ["password", "confirmPassword"]);
  const parsed = newAccountSchema.safeParse({
    name: formData.get("name") ?? undefined,
    password: formData.get("password") ?? undefined,
    confirmPassword: formData.get("confirmPassword") ?? undefined,
  });
  if (!parsed.success) return invalidForm(collectFieldErrors(parsed.error), values);
  try {
    await acceptInvitation(db(), token, { as: "newUser", name: parsed.data.name, password: parsed.data.password });
  } catch (error) {
    if (error instanceof ValidationError) return invalidForm([{ field: error.field, message: explain(error) }], values);
    // Used, revoked or expired meanwhile, or the email registered meanwhile: the page explains.
    if (error instanceof InvitationUnusableError || (error instanceof ConflictError && error.reason === "user.exists")) {
      backToInvitation(token);
    }
    throw error;
  }
  redirect("/accept-invitation/accepted");
}

export async function acceptAsExistingUserAction(token: string): Promise<void> {
  const user = await requireUser(`/accept-invitation/${encodeURIComponent(token)}`);
  try {
    await acceptInvitation(db(), token, { as: "existingUser", user });
  } catch (error) {
    if (error instanceof InvitationUnusableError || error instanceof ForbiddenError) backToInvitation(token);
    throw error;
  }
  redirect("/accept-invitation/accepted");
}
