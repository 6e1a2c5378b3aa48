import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { copy } from "@/lib/copy/en";
import { authoriseReturn } from "@/lib/returns/authorise-return";

export const metadata: Metadata = { title: copy.handIn.submittedTitle };

export default async function ReturnSubmittedPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const { stored } = await authoriseReturn(id, "return.read", `/returns/${id}/submitted`, { answers: "none" });
  // Only a submitted return has just been submitted; otherwise the return's own page says what it is.
  if (stored.status !== "submitted") redirect(`/returns/${stored.id}`);
  const t = copy.handIn;
  return (
    <>
      <div className="nhsuk-panel">
        <h1 className="nhsuk-panel__title">{t.submittedPanel(stored.title)}</h1>
        <div className="nhsuk-panel__body">{stored.organisation.name}</div>
      </div>
      <h2>{t.whoCanSeeHeading}</h2>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {t.whoCanSee(stored.organisation.name).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h2>{t.whatNextHeading}</h2>
      <p>{t.whatNext}</p>
      <p>
        <Link href={`/returns/${stored.id}`}>{t.viewReturn}</Link>
      </p>
    </>
  );
}
