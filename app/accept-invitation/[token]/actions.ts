"use server";
// Accepting an invitation is public: the token is the permission, checked by lib, which claims
// the invitation and writes the user and membership in one transaction.
import { z } from "zod";
import { boundKeySchema } from "@/lib/forms/bound-argument";
import { requireUser } from "@/lib/request/current-user";
import { db } from "@/lib/db/prisma";
import { buttonAction } from "@/lib/edge/button-action";
import { formAction } from "@/lib/edge/form-action";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { newAccountSchema } from "./schema";

/** The invitation's own page, which shows what is true now (e.g. "can no longer be used"). */
const invitationPage = (token: string) => `/accept-invitation/${encodeURIComponent(token)}`;
const ACCEPTED = "/accept-invitation/accepted";

export const acceptAsNewUserAction = formAction({
  bound: z.tuple([boundKeySchema]),
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
  bound: z.tuple([boundKeySchema]),
  authorise: async ([token]) => ({ token, user: await requireUser(invitationPage(token)) }),
  run: ({ token, user }) => acceptInvitation(db(), token, { as: "existingUser", user }),
  // Signed in as someone else: the invitation's page says so.
  explainedAt: ({ token }) => invitationPage(token),
  done: ({ token }, settled) => ({ revalidate: [], redirect: settled.ok ? ACCEPTED : invitationPage(token) }),
});

