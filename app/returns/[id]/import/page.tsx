import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { z } from "zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FileField } from "@/components/forms/file-field";
import { SuccessBanner } from "@/components/forms/notification-banner";
import { ReturnPageHeading } from "@/components/returns/return-page-heading";
import { wordWorkbookRefusal } from "@/lib/copy/word-workbook-refusal";
import { xlsxImportCopy } from "@/lib/copy/xlsx-import";
import { cleanUploadName } from "@/lib/imports/clean-upload-name";
import { authoriseReturn } from "@/lib/returns/authorise-return";

export const metadata: Metadata = { title: xlsxImportCopy.pages.uploadTitle };

const REFUSALS = ["empty", "tooLarge", "notXlsx", "damaged", "tooManyEntries", "expandsTooFar", "unreadable", "noItems", "otherCatalogue"] as const;

const searchSchema = z.object({
  error: z.enum([...REFUSALS, "missing"]).optional().catch(undefined),
  file: z.string().max(200).optional().catch(undefined),
  // Only item numbers: the words around them are ours.
  detail: z.string().regex(/^[0-9., ]{0,60}$/).optional().catch(undefined),
  done: z.enum(["imported", "cancelled"]).optional().catch(undefined),
  items: z.coerce.number().int().min(0).max(1000).optional().catch(undefined),
  details: z.coerce.number().int().min(0).max(10).optional().catch(undefined),
});

export default async function ImportWorkbookPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const { id } = await params;
  const { stored } = await authoriseReturn(id, "return.import", `/returns/${id}/import`, { answers: "none" });
  const search = searchSchema.parse(await searchParams);
  const t = xlsxImportCopy.pages;
  const error = search.error
    ? search.error === "missing"
      ? t.fileMissing
      : search.file
        ? wordWorkbookRefusal(search.error, cleanUploadName(search.file), search.detail ?? "")
        : t.refusedUnknown
    : undefined;
  return (
    <>
      {search.done === "imported" && <SuccessBanner>{t.imported(search.items ?? 0, search.details ?? 0)}</SuccessBanner>}
      {search.done === "cancelled" && <SuccessBanner>{t.cancelled}</SuccessBanner>}
      <ErrorSummary errors={error ? [{ field: "file", message: error }] : []} />
      <ReturnPageHeading stored={stored} heading={t.uploadTitle} />
      <p className="nhsuk-lede-text">{t.uploadLede}</p>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {t.rules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
      {/* A plain multipart form to a route handler: works without JavaScript, and only this path takes 10 MB. */}
      <form method="post" action={`/returns/${stored.id}/import/upload`} encType="multipart/form-data" noValidate>
        <FileField
          name="file"
          label={t.fileLabel}
          hint={t.fileHint}
          error={error}
          input={{ accept: ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }}
        />
        <button className="nhsuk-button" type="submit">
          {t.uploadButton}
        </button>
      </form>
      <p>
        <Link href={`/returns/${stored.id}`}>{t.backToReturn}</Link>
      </p>
    </>
  );
}
