import type { Metadata } from "next";
import { ReturnPageHeading } from "@/components/returns/return-page-heading";
import { connection } from "next/server";
import { ReopenForm } from "@/components/returns/reopen-form";
import { can } from "@/lib/policy/policy";
import { copy } from "@/lib/copy/en";
import { authoriseReturn } from "@/lib/returns/authorise-return";
import { toReturnRef } from "@/lib/returns/to-return-ref";
import { reopenReturnAction } from "./actions";

export const metadata: Metadata = { title: copy.handIn.reopenTitle };

export default async function ReopenReturnPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  // return.reopen, not return.read: an administrator undoes a sign-off without reading returns.
  const { user, stored } = await authoriseReturn(id, "return.reopen", `/returns/${id}/reopen`, { answers: "none" });
  const t = copy.handIn;
  const readable = can(user, "return.read", { type: "return", ...toReturnRef(stored) });
  return (
    <ReopenForm action={reopenReturnAction.bind(null, stored.id)}>
      <ReturnPageHeading stored={stored} heading={t.reopenTitle} back={readable} />
      <p className="nhsuk-lede-text">{t.reopenLede(stored.title, copy.returns.statusLabels[stored.status])}</p>
    </ReopenForm>
  );
}
