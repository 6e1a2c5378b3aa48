// How an invitation reaches the invitee. There is no mail server in this deployment, so the
// default transport writes the message, link included, to the server log, and the inviter
// is shown the link to pass on. A deployment with mail plugs in another transport (SMTP,
// GOV.UK Notify, ...) by implementing InvitationTransport and returning it from
// invitationTransport(); nothing else changes.
import { ROLE_LABELS, type Role } from "../auth/roles";
import { copy } from "../copy/en";
import { formatDateTime } from "../format/format-date-time";

export interface InvitationMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

export interface InvitationTransport {
  /** Shown in the log line, to tell which transport was used. */
  readonly name: string;
  /** Resolves once the message is handed over; rejects when it could not be. */
  send(message: InvitationMessage): Promise<void>;
}

/** Writes the message to standard output, which is the server log. */
export const logTransport: InvitationTransport = {
  name: "log",
  async send(message) {
    console.log(`[invitation] To: ${message.to}\n[invitation] Subject: ${message.subject}\n${message.text.replace(/^/gm, "[invitation] ")}`);
  },
};

/** The transport this deployment uses. */
export function invitationTransport(): InvitationTransport {
  return logTransport;
}

export interface InvitationDetails {
  readonly to: string;
  readonly inviterName: string;
  readonly organisationName: string;
  readonly role: Role;
  readonly link: string;
  readonly expiresAt: Date;
}

/** Composes the invitation (wording from lib/copy) and hands it to the transport. */
export async function sendInvitation(details: InvitationDetails, transport: InvitationTransport = invitationTransport()): Promise<InvitationMessage> {
  const message: InvitationMessage = {
    to: details.to,
    subject: copy.invitations.email.subject(details.organisationName),
    text: copy.invitations.email.body(
      details.inviterName,
      details.organisationName,
      ROLE_LABELS[details.role],
      details.link,
      formatDateTime(details.expiresAt),
    ),
  };
  await transport.send(message);
  return message;
}
