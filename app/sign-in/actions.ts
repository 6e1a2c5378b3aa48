"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { copy } from "@/lib/copy/en";
import { databaseFailureSince, isDatabaseOutage } from "@/lib/db/database-outage";
import { db } from "@/lib/db/prisma";
import { issueSessionCookie } from "@/lib/request/issue-session-cookie";
import { CLIENT_IP_HEADER } from "@/lib/request/request-headers";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { signInFormSchema, type SignInFormField } from "@/lib/auth/sign-in-form-schema";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";

export type SignInFormState = {
  email: string;
  errors: { field: SignInFormField; message: string }[];
};

/**
 * The sign-in form's action (a server action, so the form works without JavaScript and
 * Next checks the request's Origin). Anonymous by nature: there is nobody to authorise yet.
 */
export async function signInAction(_previous: SignInFormState, form: FormData): Promise<SignInFormState> {
  const email = String(form.get("email") ?? "");
  const callbackUrl = safeCallbackUrl(form.get("callbackUrl"));
  const parsed = signInFormSchema.safeParse({ email, password: String(form.get("password") ?? "") });
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => ({ field: issue.path[0] as SignInFormField, message: issue.message }));
    // One message per field, in form order.
    const first = (field: SignInFormField) => errors.find((error) => error.field === field);
    return { email, errors: [first("email"), first("password")].filter((error) => error !== undefined) };
  }

  const request = await headers();
  const startedAt = Date.now();
  let result: Awaited<ReturnType<typeof signInWithPassword>>;
  try {
    result = await signInWithPassword(db(), {
      email: parsed.data.email,
      password: parsed.data.password,
      ip: request.get(CLIENT_IP_HEADER),
      userAgent: request.get("user-agent"),
    });
  } catch (error) {
    // An outage is worth a sentence in the form (the typed email kept); anything else is a bug.
    if (!isDatabaseOutage(error) && !databaseFailureSince(startedAt)) throw error;
    return { email, errors: [{ field: "email", message: copy.serviceUnavailable.signIn }] };
  }
  if (!result.ok) {
    const message = result.reason === "locked" ? copy.auth.locked(result.retryAfterMinutes) : copy.auth.invalidCredentials;
    return { email, errors: [{ field: "email", message }] };
  }
  await issueSessionCookie(result.sessionId);
  redirect(callbackUrl);
}
