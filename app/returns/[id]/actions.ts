"use server";
// Submitting and signing off a return: plain forms with the return id bound in (forgeable like
// any field, which is why each action authorises on the stored return). Authorise → lib →
// revalidate → back to the return with what happened.
import { notFound, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/prisma";
import { ForbiddenError, NotFoundError, ReturnStateError } from "@/lib/errors";
import { authoriseReturn } from "@/lib/returns/authorise-return";
import { changeReturnStatus, type ReturnTransition } from "@/lib/returns/change-return-status";

async function change(returnId: string, transition: ReturnTransition, action: "return.submit" | "return.signOff") {
  const page = `/returns/${returnId}`;
  const { user, stored } = await authoriseReturn(returnId, action, page, { answers: "none" });
  let done: string = transition === "submit" ? "submitted" : "signed-off";
  try {
    await changeReturnStatus(db(), { returnId: stored.id, transition }, user);
  } catch (error) {
    // Someone moved it on between the page and the click: show the return as it now is.
    if (error instanceof ReturnStateError) done = "moved";
    else if (error instanceof ForbiddenError || error instanceof NotFoundError) notFound();
    else throw error;
  }
  revalidatePath("/returns");
  revalidatePath(page);
  redirect(`${page}?done=${done}`);
}

export async function submitReturnAction(returnId: string): Promise<void> {
  await change(returnId, "submit", "return.submit");
}

export async function signOffReturnAction(returnId: string): Promise<void> {
  await change(returnId, "signOff", "return.signOff");
}
