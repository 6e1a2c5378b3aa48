import { describe, expect, it } from "vitest";
import { buildAuthProviders } from "../../../lib/auth/build-auth-providers";
import { entraConfig, parseEnv } from "../../../lib/env";

const authorizePassword = async () => null;

describe("buildAuthProviders", () => {
  it("offers only email and password when single sign-on is not configured", () => {
    const providers = buildAuthProviders({ entra: entraConfig(parseEnv({})), authorizePassword });
    expect(providers.map((provider) => provider.id)).toEqual(["credentials"]);
  });

  it("adds Microsoft Entra ID, for the configured tenant only, when all three settings are present", () => {
    const config = parseEnv({
      AUTH_ENTRA_CLIENT_ID: "client-id",
      AUTH_ENTRA_CLIENT_SECRET: "client-secret",
      AUTH_ENTRA_TENANT_ID: "tenant-id",
    });
    const providers = buildAuthProviders({ entra: entraConfig(config), authorizePassword });
    expect(providers.map((provider) => provider.id)).toEqual(["credentials", "azure-ad"]);
    const entra = providers[1] as unknown as { wellKnown: string; options: { clientId: string } };
    expect(entra.wellKnown).toContain("https://login.microsoftonline.com/tenant-id/");
    expect(entra.options.clientId).toBe("client-id");
  });

  it("maps the Entra profile to the sign-in email, falling back to the sign-in name", async () => {
    const providers = buildAuthProviders({
      entra: { clientId: "c", clientSecret: "s", tenantId: "t" },
      authorizePassword,
    });
    const entra = providers[1] as unknown as { options: { profile: (profile: object) => Promise<object> | object } };
    expect(await entra.options.profile({ sub: "s1", oid: "o1", name: "Jo Bloggs", preferred_username: "Jo.Bloggs@nhs.net" })).toEqual({
      id: "o1",
      name: "Jo Bloggs",
      email: "Jo.Bloggs@nhs.net",
    });
  });
});
