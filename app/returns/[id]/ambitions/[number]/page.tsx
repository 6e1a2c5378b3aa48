import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { SuccessBanner } from "@/components/forms/notification-banner";
import { AnswerEntry } from "@/components/returns/answer-entry";
import { StatusTag } from "@/components/returns/status-tag";
import { ReturnActions } from "@/components/actions/return-actions";
import { can } from "@/lib/policy/policy";
import type { CatalogueItemView } from "@/lib/catalogue/get-catalogue-version";
import { getCatalogueVersion } from "@/lib/catalogue/get-catalogue-version";
import { listCatalogueItems } from "@/lib/catalogue/list-catalogue-items";
import { copy } from "@/lib/copy/en";
import { db } from "@/lib/db/prisma";
import { authoriseReturn } from "@/lib/returns/authorise-return";
import { assignHref, itemHref, sectionAssignHref } from "@/lib/returns/item-href";
import { listUserNames } from "@/lib/returns/list-user-names";
import { toReturnRef } from "@/lib/returns/to-return-ref";

// From the address alone: a title must not reveal anything about a return the viewer may not see.
export async function generateMetadata({ params }: { params: Promise<{ number: string }> }): Promise<Metadata> {
  return { title: copy.returns.ambitionTitle((await params).number) };
}

const paramsSchema = z.object({ id: z.string(), number: z.coerce.number().int().min(1).max(6) });
const searchSchema = z.object({
  saved: z.string().max(64).optional().catch(undefined),
  unchanged: z.string().max(64).optional().catch(undefined),
  assigned: z.string().max(64).optional().catch(undefined),
  assignedSection: z.string().max(16).optional().catch(undefined),
});

export default async function ReturnAmbitionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; number: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const raw = await params;
  const { user, stored } = await authoriseReturn(raw.id, "return.read", `/returns/${raw.id}/ambitions/${raw.number}`);
  const parsed = paramsSchema.safeParse(raw);
  if (!parsed.success) notFound();
  const catalogue = await getCatalogueVersion(db(), stored.catalogueVersionId);
  const ambition = catalogue?.ambitions.find((entry) => entry.number === parsed.data.number);
  if (!catalogue || !ambition) notFound();
  const { saved, unchanged, assigned, assignedSection } = searchSchema.parse(await searchParams);
  const sectionAssigned = ambition.sections.find((section) => section.number === assignedSection);
  const items = listCatalogueItems(catalogue).filter((item) => item.ambition === ambition.number);
  const itemsInSection = (number: string) => items.filter((item) => item.section.number === number).length;
  const savedItem = items.find((item) => item.key === saved);
  const unchangedItem = items.find((item) => item.key === unchanged);
  const assignedItem = items.find((item) => item.key === assigned);
  const names = await listUserNames(db(), [...new Set([...stored.assignees.values()].flat())]);
  const ref = toReturnRef(stored);
  const mayAssign = can(user, "return.assign", { type: "return", ...ref });
  const t = copy.returns;

  const entry = (item: CatalogueItemView) => {
    const assigneeIds = stored.assignees.get(item.key) ?? [];
    const editable = can(user, "return.item.edit", { type: "returnItem", return: ref, assigneeIds });
    return (
      <AnswerEntry
        key={item.key}
        item={item}
        answer={stored.answers.get(item.key)}
        editHref={editable ? itemHref(stored.id, item.key) : null}
        assignHref={mayAssign ? assignHref(stored.id, item.key) : null}
        assigneeNames={assigneeIds.map((id) => names.get(id) ?? "")}
      />
    );
  };

  return (
    <>
      <Link className="nhsuk-back-link app-no-print" href={`/returns/${stored.id}`}>
        {t.backToReturn}
      </Link>
      {savedItem && <SuccessBanner>{t.item.saved(savedItem.number ?? savedItem.key)}</SuccessBanner>}
      {unchangedItem && (
        <div className="nhsuk-inset-text" role="status">
          <p>{copy.handIn.unchanged(unchangedItem.number ?? unchangedItem.key)}</p>
        </div>
      )}
      {assignedItem && <SuccessBanner>{t.assign.saved(assignedItem.number ?? assignedItem.key)}</SuccessBanner>}
      {sectionAssigned && (
        <SuccessBanner>
          {t.assign.sectionSaved(itemsInSection(sectionAssigned.number), `${sectionAssigned.number} ${sectionAssigned.title}`)}
        </SuccessBanner>
      )}
      <h1>
        <span className="nhsuk-caption-l">
          {stored.organisation.name}: {stored.title}
        </span>
        {copy.catalogue.ambitionHeading(ambition.number, ambition.name)}
      </h1>
      <p>
        <StatusTag status={stored.status} />
      </p>
      <div className="nhsuk-inset-text">
        <p>{ambition.statement}</p>
      </div>
      <ReturnActions user={user} stored={stored} ambitionNumber={ambition.number} />
      {ambition.sections.map((section) => (
        <section key={section.number} aria-labelledby={`section-${section.number}`}>
          <h2 id={`section-${section.number}`}>
            {section.number} {section.title}
          </h2>
          {/* A one-item section has its item's own Assign link. */}
          {mayAssign && itemsInSection(section.number) > 1 && (
            <p className="app-no-print">
              <Link href={sectionAssignHref(stored.id, section.number)}>{t.assign.sectionLink(section.number)}</Link>
            </p>
          )}
          <ul className="app-answers" role="list">
            {section.nodes.map((node) =>
              node.kind === "stem" ? (
                <li key={node.key} className="app-answer-stem">
                  <h3 className="app-answer-stem__heading">
                    <span className="app-catalogue-item__number">{node.number ?? ""}</span> {node.text}{" "}
                    <strong className="nhsuk-tag nhsuk-tag--grey">{copy.catalogue.stemTag}</strong>
                  </h3>
                  <ul className="app-answers app-answers--children" role="list">
                    {node.children.map(entry)}
                  </ul>
                </li>
              ) : (
                entry(node)
              ),
            )}
          </ul>
        </section>
      ))}
    </>
  );
}
