import { PartnersSection } from "@/components/partners/partners-section";
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { z } from "zod";
import { SuccessBanner } from "@/components/forms/notification-banner";
import { AmbitionTaskList } from "@/components/returns/ambition-task-list";
import { BandRule } from "@/components/returns/band-rule";
import { CompletenessNote } from "@/components/returns/completeness-note";
import { LevelDistribution } from "@/components/returns/level-distribution";
import { ScoreTable } from "@/components/returns/score-table";
import { StatusTag } from "@/components/returns/status-tag";
import { can } from "@/lib/policy/policy";
import { getCatalogueVersion } from "@/lib/catalogue/get-catalogue-version";
import { copy } from "@/lib/copy/en";
import { xlsxImportCopy } from "@/lib/copy/xlsx-import";
import { workbookCopy } from "@/lib/copy/workbook";
import { db } from "@/lib/db/prisma";
import { formatDate } from "@/lib/format/format-date";
import { formatDateTime } from "@/lib/format/format-date-time";
import { authoriseReturn } from "@/lib/returns/authorise-return";
import { scoreStoredReturn } from "@/lib/returns/score-stored-return";
import { completenessOf } from "@/lib/scoring";
import { latestEventTo, listReturnHistory } from "@/lib/returns/list-return-history";
import { toReturnRef } from "@/lib/returns/to-return-ref";

export const metadata: Metadata = { title: copy.returns.returnTitle };

const searchSchema = z.object({
  done: z.enum(["submitted", "signed-off", "details", "moved", "refreshed", "reopened"]).optional().catch(undefined),
  copied: z.coerce.number().int().min(0).max(10_000).optional().catch(undefined),
  notCopied: z.coerce.number().int().min(0).max(10_000).optional().catch(undefined),
});

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{label}</dt>
      <dd className="nhsuk-summary-list__value">{children}</dd>
    </div>
  );
}

export default async function ReturnPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const { id } = await params;
  const { user, stored } = await authoriseReturn(id, "return.read", `/returns/${id}`);
  const { done, copied, notCopied } = searchSchema.parse(await searchParams);
  const [catalogue, history] = await Promise.all([getCatalogueVersion(db(), stored.catalogueVersionId), listReturnHistory(db(), stored.id)]);
  if (!catalogue) throw new Error(`Return ${stored.id} points at a missing catalogue version.`);
  const score = scoreStoredReturn(catalogue, stored);
  const resource = { type: "return" as const, ...toReturnRef(stored) };
  const t = copy.returns;
  const d = t.details;
  const names = new Map(catalogue.ambitions.map((ambition) => [ambition.number, ambition.name]));
  const banner = {
    submitted: t.submitted,
    "signed-off": t.signedOff,
    details: t.detailsSaved,
    moved: t.alreadyMoved(t.statusLabels[stored.status]),
    refreshed: t.refresh.done(copied ?? 0, notCopied ?? 0, stored.basedOn?.title ?? ""),
    reopened: copy.handIn.reopened,
  };
  const h = copy.handIn;
  // A draft whose latest move was back from published says when, by whom and why.
  const reopenedEvent = stored.status === "draft" && history[0]?.to === "draft" ? history[0] : null;
  const signedOffBy = latestEventTo(history, "signed_off")?.actorName ?? stored.signedOffByEmail ?? "";
  const submittedBy = latestEventTo(history, "submitted")?.actorName ?? stored.submittedByEmail ?? "";
  const mayRefresh = can(user, "return.refresh", resource);

  return (
    <>
      <Link className="nhsuk-back-link app-no-print" href="/returns">
        {t.backToList}
      </Link>
      {done && <SuccessBanner>{banner[done]}</SuccessBanner>}
      <h1>
        <span className="nhsuk-caption-l">{t.caption(stored.organisation.name)}</span>
        {stored.title}
      </h1>
      <p>
        <StatusTag status={stored.status} />
      </p>
      <p className="nhsuk-body-s">{t.catalogueLine(catalogue.title)}</p>
      <p className="app-no-print">
        <a href={`/returns/${stored.id}/export.xlsx`}>{workbookCopy.downloadLink}</a>
      </p>
      {can(user, "return.import", resource) && (
        <p className="app-no-print">
          <Link href={`/returns/${stored.id}/import`}>{xlsxImportCopy.pages.link}</Link>
        </p>
      )}
      {reopenedEvent && (
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              {h.returnedNoteHeading}
            </span>
          </h2>
          <p className="app-answer-text">{h.returnedNote(formatDateTime(reopenedEvent.at), reopenedEvent.actorName, reopenedEvent.reason)}</p>
        </div>
      )}

      <h2>{t.detailsHeading}</h2>
      <dl className="nhsuk-summary-list">
        <Row label={d.organisation}>{stored.organisation.name}</Row>
        {stored.basedOn && (
          <Row label={t.refresh.startedFrom}>
            <Link href={`/returns/${stored.basedOn.id}`}>{stored.basedOn.title}</Link>
          </Row>
        )}
        <Row label={d.completedBy}>{stored.completedBy || d.notGiven}</Row>
        <Row label={d.versionNote}>{stored.versionNote || d.notGiven}</Row>
        <Row label={d.completionDate}>{stored.completionDate ? formatDate(stored.completionDate) : d.notGiven}</Row>
        <Row label={d.livedExperience}>
          <span className="app-answer-text">{stored.livedExperience || d.notGiven}</span>
        </Row>
        <Row label={d.submitted}>{stored.submittedAt ? d.by(formatDateTime(stored.submittedAt), submittedBy) : d.notYet}</Row>
        <Row label={d.signOff}>{stored.signedOffAt ? h.signedOffBy(formatDateTime(stored.signedOffAt), signedOffBy) : d.notYet}</Row>
      </dl>
      {can(user, "return.update", resource) && (
        <p className="app-no-print">
          <Link href={`/returns/${stored.id}/details`}>{t.editDetailsLink}</Link>
        </p>
      )}

      <h2>{t.summaryHeading}</h2>
      {/* Completeness and the level distribution (issue 12): context for the figures, which do not change. */}
      <CompletenessNote completeness={completenessOf(score)} ambitionNames={names} />
      <ScoreTable score={score} ambitionNames={names} />
      <p className="nhsuk-body-s">{t.summaryNote}</p>
      <p>{score.band ? t.band(score.band) : t.noBand}</p>
      <BandRule />
      <LevelDistribution score={score} ambitionNames={names} />

      <h2>{t.ambitionsHeading}</h2>
      <AmbitionTaskList
        returnId={stored.id}
        ambitions={catalogue.ambitions.map((ambition) => {
          const ambitionScore = score.ambitions.find((entry) => entry.ambition === ambition.number);
          const rated = ambitionScore ? ambitionScore.items - ambitionScore.notRated : 0;
          return { number: ambition.number, name: ambition.name, rated, total: ambition.ratedItems };
        })}
      />

      {can(user, "return.submit", resource) && (
        <section className="app-no-print" aria-labelledby="submit-heading">
          <h2 id="submit-heading">{t.submitHeading}</h2>
          <p>{t.submitBody(score.overall.notRated)}</p>
          <p>
            <Link className="nhsuk-button" href={`/returns/${stored.id}/submit`}>
              {h.checkLink}
            </Link>
          </p>
        </section>
      )}
      <PartnersSection user={user} returnId={stored.id} returnRef={toReturnRef(stored)} />
      {mayRefresh && (
        <section className="app-no-print" aria-labelledby="refresh-heading">
          <h2 id="refresh-heading">{t.refresh.heading}</h2>
          <p>{t.refresh.body}</p>
          <p>
            <Link href={`/returns/${stored.id}/refresh`}>{t.refresh.link}</Link>
          </p>
        </section>
      )}
      {can(user, "return.signOff", resource) && (
        <section className="app-no-print" aria-labelledby="sign-off-heading">
          <h2 id="sign-off-heading">{t.signOffHeading}</h2>
          <p>{t.signOffBody}</p>
          <p>
            <Link className="nhsuk-button" href={`/returns/${stored.id}/sign-off`}>
              {h.signOffLink}
            </Link>
          </p>
        </section>
      )}
      {can(user, "return.reopen", resource) && (
        <section className="app-no-print" aria-labelledby="reopen-heading">
          <h2 id="reopen-heading">{h.reopenHeading}</h2>
          <p>{h.reopenBody}</p>
          <p>
            <Link href={`/returns/${stored.id}/reopen`}>{h.reopenLink}</Link>
          </p>
        </section>
      )}
    </>
  );
}
