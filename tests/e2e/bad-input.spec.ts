// The probes that used to answer 500, sent to the production build as they were found: each
// now gets a clear answer (a form error, 400, 403, 404 or 413), and headers a client should not
// be able to choose are ignored. See docs/input.md.
import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { signInAs } from "./support/sign-in";
import { createReturnRow, withAppDatabase } from "./fixtures/app-database";
import { postForm, readForm } from "./fixtures/forms";

const BNSSG = "Bristol, North Somerset and South Gloucestershire";
const SAVE = "Save and return to the ambition";

test.describe.configure({ mode: "serial" });

async function bnssgDraft() {
  return withAppDatabase((db) => createReturnRow(db, BNSSG, "draft", "Bad input draft"));
}

/** The sign-in form's Server Action id, as the page's script would send it in Next-Action. */
async function signInActionId(request: APIRequestContext): Promise<string> {
  const html = await (await request.get("/sign-in")).text();
  const id = /\$ACTION_1:0" value="\{&quot;id&quot;:&quot;([0-9a-f]+)&quot;/.exec(html)?.[1];
  expect(id, "the sign-in form's action id").toBeTruthy();
  return id as string;
}

test("a control character in the sign-in email gets the field's error, not a 500", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill("programme.manager\u0000@demo.ambitions.nhs.uk");
  await page.getByLabel("Password", { exact: true }).fill("ambitions-demo-2026");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.locator(".nhsuk-error-summary")).toContainText("Email address contains a hidden control character");
  await expect(page).toHaveTitle(/^Error: /);
});

test("control characters, a huge revision and a year-0 date are refused by the forms that take them", async ({ page }) => {
  const draft = await bnssgDraft();
  await signInAs(page, "programme_manager");

  // Through the page, as a person pasting text with a NUL in it.
  await page.goto(`/returns/${draft.id}/items/1.1.2`);
  await page.getByLabel("How would you evidence").fill("Our audit\u0000 of advance care plans");
  await page.getByRole("button", { name: SAVE }).click();
  await expect(page.locator(".nhsuk-error-summary")).toContainText("Evidence contains a hidden control character");
  await expect(page.getByLabel("How would you evidence")).toHaveValue("Our audit\u0000 of advance care plans");

  // By hand: the form as the page renders it, with one field forged at a time.
  await page.goto(`/returns/${draft.id}/items/1.1.2`);
  const fields = await readForm(page, SAVE);
  const origin = new URL(page.url()).origin;
  const send = (overrides: Record<string, string>) => postForm(page.request, `/returns/${draft.id}/items/1.1.2`, { ...fields, level: "2", ...overrides }, origin);
  const forgeries: Record<string, string>[] = [{ gaps: "gap\u0000" }, { revision: "2147483648" }, { revision: "-1" }, { evidence: "x".repeat(1_100_000) }];
  for (const overrides of forgeries) {
    const response = await send(overrides);
    expect(response.status(), JSON.stringify(overrides).slice(0, 60)).toBe(200);
  }
  expect(await withAppDatabase((db) => db.returnAnswer.count({ where: { returnId: draft.id } }))).toBe(0);

  await page.goto(`/returns/${draft.id}/details`);
  // Year 0 sent by hand (the year box holds four digits), 1999 typed.
  const details = await readForm(page, "Save details");
  const yearZero = await postForm(
    page.request,
    `/returns/${draft.id}/details`,
    { ...details, "completionDate-day": "1", "completionDate-month": "1", "completionDate-year": "0000" },
    origin,
  );
  expect(yearZero.status()).toBe(200);
  expect(await yearZero.text()).toContain("Date of completion must be between 01/01/2000 and 31/12/2099");
  const date = page.getByRole("group", { name: "Date of completion" });
  await date.getByLabel("Day").fill("31");
  await date.getByLabel("Month").fill("12");
  await date.getByLabel("Year").fill("1999");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.locator(".nhsuk-error-summary")).toContainText("Date of completion must be between 01/01/2000 and 31/12/2099");
  await page.getByLabel("Name", { exact: true }).fill("Title\u0007");
  await date.getByLabel("Year").fill("2026");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.locator(".nhsuk-error-summary")).toContainText("Name contains a hidden control character");
});

test("a path with %00 or a malformed escape is the same 404 whether the return exists or not", async ({ page }) => {
  const draft = await bnssgDraft();
  await signInAs(page, "programme_manager");
  const unknown = randomUUID();
  const pairs: [string, string][] = [
    [`/returns/${draft.id}%00`, `/returns/${unknown}%00`],
    [`/returns/${draft.id}/items/1.1.2%00`, `/returns/${unknown}/items/1.1.2%00`],
    [`/returns/${draft.id}/assign/1.1.2%00`, `/returns/${unknown}/assign/1.1.2%00`],
    [`/returns/${draft.id}/sections/1.1%E0%A4%A/assign`, `/returns/${unknown}/sections/1.1%E0%A4%A/assign`],
  ];
  for (const [existing, made] of pairs) {
    const a = await page.request.get(existing, { maxRedirects: 0 });
    const b = await page.request.get(made, { maxRedirects: 0 });
    expect(a.status(), existing).toBe(404);
    expect(b.status(), made).toBe(404);
  }
  await page.goto(`/returns/${draft.id}/items/1.1.2%00`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  // The audit filter ignores a control character rather than failing its query.
  await signInAs(page, "administrator");
  expect((await page.request.get("/admin/audit?actor=a%00b")).status()).toBe(200);
});

test("malformed action bodies answer 400, foreign and malformed origins 403", async ({ request, baseURL }) => {
  const id = await signInActionId(request);
  const own = new URL(baseURL as string).origin;
  const action = (headers: Record<string, string>, data: string | Buffer) =>
    request.post("/sign-in", { headers: { "Next-Action": id, ...headers }, data, maxRedirects: 0 });

  expect((await action({ Origin: own, "Content-Type": "multipart/form-data; boundary=xyz" }, "--xyz\r\nContent-Disposition: form-da")).status()).toBe(400);
  expect((await action({ Origin: own, "Content-Type": "text/plain;charset=UTF-8" }, '[{"emai')).status()).toBe(400);
  const forbidden = await action({ Origin: "http://evil.example", "Content-Type": "text/plain;charset=UTF-8" }, "[]");
  expect(forbidden.status()).toBe(403);
  expect(await forbidden.text()).toContain("This form was sent from another website");
  expect((await action({ Origin: "::::", "Content-Type": "text/plain;charset=UTF-8" }, "[]")).status()).toBe(403);
  expect((await action({ Origin: "null", "Content-Type": "text/plain;charset=UTF-8" }, "[]")).status()).toBe(403);
  // X-Forwarded-Host is a client's own word with TRUST_PROXY=0: it cannot make a foreign origin ours.
  expect((await action({ Origin: "http://evil.example", "X-Forwarded-Host": "evil.example", "Content-Type": "text/plain;charset=UTF-8" }, "[]")).status()).toBe(403);
  // Route handlers too: the sign-out form from another site, or with a malformed origin.
  expect((await request.post("/sign-out", { headers: { Origin: "::::" }, maxRedirects: 0 })).status()).toBe(403);
});

test("a body over the limit gets a clear 413; one under it reaches the form, which says what is wrong", async ({ page }) => {
  const draft = await bnssgDraft();
  await signInAs(page, "programme_manager");
  await page.goto(`/returns/${draft.id}/items/1.1.2`);

  // The box says its limit and will not take more.
  const evidence = page.getByLabel("How would you evidence");
  await expect(evidence).toHaveAttribute("maxlength", "10000");
  await expect(page.getByText("You have 10,000 characters remaining").first()).toBeVisible();
  await evidence.fill("e".repeat(10_050));
  expect((await evidence.inputValue()).length).toBe(10_000);
  await expect(page.getByText("You have 0 characters remaining").first()).toBeVisible();

  const fields = await readForm(page, SAVE);
  const tooLarge = await postForm(page.request, `/returns/${draft.id}/items/1.1.2`, { ...fields, evidence: "x".repeat(3_000_000) }, new URL(page.url()).origin);
  expect(tooLarge.status()).toBe(413);
  expect(await tooLarge.text()).toContain("This service accepts up to 2 MB in one form");

  // A catalogue file between 1 MB and the body limit gets the upload form's own message.
  await signInAs(page, "administrator");
  await page.goto("/admin/catalogues");
  const original = readFileSync(path.resolve("lib/catalogue/versions/regional-2021.json"), "utf8");
  const padded = JSON.stringify({ ...JSON.parse(original), comment: "x".repeat(1_200_000) });
  await page.getByLabel("Catalogue file").setInputFiles({ name: "big.json", mimeType: "application/json", buffer: Buffer.from(padded) });
  await page.getByRole("button", { name: "Check and add" }).click();
  await expect(page.locator(".nhsuk-error-summary")).toContainText("The catalogue file must be 1 MB or less");
});

async function failSignIn(page: Page, email: string, headers: Record<string, string>) {
  await page.context().setExtraHTTPHeaders(headers);
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("not the password at all");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.locator(".nhsuk-error-summary")).toBeVisible();
}

test("client-sent address and path headers are ignored: the lockout counts against the real address", async ({ page, request }) => {
  // An address nobody has, so no demo user is paused for the tests after this one; unknown
  // addresses are counted and paused exactly like real ones.
  const email = `nobody.${randomUUID().slice(0, 8)}@example.nhs.uk`;
  // Five failures, each claiming a different address in every header a client could try.
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await failSignIn(page, email, { "x-ambitions-client-ip": `203.0.113.${attempt}`, "x-forwarded-for": `198.51.100.${attempt}` });
  }
  await failSignIn(page, email, { "x-ambitions-client-ip": "203.0.113.99", "x-forwarded-for": "198.51.100.99" });
  await expect(page.locator(".nhsuk-error-summary")).toContainText("Sign-in is paused");
  const addresses = await withAppDatabase(async (db) =>
    (await db.auditEvent.findMany({ where: { action: "sign_in", outcome: "failure", actorEmail: email }, select: { ip: true } })).map((row) => row.ip),
  );
  expect(addresses.length).toBeGreaterThanOrEqual(5);
  for (const ip of addresses) expect(["127.0.0.1", "::1"]).toContain(ip);

  // The path a signed-out visitor is sent back to after signing in is the one they asked for.
  const response = await request.get("/returns", { headers: { "x-ambitions-request-path": "/admin/users" }, maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toContain(`callbackUrl=${encodeURIComponent("/returns")}`);
});
