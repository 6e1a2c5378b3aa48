"use client";
// Single sign-on starts with a POST carrying next-auth's CSRF token, which next-auth's
// client fetches first; hence a script button rather than a plain link.
import { signIn } from "next-auth/react";
import { useState } from "react";
import { copy } from "@/lib/copy/en";

export function EntraSignIn({ callbackUrl }: { callbackUrl: string }) {
  const [pending, setPending] = useState(false);
  return (
    <>
      <h2 className="nhsuk-heading-m">{copy.auth.ssoHeading}</h2>
      <button
        className="nhsuk-button nhsuk-button--secondary"
        type="button"
        disabled={pending}
        onClick={() => {
          setPending(true);
          void signIn("azure-ad", { callbackUrl }).finally(() => setPending(false));
        }}
      >
        {copy.auth.ssoButton}
      </button>
    </>
  );
}
