import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { AssignForm } from "@/components/returns/assign-form";
import { copy } from "@/lib/copy/en";
import { db } from "@/lib/db/prisma";
import { authoriseReturn } from "@/lib/returns/authorise-return";
import { findReturnItem } from "@/lib/returns/find-return-item";
import { ambitionHref, itemKeyFromSegments } from "@/lib/returns/item-href";
import { listAssignableUsers } from "@/lib/returns/list-assignable-users";
import { assignItemAction } from "./actions";

// From the address alone: a title must not reveal anything about a return the viewer may not see.
export async function generateMetadata({ params }: { params: Promise<{ key: string[] }> }): Promise<Metadata> {
  return { title: copy.returns.assign.title(itemKeyFromSegments((await params).key)) };
}

export default async function AssignItemPage({ params }: { params: Promise<{ id: string; key: string[] }> }) {
  await connection();
  const { id, key: segments } = await params;
  const itemKey = itemKeyFromSegments(segments);
  const { stored } = await authoriseReturn(id, "return.assign", `/returns/${id}/assign/${segments.join("/")}`, { answers: { itemKey } });
  const item = await findReturnItem(db(), stored.catalogueVersionId, itemKey);
  if (!item) notFound();
  const people = await listAssignableUsers(db(), stored.organisation.id);
  return (
    <AssignForm action={assignItemAction.bind(null, stored.id, itemKey)} people={people} assigned={stored.assignees.get(itemKey) ?? []}>
      <Link className="nhsuk-back-link" href={ambitionHref(stored.id, item.ambition, itemKey)}>
        {copy.returns.backToReturn}
      </Link>
      <span className="nhsuk-caption-l">
        {stored.organisation.name}: {stored.title}
      </span>
      <h1 className="nhsuk-heading-l">{copy.returns.assign.heading(item.number ?? item.key)}</h1>
      <p>
        {item.stemText ? `${item.stemText} ` : ""}
        {item.text}
      </p>
    </AssignForm>
  );
}
