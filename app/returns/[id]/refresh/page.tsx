import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { RefreshReturnForm } from "@/components/returns/refresh-return-form";
import { copy } from "@/lib/copy/en";
import { authoriseReturn } from "@/lib/returns/authorise-return";
import { refreshReturnAction } from "./actions";

export const metadata: Metadata = { title: copy.returns.refresh.title };

export default async function RefreshReturnPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  // Only what an organisation has put its name to is refreshed (the policy's rule).
  const { stored } = await authoriseReturn(id, "return.refresh", `/returns/${id}/refresh`, { answers: "none" });
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
