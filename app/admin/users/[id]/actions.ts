"use server";
// Removing a role and disabling or enabling an account: plain forms with ids bound in
// (forgeable, so each authorises on what is stored). Authorise → lib → revalidate → back.
import { notFound, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { authorise } from "@/lib/auth/authorise";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/prisma";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { toOrgRef } from "@/lib/organisations/to-org-ref";
import { removeMembership } from "@/lib/users/remove-membership";
import { setUserDisabled } from "@/lib/users/set-user-disabled";

function page(userId: string, done: string): never {
  revalidatePath("/admin/users");
  revalidatePath(`/admin/users/${userId}`);
  redirect(`/admin/users/${userId}?done=${done}`);
}

function explain(error: unknown, userId: string): never {
  if (error instanceof ConflictError && error.reason === "user.self") page(userId, "self");
  if (error instanceof ForbiddenError || error instanceof NotFoundError) notFound();
  throw error;
}

export async function removeMembershipAction(userId: string, membershipId: string): Promise<void> {
  await requireUser("/admin/users");
  const membership = await db().membership.findFirst({
    where: { id: membershipId, userId },
    select: { organisation: { select: { id: true, kind: true, regionId: true, icbId: true } } },
  });
  if (!membership) notFound();
  const user = await authorise("membership.manage", { type: "organisation", organisation: toOrgRef(membership.organisation) }, "/admin/users");
  try {
    await removeMembership(db(), membershipId, user);
  } catch (error) {
    explain(error, userId);
  }
  page(userId, "removed");
}

export async function setUserDisabledAction(userId: string, disabled: boolean): Promise<void> {
  const user = await authorise("user.manage", { type: "system" }, "/admin/users");
  try {
    await setUserDisabled(db(), { userId, disabled: disabled === true }, user);
  } catch (error) {
    explain(error, userId);
  }
  page(userId, disabled ? "disabled" : "enabled");
}
