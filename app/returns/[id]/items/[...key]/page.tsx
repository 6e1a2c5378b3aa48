import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { SuccessBanner } from "@/components/forms/notification-banner";
import { AnswerForm } from "@/components/returns/answer-form";
import { AnswerHistory } from "@/components/returns/answer-history";
import { ReturnActions } from "@/components/actions/return-actions";
import { PartnersSaid } from "@/components/partners/partners-said";
import { getLevelReasonContext } from "@/lib/partners/get-level-reason-context";
import { can } from "@/lib/policy/policy";
import { getCatalogueVersion } from "@/lib/catalogue/get-catalogue-version";
import { listCatalogueItems } from "@/lib/catalogue/list-catalogue-items";
import { copy } from "@/lib/copy/en";
import { db } from "@/lib/db/prisma";
import { formatDateTime } from "@/lib/format/format-date-time";
import { authoriseReturn } from "@/lib/returns/authorise-return";
import { findReturnItem } from "@/lib/returns/find-return-item";
import { listAnswerRevisions } from "@/lib/returns/list-answer-revisions";
import { latestEventTo, listReturnHistory } from "@/lib/returns/list-return-history";
import { listUserNames } from "@/lib/returns/list-user-names";
import { ambitionHref, itemKeyFromSegments } from "@/lib/returns/item-href";
import { toReturnRef } from "@/lib/returns/to-return-ref";
import { saveAnswerAction } from "./actions";
import { NOT_RATED } from "./schema";

// From the address alone: a title must not reveal anything about a return the viewer may not see.
export async function generateMetadata({ params }: { params: Promise<{ key: string[] }> }): Promise<Metadata> {
  return { title: copy.returns.item.title(itemKeyFromSegments((await params).key)) };
}

// "Save and go to the next item" lands here saying what happened to the item before.
const searchSchema = z.object({
  saved: z.string().max(64).optional().catch(undefined),
  unchanged: z.string().max(64).optional().catch(undefined),
});

export default async function ReturnItemPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; key: string[] }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const { id, key: segments } = await params;
  const { saved, unchanged } = searchSchema.parse(await searchParams);
  const itemKey = itemKeyFromSegments(segments);
  const page = `/returns/${id}/items/${segments.join("/")}`;
  // A return the person may not read answers 404, as a made-up one does.
  const { user, stored } = await authoriseReturn(id, "return.read", page, { answers: { itemKey } });
  const item = await findReturnItem(db(), stored.catalogueVersionId, itemKey);
  if (!item) notFound();
  const assigneeIds = stored.assignees.get(itemKey) ?? [];
  // Readers who may not edit this item are told why (signed off, submitted, assigned to others).
  if (!can(user, "return.item.edit", { type: "returnItem", return: toReturnRef(stored), assigneeIds })) {
    const [history, names] = await Promise.all([listReturnHistory(db(), stored.id), listUserNames(db(), assigneeIds)]);
    const h = copy.handIn;
    const who = (status: "submitted" | "signed_off", email: string | null) => latestEventTo(history, status)?.actorName ?? email ?? "";
    const reason =
      stored.status === "signed_off" && stored.signedOffAt
        ? h.signedOffLocked(formatDateTime(stored.signedOffAt), who("signed_off", stored.signedOffByEmail))
        : stored.status === "submitted" && stored.submittedAt
          ? h.submittedLocked(formatDateTime(stored.submittedAt), who("submitted", stored.submittedByEmail))
          : stored.status === "draft" && assigneeIds.length > 0
            ? h.assignedLocked(assigneeIds.map((userId) => names.get(userId) ?? h.someone).join(", "))
            : h.notEditableLocked;
    return (
      <>
        <Link className="nhsuk-back-link" href={ambitionHref(stored.id, item.ambition, itemKey)}>
          {h.readOnAmbition}
        </Link>
        <span className="nhsuk-caption-l">
          {stored.organisation.name}: {stored.title}
        </span>
        <h1 className="nhsuk-heading-l">
          {item.number ? `${item.number} ` : ""}
          {item.stemText ? `${item.stemText} ` : ""}
          {item.text}
        </h1>
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">{h.lockedTitle}: </span>
          <p>{reason}</p>
        </div>
        <ReturnActions user={user} stored={stored} itemKey={itemKey} />
        <PartnersSaid user={user} stored={stored} itemKey={itemKey} editable={false} />
      </>
    );
  }
  const [catalogue, revisions] = await Promise.all([
    getCatalogueVersion(db(), stored.catalogueVersionId),
    listAnswerRevisions(db(), stored.id, item.id),
  ]);
  if (!catalogue) notFound();
  const answer = stored.answers.get(itemKey);
  const t = copy.returns;
  // Named by the item's number, as the ambition page's banner does; a key no item has shows nothing.
  const items = listCatalogueItems(catalogue);
  const savedItem = saved ? items.find((entry) => entry.key === saved) : undefined;
  const unchangedItem = unchanged ? items.find((entry) => entry.key === unchanged) : undefined;

  return (
    <AnswerForm
      action={saveAnswerAction.bind(null, stored.id, itemKey)}
      levels={catalogue.levels}
      notRatedValue={NOT_RATED}
      levelReason={await getLevelReasonContext(db(), user, stored, itemKey)}
      initial={{
        level: answer?.level === null || answer?.level === undefined ? NOT_RATED : String(answer.level),
        evidence: answer?.evidence ?? "",
        gaps: answer?.gaps ?? "",
        revision: answer?.revision ?? 0,
      }}
    >
      {savedItem && <SuccessBanner>{t.item.saved(savedItem.number ?? savedItem.key)}</SuccessBanner>}
      {unchangedItem && (
        <div className="nhsuk-inset-text" role="status">
          <p>{copy.handIn.unchanged(unchangedItem.number ?? unchangedItem.key)}</p>
        </div>
      )}
      <Link className="nhsuk-back-link" href={ambitionHref(stored.id, item.ambition, itemKey)}>
        {copy.catalogue.ambitionHeading(item.ambition, catalogue.ambitions.find((a) => a.number === item.ambition)?.name ?? "")}
      </Link>
      <span className="nhsuk-caption-l">
        {item.section.number} {item.section.title}
      </span>
      <h1 className="nhsuk-heading-l">
        {item.number ? `${item.number} ` : ""}
        {item.stemText ? `${item.stemText} ` : ""}
        {item.text}
      </h1>
      {answer?.updatedByName && <p className="nhsuk-body-s">{t.lastSaved(formatDateTime(answer.updatedAt), answer.updatedByName)}</p>}
      <PartnersSaid user={user} stored={stored} itemKey={itemKey} editable />
      <AnswerHistory revisions={revisions} />
      <ReturnActions user={user} stored={stored} itemKey={itemKey} />
    </AnswerForm>
  );
}
