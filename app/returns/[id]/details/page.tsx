import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { DetailsForm } from "@/components/returns/details-form";
import { copy } from "@/lib/copy/en";
import { splitDate } from "@/lib/forms/date-field";
import { authoriseReturn } from "@/lib/returns/authorise-return";
import { updateDetailsAction } from "./actions";

export const metadata: Metadata = { title: copy.returns.editDetailsTitle };

export default async function ReturnDetailsPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const { stored } = await authoriseReturn(id, "return.update", `/returns/${id}/details`, { answers: "none" });
  return (
    <DetailsForm
      action={updateDetailsAction.bind(null, stored.id)}
      initial={{
        title: stored.title,
        completedBy: stored.completedBy,
        versionNote: stored.versionNote,
        completionDate: splitDate(stored.completionDate),
        livedExperience: stored.livedExperience,
      }}
    >
      <Link className="nhsuk-back-link" href={`/returns/${stored.id}`}>
        {copy.returns.backToReturn}
      </Link>
      <h1>
        <span className="nhsuk-caption-l">{stored.organisation.name}</span>
        {copy.returns.editDetailsTitle}
      </h1>
    </DetailsForm>
  );
}
