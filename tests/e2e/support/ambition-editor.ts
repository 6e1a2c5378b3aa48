// Helpers for the ambition editor's browser tests: a draft of its own and people of its own for
// every test, and the parts of one item's editor.
import { randomUUID } from "node:crypto";
import { expect, type Locator, type Page } from "@playwright/test";
import { hashPassword } from "../../../lib/auth/hash-password";
import { createReturnRow, findIcb, withAppDatabase } from "../fixtures/app-database";

const BNSSG = "Bristol, North Somerset and South Gloucestershire";
export const EDITOR_PASSWORD = "editor-tests-password-2026";

export type EditorUser = { email: string; password: string; name: string; id: string };

/**
 * An ICB in a region that no dashboard or comparison test reads. A test that submits its return
 * uses it: a BNSSG return submitted now would become BNSSG's latest published one, under the
 * dashboard and regional comparison tests that run after it.
 */
export const UNREAD_ICB = "West Yorkshire";

/** A fresh draft (BNSSG's unless `icbName` says) and `count` people of that ICB (contributors unless `role` says), with distinct names. */
export async function draftWithContributors(
  count: number,
  levelOf?: (key: string) => number | null,
  options: { icbName?: string; role?: "contributor" | "board_member" } = {},
) {
  const icbName = options.icbName ?? BNSSG;
  return withAppDatabase(async (db) => {
    const icb = await findIcb(db, icbName);
    const created = await createReturnRow(db, icbName, "draft", "Editor test", levelOf);
    const passwordHash = await hashPassword(EDITOR_PASSWORD);
    const users: EditorUser[] = [];
    for (let index = 0; index < count; index += 1) {
      const suffix = randomUUID().slice(0, 8);
      const name = `Editor ${["Ada", "Bea", "Cy"][index] ?? index} ${suffix}`;
      const email = `editor.${suffix}@example.nhs.uk`;
      const user = await db.user.create({
        data: { email, name, passwordHash, memberships: { create: { organisationId: icb.id, role: options.role ?? "contributor" } } },
      });
      users.push({ email, password: EDITOR_PASSWORD, name, id: user.id });
    }
    return { returnId: created.id, url: `/returns/${created.id}`, users };
  });
}

/** One item of the ambition page, by key ("1.1.2", "4.1.2/ambulance"). */
export function itemOf(page: Page, key: string): Locator {
  return page.locator(`[id="item-${key}"]`);
}

export function evidenceOf(item: Locator): Locator {
  return item.getByRole("textbox", { name: /^Evidence/ });
}

export function gapsOf(item: Locator): Locator {
  return item.getByRole("textbox", { name: /^Gaps/ });
}

export function stateOf(item: Locator): Locator {
  return item.getByRole("status");
}

export async function expectSaved(item: Locator) {
  await expect(stateOf(item)).toHaveText(/^Saved at \d\d:\d\d$/, { timeout: 15_000 });
}

/** The stored answer of one item, or null. */
export async function storedAnswer(returnId: string, key: string) {
  return withAppDatabase((db) => db.returnAnswer.findFirst({ where: { returnId, catalogueItem: { key } }, include: { updatedBy: { select: { name: true } } } }));
}

/** Leaving or reloading a page with unsaved edits asks first: these tests accept. */
export function acceptLeaving(page: Page): string[] {
  const seen: string[] = [];
  page.on("dialog", (dialog) => {
    seen.push(dialog.type());
    void dialog.accept();
  });
  return seen;
}
