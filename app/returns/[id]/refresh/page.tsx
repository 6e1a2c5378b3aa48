import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { RefreshReturnForm } from "@/components/returns/refresh-return-form";
import { authorise } from "@/lib/auth/authorise";
import { copy } from "@/lib/copy/en";
import { authoriseReturn } from "@/lib/returns/authorise-return";
import { toReturnRef } from "@/lib/returns/to-return-ref";
import { refreshReturnAction } from "./actions";

export const metadata: Metadata = { title: copy.returns.refresh.title };

export default async function RefreshReturnPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const { stored } = await authoriseReturn(id, "return.read", `/returns/${id}/refresh`, { answers: "none" });
  await authorise("return.create", { type: "organisation", organisation: toReturnRef(stored).organisation }, `/returns/${id}/refresh`);
  // Only what an organisation has put its name to is refreshed.
  if (stored.status === "draft") notFound();
  const t = copy.returns.refresh;
  return (
    <RefreshReturnForm action={refreshReturnAction.bind(null, stored.id)} defaultTitle={t.defaultTitle(stored.title)}>
      <Link className="nhsuk-back-link" href={`/returns/${stored.id}`}>
        {copy.returns.backToReturn}
      </Link>
      <h1>
        <span className="nhsuk-caption-l">{stored.organisation.name}</span>
        {t.title}
      </h1>
      <p className="nhsuk-lede-text">{t.lede(stored.title)}</p>
    </RefreshReturnForm>
  );
}
