import type { Metadata } from "next";
import { ReturnPageHeading } from "@/components/returns/return-page-heading";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { DeclarationForm } from "@/components/returns/declaration-form";
import { FrontSheetList } from "@/components/returns/front-sheet-list";
import { ScoreTable } from "@/components/returns/score-table";
import { getCatalogueVersion } from "@/lib/catalogue/get-catalogue-version";
import { copy } from "@/lib/copy/en";
import { db } from "@/lib/db/prisma";
import { formatDateTime } from "@/lib/format/format-date-time";
import { authoriseReturn } from "@/lib/returns/authorise-return";
import { checkReturnAnswers } from "@/lib/returns/check-return-answers";
import { latestEventTo, listReturnHistory } from "@/lib/returns/list-return-history";
import { scoreStoredReturn } from "@/lib/returns/score-stored-return";
import { signOffReturnAction } from "./actions";

export const metadata: Metadata = { title: copy.handIn.signOffTitle };

export default async function SignOffPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const { stored } = await authoriseReturn(id, "return.signOff", `/returns/${id}/sign-off`);
  const [catalogue, history] = await Promise.all([getCatalogueVersion(db(), stored.catalogueVersionId), listReturnHistory(db(), stored.id)]);
  if (!catalogue) notFound();
  const score = scoreStoredReturn(catalogue, stored);
  const check = checkReturnAnswers(catalogue, stored);
  const names = new Map(catalogue.ambitions.map((ambition) => [ambition.number, ambition.name]));
  const submitted = latestEventTo(history, "submitted");
  const t = copy.handIn;

  return (
    <DeclarationForm action={signOffReturnAction.bind(null, stored.id)} legend={t.signOffLegend} declaration={t.signOffDeclaration} submitLabel={t.signOffButton}>
      <ReturnPageHeading stored={stored} heading={t.signOffTitle} />
      <p className="nhsuk-lede-text">{t.signOffLede}</p>
      {stored.submittedAt && (
        <p>{t.submittedBy(formatDateTime(stored.submittedAt), submitted?.actorName ?? stored.submittedByEmail ?? "")}</p>
      )}

      <h2>{copy.returns.summaryHeading}</h2>
      <ScoreTable score={score} ambitionNames={names} />
      <p className="nhsuk-body-s">{copy.returns.summaryNote}</p>
      <p>{score.band ? copy.returns.band(score.band) : copy.returns.noBand}</p>

      <h2>{t.completenessHeading}</h2>
      <p>{t.completeness(check.rated, check.total)}</p>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {check.unratedByAmbition.map((entry) => (
          <li key={entry.ambition}>{t.completenessAmbition(entry.ambition, entry.name, entry.total - entry.items.length, entry.total)}</li>
        ))}
      </ul>
      {check.highWithoutEvidence.length > 0 && <p>{t.noEvidenceCount(check.highWithoutEvidence.length)}</p>}

      <h2>{t.frontSheetHeading}</h2>
      <FrontSheetList sheet={stored} changeHref={null} />
    </DeclarationForm>
  );
}
