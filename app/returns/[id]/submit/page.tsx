import type { Metadata } from "next";
import Link from "next/link";
import { ReturnPageHeading } from "@/components/returns/return-page-heading";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { DeclarationForm } from "@/components/returns/declaration-form";
import { FrontSheetList } from "@/components/returns/front-sheet-list";
import { getCatalogueVersion } from "@/lib/catalogue/get-catalogue-version";
import { copy } from "@/lib/copy/en";
import { db } from "@/lib/db/prisma";
import { authoriseReturn } from "@/lib/returns/authorise-return";
import { checkReturnAnswers, type CheckedItem } from "@/lib/returns/check-return-answers";
import { itemHref } from "@/lib/returns/item-href";
import { listUserNames } from "@/lib/returns/list-user-names";
import { submitReturnAction } from "./actions";

export const metadata: Metadata = { title: copy.handIn.checkTitle };

function itemLabel(item: CheckedItem): string {
  const text = item.stemText ? `${item.stemText}: ${item.text}` : item.text;
  return copy.handIn.itemLabel(item.number ?? item.key, text);
}

export default async function CheckAnswersPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const { stored } = await authoriseReturn(id, "return.submit", `/returns/${id}/submit`);
  const catalogue = await getCatalogueVersion(db(), stored.catalogueVersionId);
  if (!catalogue) notFound();
  const check = checkReturnAnswers(catalogue, stored);
  const names = await listUserNames(db(), [...new Set(check.assignedUnrated.flatMap((item) => item.assigneeIds))]);
  const t = copy.handIn;
  const unrated = check.unratedByAmbition.filter((entry) => entry.items.length > 0);

  return (
    <DeclarationForm action={submitReturnAction.bind(null, stored.id)} legend={t.declarationLegend} declaration={t.declaration} submitLabel={t.submitButton}>
      <ReturnPageHeading stored={stored} heading={t.checkTitle} />
      <p className="nhsuk-lede-text">{t.checkLede(check.rated, check.total)}</p>

      <h2 id="unrated">{t.unratedHeading}</h2>
      {unrated.length === 0 ? (
        <p>{t.allRated}</p>
      ) : (
        unrated.map((entry) => (
          <section key={entry.ambition} aria-labelledby={`unrated-${entry.ambition}`}>
            <h3 id={`unrated-${entry.ambition}`} className="nhsuk-heading-s">
              {t.unratedAmbition(entry.ambition, entry.name, entry.items.length, entry.total)}
            </h3>
            <ul className="nhsuk-list nhsuk-list--bullet">
              {entry.items.map((item) => (
                <li key={item.key}>
                  <Link href={itemHref(stored.id, item.key)}>{itemLabel(item)}</Link>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}

      <h2 id="no-evidence">{t.noEvidenceHeading}</h2>
      {check.highWithoutEvidence.length === 0 ? (
        <p>{t.noEvidenceNone}</p>
      ) : (
        <>
          <p>{t.noEvidenceIntro}</p>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {check.highWithoutEvidence.map((item) => (
              <li key={item.key}>
                <Link href={itemHref(stored.id, item.key)}>{itemLabel(item)}</Link> ({copy.returns.levelValue(item.level)})
              </li>
            ))}
          </ul>
        </>
      )}

      <h2 id="front-sheet">{t.frontSheetHeading}</h2>
      <p>{t.frontSheetIntro}</p>
      <FrontSheetList sheet={stored} changeHref={`/returns/${stored.id}/details`} />

      <h2 id="assigned">{t.assignedHeading}</h2>
      {check.assignedUnrated.length === 0 ? (
        <p>{t.assignedNone}</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {check.assignedUnrated.map((item) => (
            <li key={item.key}>
              <Link href={itemHref(stored.id, item.key)}>{itemLabel(item)}</Link>,{" "}
              {t.assignedTo(item.assigneeIds.map((userId) => names.get(userId) ?? t.someone).join(", "))}
            </li>
          ))}
        </ul>
      )}

      <h2>{t.declarationHeading}</h2>
    </DeclarationForm>
  );
}
