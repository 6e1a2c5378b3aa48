// Autosave on the ambition page (issue 10): nothing typed is lost to a reload, a dropped
// connection, an expired session or a return submitted meanwhile; a colleague's save in between
// is shown side by side with three choices; colleagues' saves reach an open page.
// Each test makes its own draft and people (tests/e2e/support/ambition-editor.ts).
import { expect, test, type Page } from "@playwright/test";
import { withAppDatabase } from "./fixtures/app-database";
import { signInWith } from "./support/sign-in";
import {
  UNREAD_ICB,
  acceptLeaving,
  draftWithContributors,
  evidenceOf,
  expectSaved,
  gapsOf,
  itemOf,
  stateOf,
  storedAnswer,
} from "./support/ambition-editor";

/** Keeps a page from hearing about colleagues' saves, so its next save meets theirs as a conflict. */
async function stopPolling(page: Page) {
  await page.route(/\/api\/returns\/[^/]+\/answers/, (route) => (route.request().method() === "GET" ? route.abort() : route.fallback()));
}

test("an edit is saved about a second after typing pauses, and says so", async ({ page }) => {
  const { url, returnId, users } = await draftWithContributors(1);
  await signInWith(page, users[0]!, { callbackUrl: `${url}/ambitions/1` });
  const item = itemOf(page, "1.1.2");
  await item.getByRole("radio", { name: "Level 2" }).check();
  await expectSaved(item);
  await evidenceOf(item).fill("Audit of advance care plans");
  await expect.poll(async () => (await storedAnswer(returnId, "1.1.2"))?.evidence, { timeout: 15_000 }).toBe("Audit of advance care plans");
  await expectSaved(item);
  await expect(item).toContainText(`by ${users[0]!.name}`);
  expect(await storedAnswer(returnId, "1.1.2")).toMatchObject({ level: 2, evidence: "Audit of advance care plans", revision: 2 });
});

test("a reload in mid-typing restores the text, says so, and saves it", async ({ page }) => {
  const { url, returnId, users } = await draftWithContributors(1);
  await signInWith(page, users[0]!, { callbackUrl: `${url}/ambitions/1` });
  const dialogs = acceptLeaving(page);
  const item = itemOf(page, "1.1.2");
  await evidenceOf(item).pressSequentially("Typed before the reload");
  await page.reload();
  expect(dialogs).toContain("beforeunload");
  await expect(page.getByRole("status").filter({ hasText: "Changes restored" })).toBeVisible();
  await expect(evidenceOf(itemOf(page, "1.1.2"))).toHaveValue("Typed before the reload");
  await expectSaved(itemOf(page, "1.1.2"));
  expect(await storedAnswer(returnId, "1.1.2")).toMatchObject({ evidence: "Typed before the reload" });
  // Confirmed by the server: nothing is left to restore.
  await page.reload();
  await expect(page.getByText("Changes restored")).toHaveCount(0);
});

test("typed while offline is sent once the connection is back", async ({ page, context }) => {
  const { url, returnId, users } = await draftWithContributors(1);
  await signInWith(page, users[0]!, { callbackUrl: `${url}/ambitions/2` });
  const item = itemOf(page, "2.1.1");
  await context.setOffline(true);
  await gapsOf(item).fill("Written on the train");
  await expect(stateOf(item)).toHaveText("Not saved, retrying", { timeout: 10_000 });
  expect(await storedAnswer(returnId, "2.1.1")).toBeNull();
  await context.setOffline(false);
  await expectSaved(item);
  expect(await storedAnswer(returnId, "2.1.1")).toMatchObject({ gaps: "Written on the train" });
});

test("a session that ends in mid-typing keeps the text through signing in again", async ({ page }) => {
  const { url, returnId, users } = await draftWithContributors(1);
  const user = users[0]!;
  await signInWith(page, user, { callbackUrl: `${url}/ambitions/3` });
  acceptLeaving(page);
  await withAppDatabase((db) => db.userSession.deleteMany({ where: { userId: user.id } }));
  const item = itemOf(page, "3.1.1");
  await evidenceOf(item).fill("Typed after the session ended");
  await expect(stateOf(item)).toHaveText("Not saved: sign in again");
  const alert = page.getByRole("alert").filter({ hasText: "Your session has ended" });
  await expect(alert).toBeVisible();
  await alert.getByRole("link", { name: "Sign in again" }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await page.getByLabel("Email address").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${url}/ambitions/3$`));
  await expect(evidenceOf(itemOf(page, "3.1.1"))).toHaveValue("Typed after the session ended");
  await expectSaved(itemOf(page, "3.1.1"));
  expect(await storedAnswer(returnId, "3.1.1")).toMatchObject({ evidence: "Typed after the session ended" });
});

test("a colleague's save in between shows both versions, and each choice does what it says", async ({ browser }) => {
  test.slow();
  const { url, returnId, users } = await draftWithContributors(2);
  const [ada, bea] = [users[0]!, users[1]!];
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signInWith(first, ada, { callbackUrl: `${url}/ambitions/5` });
  await signInWith(second, bea, { callbackUrl: `${url}/ambitions/5` });
  await stopPolling(second);

  for (const key of ["5.1.1", "5.2.1", "5.3.1"]) {
    await evidenceOf(itemOf(first, key)).fill(`Ada's evidence for ${key}`);
    await expectSaved(itemOf(first, key));
    await evidenceOf(itemOf(second, key)).fill(`Bea's evidence for ${key}`);
    const conflict = itemOf(second, key).getByRole("group", { name: /A colleague saved this item while you were editing it/ });
    await expect(conflict).toContainText(`saved by ${ada.name}`);
    await expect(conflict).toContainText(`Ada's evidence for ${key}`);
    await expect(conflict).toContainText(`Bea's evidence for ${key}`);
    // Nothing is overwritten before a choice.
    expect(await storedAnswer(returnId, key)).toMatchObject({ evidence: `Ada's evidence for ${key}`, revision: 1 });
  }

  // Keep theirs: the box takes their text, and the stored answer stays theirs.
  await itemOf(second, "5.1.1").getByRole("button", { name: "Keep their version" }).click();
  await expect(evidenceOf(itemOf(second, "5.1.1"))).toHaveValue("Ada's evidence for 5.1.1");
  await expect(stateOf(itemOf(second, "5.1.1"))).toHaveText(`Kept ${ada.name}'s version`);
  expect(await storedAnswer(returnId, "5.1.1")).toMatchObject({ evidence: "Ada's evidence for 5.1.1", revision: 1 });

  // Keep mine: saved over theirs, which stays in the item's history.
  await itemOf(second, "5.2.1").getByRole("button", { name: "Keep my version" }).click();
  await expectSaved(itemOf(second, "5.2.1"));
  expect(await storedAnswer(returnId, "5.2.1")).toMatchObject({ evidence: "Bea's evidence for 5.2.1", revision: 2 });
  const history = await withAppDatabase((db) =>
    db.returnAnswerRevision.findMany({ where: { returnId, catalogueItem: { key: "5.2.1" } }, orderBy: { revision: "asc" } }),
  );
  expect(history.map((revision) => revision.evidence)).toEqual(["Ada's evidence for 5.2.1", "Bea's evidence for 5.2.1"]);

  // Edit a combination: theirs stays beside the boxes while the person writes one from both.
  const combined = itemOf(second, "5.3.1");
  await combined.getByRole("button", { name: "Edit a combination" }).click();
  await expect(combined.getByRole("group", { name: /A colleague saved this item/ })).toContainText("Ada's evidence for 5.3.1");
  await evidenceOf(combined).fill("Ada's evidence for 5.3.1, and Bea's");
  await expectSaved(combined);
  await expect(combined.getByRole("group", { name: /A colleague saved this item/ })).toHaveCount(0);
  expect(await storedAnswer(returnId, "5.3.1")).toMatchObject({ evidence: "Ada's evidence for 5.3.1, and Bea's", revision: 2 });
  await first.context().close();
  await second.context().close();
});

test("a colleague's save reaches an open page without disturbing what is being typed", async ({ browser }) => {
  const { url, users } = await draftWithContributors(2);
  const [ada, bea] = [users[0]!, users[1]!];
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signInWith(first, ada, { callbackUrl: `${url}/ambitions/6` });
  await signInWith(second, bea, { callbackUrl: `${url}/ambitions/6` });
  // Ada is typing in another item all along.
  await evidenceOf(itemOf(first, "6.2.1")).pressSequentially("Ada is typing");

  await itemOf(second, "6.1.1").getByRole("radio", { name: "Level 4" }).check();
  await evidenceOf(itemOf(second, "6.1.1")).fill("Bea's evidence");
  await expectSaved(itemOf(second, "6.1.1"));

  const seen = itemOf(first, "6.1.1");
  await expect(evidenceOf(seen)).toHaveValue("Bea's evidence", { timeout: 12_000 });
  await expect(seen.getByRole("radio", { name: "Level 4" })).toBeChecked();
  await expect(stateOf(seen)).toContainText(`${bea.name} saved this item at`);
  await expect(evidenceOf(itemOf(first, "6.2.1"))).toBeFocused();
  await expect(evidenceOf(itemOf(first, "6.2.1"))).toHaveValue("Ada is typing");
  await first.context().close();
  await second.context().close();
});

test("a return submitted meanwhile: the page says so at once and keeps the unsent text", async ({ page }) => {
  const { url, returnId, users } = await draftWithContributors(1, undefined, { icbName: UNREAD_ICB });
  await signInWith(page, users[0]!, { callbackUrl: `${url}/ambitions/1` });
  await withAppDatabase((db) => db.assessmentReturn.update({ where: { id: returnId }, data: { status: "submitted", submittedAt: new Date() } }));
  const item = itemOf(page, "1.2.1");
  await evidenceOf(item).fill("Too late to save, but not lost");
  const alert = page.getByRole("alert").filter({ hasText: "This self-assessment can no longer be changed" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("It is now submitted.");
  await expect(stateOf(item)).toHaveText("Not saved: the self-assessment is no longer a draft");
  await expect(evidenceOf(item)).toHaveValue("Too late to save, but not lost");
  expect(await storedAnswer(returnId, "1.2.1")).toBeNull();
});
