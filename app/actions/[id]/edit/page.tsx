import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ActionForm } from "@/components/actions/action-form";
import { authoriseAction } from "@/lib/actions/authorise-action";
import { listActionOwners } from "@/lib/actions/list-action-owners";
import { planCopy } from "@/lib/copy/plan";
import { db } from "@/lib/db/prisma";
import { splitDate } from "@/lib/forms/date-field";
import { updateActionAction } from "../actions";

export const metadata: Metadata = { title: planCopy.editTitle };

export default async function EditActionPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const { action } = await authoriseAction(id, "action.edit", `/actions/${id}/edit`);
  const owners = await listActionOwners(db(), action.resource.organisation);
  return (
    <ActionForm
      action={updateActionAction.bind(null, action.id)}
      initial={{
        wantTo: action.wantTo,
        doThisBy: action.doThisBy,
        ownerKind: action.ownerUserId ? "person" : "organisation",
        ownerUserId: action.ownerUserId ?? "",
        ownerName: action.ownerName ?? "",
        dueDate: splitDate(action.dueDate),
      }}
      owners={owners}
      version={action.version}
      submitLabel={planCopy.editButton}
    >
      <Link className="nhsuk-back-link" href={`/actions/${action.id}`}>
        {planCopy.backToAction}
      </Link>
      <h1>
        <span className="nhsuk-caption-l">
          {action.organisation.name}: {planCopy.ambitionLabel(action.ambitionNumber)}
        </span>
        {planCopy.editTitle}
      </h1>
    </ActionForm>
  );
}
