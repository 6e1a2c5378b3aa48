import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { SuccessBanner } from "@/components/forms/notification-banner";
import { AnswerEntry } from "@/components/returns/answer-entry";
import { EditorSessionProvider } from "@/components/returns/ambition-editor/editor-session-provider";
import { FilterLinks } from "@/components/returns/ambition-editor/filter-links";
import { ItemEditor } from "@/components/returns/ambition-editor/item-editor";
import { LevelsDetails } from "@/components/returns/ambition-editor/levels-details";
import { StatusTag } from "@/components/returns/status-tag";
import { ANSWER_TEXT_MAX } from "@/app/returns/[id]/items/[...key]/schema";
import { ReturnActions } from "@/components/actions/return-actions";
import { can } from "@/lib/policy/policy";
import type { CatalogueItemView } from "@/lib/catalogue/get-catalogue-version";
import { getCatalogueVersion } from "@/lib/catalogue/get-catalogue-version";
import { listCatalogueItems } from "@/lib/catalogue/list-catalogue-items";
import { editorCopy } from "@/lib/copy/ambition-editor";
import { copy } from "@/lib/copy/en";
import { db } from "@/lib/db/prisma";
import { ITEM_FILTERS, matchesItemFilter } from "@/lib/drafts/matches-item-filter";
import { authoriseReturn } from "@/lib/returns/authorise-return";
import { assignHref, itemHref, sectionAssignHref } from "@/lib/returns/item-href";
import { listChangedItemKeys } from "@/lib/returns/list-changed-item-keys";
import { listUserNames } from "@/lib/returns/list-user-names";
import { recordReturnVisit } from "@/lib/returns/record-return-visit";
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
  filter: z.enum(ITEM_FILTERS).catch("all"),
  since: z.iso.datetime().optional().catch(undefined),
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
  const { saved, unchanged, assigned, assignedSection, filter, since } = searchSchema.parse(await searchParams);
  // "Changed since I last looked" counts from the visit before this one, or from the moment its
  // link carries (so the filter holds while the page is used and reloaded).
  const lastVisit = await recordReturnVisit(db(), user.id, stored.id);
  const changedSince = since ? new Date(since) : lastVisit;
  const changed = filter === "changed" ? await listChangedItemKeys(db(), stored.id, user.id, changedSince) : new Set<string>();
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
  const e = editorCopy;

  const assigneesOf = (key: string) => stored.assignees.get(key) ?? [];
  const editable = (key: string) => can(user, "return.item.edit", { type: "returnItem", return: ref, assigneeIds: assigneesOf(key) });
  const mayEdit = items.some((item) => editable(item.key));
  const shown = (item: { key: string }) =>
    matchesItemFilter(filter, { answer: stored.answers.get(item.key), assigneeIds: assigneesOf(item.key), userId: user.id, changed: changed.has(item.key) });
  const shownCount = items.filter(shown).length;

  const entry = (item: CatalogueItemView, headingLevel: 3 | 4, compact: boolean) => {
    const assigneeIds = assigneesOf(item.key);
    const answer = stored.answers.get(item.key);
    const assigneeNames = assigneeIds.map((id) => names.get(id) ?? "");
    if (editable(item.key)) {
      return (
        <ItemEditor
          key={item.key}
          item={{ key: item.key, number: item.number, text: item.text }}
          headingLevel={headingLevel}
          compact={compact}
          initial={{
            level: answer?.level ?? null,
            evidence: answer?.evidence ?? "",
            gaps: answer?.gaps ?? "",
            revision: answer?.revision ?? 0,
            savedAt: answer ? answer.updatedAt.toISOString() : null,
            savedByName: answer?.updatedByName ?? null,
          }}
          levels={catalogue.levels}
          assigneeNames={assigneeNames}
          ownPageHref={itemHref(stored.id, item.key)}
          assignHref={mayAssign ? assignHref(stored.id, item.key) : null}
          maxLength={ANSWER_TEXT_MAX}
        />
      );
    }
    return (
      <AnswerEntry
        key={item.key}
        item={item}
        answer={answer}
        editHref={null}
        assignHref={mayAssign ? assignHref(stored.id, item.key) : null}
        assigneeNames={assigneeNames}
        headingLevel={headingLevel}
      />
    );
  };

  const sections = ambition.sections
    .map((section) => ({
      ...section,
      nodes: section.nodes
        .map((node) => (node.kind === "stem" ? { ...node, children: node.children.filter(shown) } : node))
        .filter((node) => (node.kind === "stem" ? node.children.length > 0 : shown(node))),
    }))
    .filter((section) => section.nodes.length > 0);

  const content = (
    <>
      {sections.map((section, index) => {
        const next = sections[index + 1];
        return (
          <section key={section.number} aria-labelledby={`section-${section.number}`} id={`section-block-${section.number}`}>
            <h2 id={`section-${section.number}`}>
              {section.number} {section.title}
            </h2>
            {mayEdit && (
              <p className="app-no-print app-editor-skip">
                <a href={next ? `#section-block-${next.number}` : "#end-of-items"}>{next ? e.skipSection(`${next.number} ${next.title}`) : e.skipToEnd}</a>
              </p>
            )}
            {mayEdit && <LevelsDetails levels={catalogue.levels} />}
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
                    {/* Unnumbered children (the 4.1.2 services) are one compact group under their stem. */}
                    <ul
                      className={`app-answers app-answers--children${node.children.every((child) => child.number === null) ? " app-answers--compact" : ""}`}
                      role="list"
                    >
                      {node.children.map((child) => entry(child, 4, child.number === null))}
                    </ul>
                  </li>
                ) : (
                  entry(node, 3, false)
                ),
              )}
            </ul>
          </section>
        );
      })}
      {sections.length === 0 && <p>{e.filterEmpty}</p>}
      <div id="end-of-items" tabIndex={-1} />
    </>
  );

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
      <FilterLinks base={`/returns/${stored.id}/ambitions/${ambition.number}`} current={filter}
        shown={shownCount}
        total={items.length}
        changedSince={changedSince?.toISOString()}
      />
      {mayEdit ? (
        <>
          <p className="app-no-print">{e.autosaveNote}</p>
          <EditorSessionProvider returnId={stored.id} userId={user.id}>
            {content}
          </EditorSessionProvider>
        </>
      ) : (
        content
      )}
    </>
  );
}
