import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/request/current-user";
import { copy } from "@/lib/copy/en";

const text = copy.invitations.accept;

export const metadata: Metadata = { title: text.acceptedTitle };

// Where accepting leads, for new and existing users alike; it shows nothing about the invitation.
export default async function InvitationAcceptedPage() {
  const user = await getCurrentUser();
  return (
    <>
      <div className="nhsuk-panel">
        <h1 className="nhsuk-panel__heading">{text.acceptedTitle}</h1>
        <div className="nhsuk-panel__body">{text.acceptedBody}</div>
      </div>
      <p>{user ? <Link href="/">{text.acceptedContinue}</Link> : <Link href="/sign-in">{text.acceptedSignIn}</Link>}</p>
    </>
  );
}
