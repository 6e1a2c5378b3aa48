import "server-only";
// next-auth's configuration. next-auth runs the single sign-on handshake and owns the cookie
// format; the session itself is our UserSession row, and the JWT in the cookie carries only
// its id (credentials cannot use next-auth's database sessions in v4, and an id is all a
// cookie should hold).
import type { AuthOptions, User } from "next-auth";
import { headers } from "next/headers";
import { z } from "zod";
import { db } from "../db/prisma";
import { entraConfig, env } from "../env";
import { ENTRA_PROVIDER_ID, buildAuthProviders, type AuthorizePassword } from "./build-auth-providers";
import { CLIENT_IP_HEADER } from "../request/request-headers";
import { revokeUserSession } from "./revoke-user-session";
import { SESSION_COOKIE_MAX_AGE_SECONDS, authSecret, sessionCookie } from "./session-cookie";
import { LOCKED_ERROR_PREFIX, SSO_NO_ACCOUNT_ERROR } from "./sign-in-errors";
import { signInWithEntra } from "./sign-in-with-entra";
import { signInWithPassword } from "./sign-in-with-password";
import { hasControlCharacter } from "../forms/plain-text";

type UserWithSession = User & { sessionId?: string };

// A control character (a NUL above all) would fail the user lookup's query: not an email anyway.
const credentialsSchema = z.object({
  email: z.string().min(1).max(320).refine((email) => !hasControlCharacter(email)),
  password: z.string().min(1).max(1024),
});

function headerValue(source: Record<string, unknown> | undefined, name: string): string | null {
  const value = source?.[name];
  return typeof value === "string" && value !== "" ? value : null;
}

const authorizePassword: AuthorizePassword = async (credentials, requestHeaders) => {
  const parsed = credentialsSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const result = await signInWithPassword(db(), {
    ...parsed.data,
    ip: headerValue(requestHeaders, CLIENT_IP_HEADER),
    userAgent: headerValue(requestHeaders, "user-agent"),
  });
  if (result.ok) return { id: result.userId, sessionId: result.sessionId } satisfies UserWithSession;
  if (result.reason === "locked") throw new Error(`${LOCKED_ERROR_PREFIX}${result.retryAfterMinutes}`);
  return null;
};

export function authOptions(): AuthOptions {
  const cookie = sessionCookie();
  return {
    secret: authSecret(),
    providers: buildAuthProviders({ entra: entraConfig(env()), authorizePassword }),
    session: { strategy: "jwt", maxAge: SESSION_COOKIE_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_COOKIE_MAX_AGE_SECONDS },
    useSecureCookies: cookie.options.secure,
    cookies: { sessionToken: cookie },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider !== ENTRA_PROVIDER_ID) return true;
        const request = await headers();
        const result = await signInWithEntra(db(), {
          email: user.email,
          ip: request.get(CLIENT_IP_HEADER),
          userAgent: request.get("user-agent"),
        });
        if (!result.ok) return `/sign-in?error=${SSO_NO_ACCOUNT_ERROR}`;
        // next-auth hands this same object to the jwt callback below. Should a future version
        // not, the token carries no session id and nobody is signed in: it fails closed.
        (user as UserWithSession).sessionId = result.sessionId;
        return true;
      },
      async jwt({ token, user }) {
        // Nothing but the session id goes in the cookie: not the name, email or picture
        // next-auth would put there by default.
        const sessionId = user ? (user as UserWithSession).sessionId : token.sessionId;
        return typeof sessionId === "string" ? { sessionId } : {};
      },
      async session({ session }) {
        // Pages read the user from the database (lib/auth/current-user.ts), not from here.
        return { expires: session.expires };
      },
    },
    events: {
      // Only if next-auth's own sign-out endpoint is used; the header's button goes to /sign-out.
      async signOut({ token }) {
        if (typeof token?.sessionId === "string") {
          await revokeUserSession(db(), token.sessionId, { ip: (await headers()).get(CLIENT_IP_HEADER) });
        }
      },
    },
  };
}
