// How an invitation reaches the invitee. With no mail server configured the transport writes
// the message, link included, to the server log, and the inviter is shown the link to pass
// on. With SMTP_URL and MAIL_FROM set it is sent through that SMTP server (nodemailer). Another
// transport (GOV.UK Notify, ...) implements InvitationTransport and is returned from
// invitationTransport(); nothing else changes.
import nodemailer from "nodemailer";
import { env, mailConfig } from "../env";
import { ROLE_LABELS, type Role } from "../policy/roles";
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

/** Sends through an SMTP server given as a URL (smtp://user:password@host:port, or smtps://). */
export function smtpTransport(url: string, from: string): InvitationTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    name: "smtp",
    async send(message) {
      await transporter.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}

let configured: InvitationTransport | undefined;

/** The transport this deployment uses: SMTP when configured, otherwise the server log. */
export function invitationTransport(): InvitationTransport {
  if (!configured) {
    const mail = mailConfig(env());
    configured = mail ? smtpTransport(mail.url, mail.from) : logTransport;
  }
  return configured;
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
