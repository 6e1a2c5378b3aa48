"use server";
// Accepting an invitation is public: the token is the permission, checked by lib, which claims
// the invitation and writes the user and membership in one transaction.
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { passwordSchema } from "@/lib/auth/password-policy";
import { copy } from "@/lib/copy/en";
import { db } from "@/lib/db/prisma";
import { buttonAction } from "@/lib/edge/button-action";
import { formAction } from "@/lib/edge/form-action";
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

/** The invitation's own page, which shows what is true now (e.g. "can no longer be used"). */
const invitationPage = (token: string) => `/accept-invitation/${encodeURIComponent(token)}`;
const ACCEPTED = "/accept-invitation/accepted";

export const acceptAsNewUserAction = formAction({
  bound: z.tuple([z.string()]),
  authorise: async ([token]) => ({ token }),
  schema: newAccountSchema,
  secret: ["password", "confirmPassword"],
  formField: "name",
  run: ({ token }, { name, password }) => acceptInvitation(db(), token, { as: "newUser", name, password }),
  // Used, revoked or expired meanwhile, or the email registered meanwhile: the page explains.
  elsewhere: (outcome, { token }) => (outcome === "unusable" ? invitationPage(token) : undefined),
  done: () => ({ revalidate: [], redirect: ACCEPTED }),
});

export const acceptAsExistingUserAction = buttonAction({
  bound: z.tuple([z.string()]),
  authorise: async ([token]) => ({ token, user: await requireUser(invitationPage(token)) }),
  run: ({ token, user }) => acceptInvitation(db(), token, { as: "existingUser", user }),
  // Signed in as someone else: the invitation's page says so.
  explainedAt: ({ token }) => invitationPage(token),
  done: ({ token }, settled) => ({ revalidate: [], redirect: settled.ok ? ACCEPTED : invitationPage(token) }),
});

