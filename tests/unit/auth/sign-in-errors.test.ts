import { describe, expect, it } from "vitest";
import { describeSignInError } from "../../../lib/auth/sign-in-errors";

describe("describeSignInError", () => {
  it("shows nothing without an error", () => {
    expect(describeSignInError(undefined)).toBeNull();
    expect(describeSignInError("")).toBeNull();
  });

  it("turns next-auth's and our codes into fixed sentences", () => {
    expect(describeSignInError("CredentialsSignin")).toBe("The email address or password is not correct");
    expect(describeSignInError("SignInPaused:15")).toMatch(/^Sign-in is paused for this account from this device for 15 minutes/);
    expect(describeSignInError("SignInPaused:1")).toMatch(/for 1 minute after/);
    expect(describeSignInError("SsoNoAccount")).toMatch(/not linked to an active account/);
    expect(describeSignInError("OAuthCallback")).toMatch(/^Single sign-on did not complete/);
  });

  it("never echoes what it was given", () => {
    expect(describeSignInError("<b>Call 0800 fraud</b>")).toBe("Sorry, sign-in is not working at the moment. Try again later.");
    expect(describeSignInError("SignInPaused:99999")).toBe("The email address or password is not correct");
  });
});
