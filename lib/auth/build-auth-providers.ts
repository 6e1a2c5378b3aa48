// The sign-in methods next-auth offers: email and password always, Microsoft Entra ID only
// when all three AUTH_ENTRA_* settings are present. Kept apart from the rest of the options
// so the choice is unit tested without a database or a request.
import AzureADProvider from "next-auth/providers/azure-ad";
import CredentialsProvider from "next-auth/providers/credentials";
import type { Provider } from "next-auth/providers/index";
import type { User } from "next-auth";
import type { EntraConfig } from "../env";

export const ENTRA_PROVIDER_ID = "azure-ad";
export const PASSWORD_PROVIDER_ID = "credentials";

export type AuthorizePassword = (
  credentials: { email?: string; password?: string } | undefined,
  headers: Record<string, unknown> | undefined,
) => Promise<User | null>;

type EntraProfile = { sub: string; oid?: string; name?: string; email?: string; preferred_username?: string; upn?: string };

export function buildAuthProviders(options: { entra: EntraConfig | null; authorizePassword: AuthorizePassword }): Provider[] {
  const providers: Provider[] = [
    CredentialsProvider({
      id: PASSWORD_PROVIDER_ID,
      name: "Email and password",
      credentials: { email: { label: "Email address", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: (credentials, request) => options.authorizePassword(credentials, request.headers),
    }),
  ];
  if (options.entra) {
    providers.push(
      AzureADProvider<EntraProfile & { nickname: string; picture: string; email: string }>({
        clientId: options.entra.clientId,
        clientSecret: options.entra.clientSecret,
        // One tenant, never "common": only the organisation's own directory vouches for an email.
        tenantId: options.entra.tenantId,
        // Not the default, which also fetches a profile photo from Microsoft Graph that we never show.
        profile: (profile) => ({
          id: profile.oid ?? profile.sub,
          name: profile.name ?? null,
          // Entra puts the address in `email` only when the mailbox attribute is set; NHS.net
          // accounts carry it as the sign-in name.
          email: profile.email ?? profile.preferred_username ?? profile.upn ?? null,
        }),
      }),
    );
  }
  return providers;
}
