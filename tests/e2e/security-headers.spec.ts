import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { signInAs } from "./support/sign-in";
import { createPlace, withAppDatabase } from "./fixtures/app-database";
import { postForm, readForm } from "./fixtures/forms";

const BNSSG = "Bristol, North Somerset and South Gloucestershire";

function csp(response: APIResponse): Map<string, string[]> {
  const header = response.headers()["content-security-policy"] ?? "";
  return new Map(
    header
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], what).toContain("camera=()");
  expect(headers["permissions-policy"], what).toContain("microphone=()");
  expect(headers["permissions-policy"], what).toContain("geolocation=()");
  // Served over plain http here: HSTS would be ignored at best, so it is not sent.
  expect(headers["strict-transport-security"], what).toBeUndefined();
  const policy = csp(response);
  expect(policy.get("default-src"), what).toEqual(["'self'"]);
  expect(policy.get("script-src"), what).toEqual(["'self'", expect.stringMatching(/^'nonce-[A-Za-z0-9+/]{22}=='$/), "'strict-dynamic'"]);
  expect(policy.get("frame-ancestors"), what).toEqual(["'none'"]);
  expect(policy.get("object-src"), what).toEqual(["'none'"]);
  expect(policy.get("base-uri"), what).toEqual(["'self'"]);
  expect(policy.get("form-action"), what).toEqual(["'self'"]);
  expect(policy.get("img-src"), what).toEqual(["'self'", "data:"]);
  expect(policy.get("font-src"), what).toEqual(["'self'", "https://assets.nhs.uk"]);
  expect(policy.get("connect-src"), what).toEqual(["'self'"]);
  expect([...policy.values()].flat(), what).not.toContain("'unsafe-eval'");
  expect([...policy.values()].flat(), what).not.toContain("'unsafe-inline'");
}

/** Collects CSP violations (reported as DOM events and as console errors) from the moment the page opens. */
async function watchForViolations(page: Page): Promise<() => Promise<string[]>> {
  const consoleViolations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(message.text())) consoleViolations.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return async () => [...consoleViolations, ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations ?? []))];
}

test("a page, the health check, a redirect and static files all carry the security headers", async ({ request }) => {
  const page = await request.get("/sign-in");
  expect(page.status()).toBe(200);
  expectSecurityHeaders(page, "/sign-in");

  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expectSecurityHeaders(health, "/api/health");

  const redirect = await request.get("/", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expectSecurityHeaders(redirect, "redirect from /");

  const stylesheet = await request.get("/nhsuk/nhsuk-frontend.min.css");
  expect(stylesheet.status()).toBe(200);
  expectSecurityHeaders(stylesheet, "public/ file");

  const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(await page.text())?.[1];
  expect(script).toBeTruthy();
  const asset = await request.get(script as string);
  expect(asset.status()).toBe(200);
  expectSecurityHeaders(asset, "_next/static file");

  const missing = await request.get("/no-such-page");
  expect(missing.status()).toBe(404);
  expectSecurityHeaders(missing, "404 page");
});

test("every script in a page carries that response's nonce, and the nonce is new each time", async ({ request }) => {
  const first = await request.get("/sign-in");
  const second = await request.get("/sign-in");
  const nonceOf = (response: APIResponse) => /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonceOf(first)).toBeTruthy();
  expect(nonceOf(first)).not.toBe(nonceOf(second));
  const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonceOf(first)}"`);
});

test("ignores a client's claim to be on https: no HSTS without a trusted proxy", async ({ request }) => {
  const response = await request.get("/api/health", { headers: { "X-Forwarded-Proto": "https" } });
  expect(response.headers()["strict-transport-security"]).toBeUndefined();
});

test("the app runs under the policy: no violations, and its scripts run", async ({ page }) => {
  const violations = await watchForViolations(page);
  await page.goto("/sign-in");
  await signInAs(page, "administrator");
  for (const path of ["/", "/catalogue", "/admin/organisations", "/invitations/new", "/accept-invitation/no-such-token"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
  }
  // Client-side code ran: the error summary's script prefixes the title and takes focus.
  await page.goto("/invitations/new");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.locator(".nhsuk-error-summary")).toBeFocused();
  // And client-side navigation (a fetch of the next page's payload) works.
  await page.getByRole("link", { name: "Catalogue" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Self-assessment catalogue" })).toBeVisible();
  expect(await violations()).toEqual([]);
});

test("a cross-origin POST to a server action is refused and changes nothing", async ({ page }) => {
  const place = await withAppDatabase((db) => createPlace(db, BNSSG, "CSRF target"));
  await signInAs(page, "administrator");
  await page.goto(`/admin/organisations/${place.id}/rename`);
  const fields = await readForm(page, "Rename organisation");
  const path = `/admin/organisations/${place.id}/rename`;

  // The administrator's own cookies, but posted from another site.
  const forged = await postForm(page.request, path, { ...fields, name: "Renamed by another site" }, "https://evil.example");
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  expect(await withAppDatabase((db) => db.organisation.findUniqueOrThrow({ where: { id: place.id } }))).toMatchObject({ name: place.name });

  // The same request from this site goes through, so it was the origin that was refused.
  const own = await postForm(page.request, path, { ...fields, name: `${place.name} renamed` }, new URL(page.url()).origin);
  expect(own.status()).toBe(303);
  expect((await withAppDatabase((db) => db.organisation.findUniqueOrThrow({ where: { id: place.id } }))).name).toBe(`${place.name} renamed`);
});
