import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitationForm } from "@/components/invitations/accept-invitation-form";
import { getCurrentUser } from "@/lib/request/current-user";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { ROLE_LABELS } from "@/lib/policy/roles";
import { copy } from "@/lib/copy/en";
import { db } from "@/lib/db/prisma";
import { getInvitationByToken } from "@/lib/invitations/get-invitation-by-token";
import { acceptAsExistingUserAction, acceptAsNewUserAction } from "./actions";

const text = copy.invitations.accept;

// The token is a secret: keep it out of the Referer of anything this page links to.
export const metadata: Metadata = { title: text.pageTitle, referrer: "no-referrer" };

export default async function AcceptInvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await getInvitationByToken(db(), token);
  if (!invitation) {
    // Unknown, used, revoked and expired links all read the same: nothing more is disclosed.
    return (
      <>
        <h1>{text.unusableTitle}</h1>
        <p>{text.unusableBody}</p>
      </>
    );
  }

  const role = ROLE_LABELS[invitation.role];
  const intro = (
    <>
      <h1>{text.title(invitation.organisationName)}</h1>
      <p className="nhsuk-lede-text">{text.invitedBy(invitation.inviterName, invitation.organisationName, role)}</p>
      <p>{text.forEmail(invitation.email)}</p>
    </>
  );

  if (!invitation.existingUser) {
    return (
      <AcceptInvitationForm action={acceptAsNewUserAction.bind(null, token)} email={invitation.email} passwordMinLength={PASSWORD_MIN_LENGTH}>
        {intro}
        <p>{text.newAccountLede}</p>
      </AcceptInvitationForm>
    );
  }

  const user = await getCurrentUser();
  const returnTo = `/accept-invitation/${encodeURIComponent(token)}`;
  return (
    <>
      {intro}
      {!user ? (
        <>
          <p>{text.existingLede}</p>
          <p>
            <Link className="nhsuk-button" href={`/sign-in?${new URLSearchParams({ callbackUrl: returnTo })}`}>
              {text.signInToAccept}
            </Link>
          </p>
        </>
      ) : user.email !== invitation.email ? (
        <div className="nhsuk-card nhsuk-card--warning">
          <div className="nhsuk-card__content">
            <h2 className="nhsuk-card__heading">{text.wrongAccountHeading}</h2>
            <p className="nhsuk-card__description">{text.wrongAccount(user.email, invitation.email)}</p>
          </div>
        </div>
      ) : (
        <form action={acceptAsExistingUserAction.bind(null, token)}>
          <button className="nhsuk-button" type="submit">
            {text.acceptButton}
          </button>
        </form>
      )}
    </>
  );
}
