import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/request/current-user";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { describeSignInError } from "@/lib/auth/sign-in-errors";
import { copy } from "@/lib/copy/en";
import { entraConfig, env } from "@/lib/env";

export const metadata: Metadata = { title: copy.auth.signInTitle };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(single(params.callbackUrl), "/", env().NEXTAUTH_URL);
  if (await getCurrentUser()) redirect(callbackUrl);

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <SignInForm
          callbackUrl={callbackUrl}
          initialError={describeSignInError(single(params.error))}
          notice={single(params.signedOut) === "1" ? copy.auth.signedOut : null}
          entraEnabled={entraConfig(env()) !== null}
        />
      </div>
    </div>
  );
}
