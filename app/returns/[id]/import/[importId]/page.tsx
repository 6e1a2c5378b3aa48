import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { DataTable, type Column } from "@/components/ui/data-table";
import { ReturnPageHeading } from "@/components/returns/return-page-heading";
import { xlsxImportCopy } from "@/lib/copy/xlsx-import";
import { db } from "@/lib/db/prisma";
import { formatDateTime } from "@/lib/format/format-date-time";
import { getImportPreview } from "@/lib/imports/get-import-preview";
import { authoriseReturn } from "@/lib/returns/authorise-return";
import { toReturnRef } from "@/lib/returns/to-return-ref";
import { applyImportAction, cancelImportAction } from "./actions";

export const metadata: Metadata = { title: xlsxImportCopy.pages.previewTitle };

const searchSchema = z.object({ refused: z.enum(["stale"]).optional().catch(undefined) });

/** Long evidence is shown in part: the whole text is what gets imported. */
const SHOWN_CHARACTERS = 400;

function TextChange({ before, after }: { before: string; after: string }) {
  const t = xlsxImportCopy.pages;
  if (before === after) return <span className="nhsuk-body-s">{t.unchanged}</span>;
  if (after === "") return <strong>{t.cleared}</strong>;
  return (
    <span className="app-answer-text">
      {after.length > SHOWN_CHARACTERS ? `${after.slice(0, SHOWN_CHARACTERS)}${t.truncated(after.length)}` : after}
    </span>
  );
}

export default async function ImportPreviewPage({ params, searchParams }: { params: Promise<{ id: string; importId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const { id, importId } = await params;
  const { user, stored } = await authoriseReturn(id, "return.import", `/returns/${id}/import/${importId}`, { answers: "none" });
  const preview = await getImportPreview(db(), { id: stored.id, catalogueVersionId: stored.catalogueVersionId, ref: toReturnRef(stored) }, importId, user);
  if (!preview) notFound();
  const { refused } = searchSchema.parse(await searchParams);
  const t = xlsxImportCopy.pages;
  const columns: Column[] = [{ label: t.columns.item }, { label: t.columns.level }, { label: t.columns.evidence }, { label: t.columns.gaps }, { label: t.columns.place }];
  const hasChanges = preview.items.length > 0 || preview.details.length > 0;
  return (
    <>
      {refused === "stale" && (
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              {t.staleHeading}
            </span>
          </h2>
          <p>{t.stale}</p>
        </div>
      )}
      <ReturnPageHeading stored={stored} heading={t.previewTitle} />
      <p className="nhsuk-lede-text">{t.previewLede(preview.fileName)}</p>
      <p className="nhsuk-body-s">{t.previewExpires(formatDateTime(preview.expiresAt))}</p>

      {preview.problems.length > 0 && (
        <>
          <h2>{t.problemsHeading(preview.problems.length)}</h2>
          <p>{t.problemsLede}</p>
          <ul className="nhsuk-list nhsuk-list--bullet" data-testid="import-problems">
            {preview.problems.map((problem, index) => (
              <li key={index}>{problem.place ? `${problem.place}: ${problem.message}` : problem.message}</li>
            ))}
          </ul>
        </>
      )}

      <h2>{preview.items.length > 0 ? t.itemsHeading(preview.items.length) : t.noItemChanges}</h2>
      {preview.items.length > 0 && (
        <DataTable caption={t.itemsCaption} columns={columns}>
          {preview.items.map((change) => (
            <tr key={change.key} className="nhsuk-table__row">
              <th scope="row" className="nhsuk-table__header">
                {change.key}
              </th>
              <td className="nhsuk-table__cell">
                {change.before.level === change.after.level ? (
                  <span className="nhsuk-body-s">{t.unchanged}</span>
                ) : (
                  <>
                    <strong>{t.level(change.after.level)}</strong>
                    <br />
                    <span className="nhsuk-body-s">{t.from(t.level(change.before.level))}</span>
                  </>
                )}
              </td>
              <td className="nhsuk-table__cell">
                <TextChange before={change.before.evidence} after={change.after.evidence} />
              </td>
              <td className="nhsuk-table__cell">
                <TextChange before={change.before.gaps} after={change.after.gaps} />
              </td>
              <td className="nhsuk-table__cell nhsuk-body-s">{change.place}</td>
            </tr>
          ))}
        </DataTable>
      )}

      {preview.details.length > 0 && (
        <>
          <h2>{t.detailsHeading}</h2>
          <dl className="nhsuk-summary-list">
            {preview.details.map((change) => (
              <div key={change.field} className="nhsuk-summary-list__row">
                <dt className="nhsuk-summary-list__key">{t.detailLabels[change.field]}</dt>
                <dd className="nhsuk-summary-list__value">
                  <span className="app-answer-text">{change.after || t.blank}</span>
                  <br />
                  <span className="nhsuk-body-s">{t.from(change.before || t.blank)}</span>
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}

      {!hasChanges && <p>{t.nothingToApply}</p>}
      <div className="nhsuk-button-group">
        {hasChanges && (
          <form action={applyImportAction.bind(null, stored.id, preview.importId)}>
            <button className="nhsuk-button" type="submit">
              {t.applyButton}
            </button>
          </form>
        )}
        <form action={cancelImportAction.bind(null, stored.id, preview.importId)}>
          <button className="nhsuk-button nhsuk-button--secondary" type="submit">
            {t.cancelButton}
          </button>
        </form>
      </div>
      <p>
        <Link href={`/returns/${stored.id}`}>{t.backToReturn}</Link>
      </p>
    </>
  );
}
