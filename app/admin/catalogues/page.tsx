import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { z } from "zod";
import { ImportCatalogueForm } from "@/components/catalogue/import-catalogue-form";
import { SuccessBanner } from "@/components/forms/notification-banner";
import { DataTable, type Column } from "@/components/ui/data-table";
import { authorise } from "@/lib/request/authorise";
import { listCatalogueVersions } from "@/lib/catalogue/list-catalogue-versions";
import { copy } from "@/lib/copy/en";
import { db } from "@/lib/db/prisma";
import { formatDate } from "@/lib/format/format-date";
import { importCatalogueAction, setDefaultCatalogueAction } from "./actions";

export const metadata: Metadata = { title: copy.catalogueVersions.title };

const searchSchema = z.object({
  done: z.enum(["imported", "unchanged", "default"]).optional().catch(undefined),
  version: z.string().max(200).optional().catch(undefined),
});

export default async function CatalogueVersionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  await authorise("catalogue.manage", { type: "system" }, "/admin/catalogues");
  const { done, version: doneId } = searchSchema.parse(await searchParams);
  const versions = await listCatalogueVersions(db());
  const t = copy.catalogueVersions;
  const doneVersion = versions.find((version) => version.id === doneId);
  const banner =
    done && doneVersion
      ? { imported: t.imported(doneVersion.title, doneVersion.id), unchanged: t.unchanged(doneVersion.title, doneVersion.id), default: t.defaultSet(doneVersion.title) }[done]
      : null;

  const columns: Column[] = [

    { label: t.columns.version },

    { label: t.columns.items, numeric: true },

    { label: t.columns.returns, numeric: true },

    { label: t.columns.added },

    { label: t.columns.use },

  ];
  return (
    <>
      {banner && <SuccessBanner>{banner}</SuccessBanner>}
      <h1>{t.title}</h1>
      <p className="nhsuk-lede-text">{t.lede}</p>
      <DataTable caption={t.tableCaption} columns={columns}>
        {versions.map((version) => (
          <tr key={version.id} className="nhsuk-table__row">
            <th scope="row" className="nhsuk-table__header">
              {version.title}
              <br />
              <code className="nhsuk-body-s">{version.id}</code>
              <br />
              <Link className="nhsuk-body-s" href={`/catalogue?${new URLSearchParams({ version: version.id })}`}>
                {t.readLink}
                <span className="nhsuk-u-visually-hidden">{t.readLinkHidden(version.title)}</span>
              </Link>
            </th>
            <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{version.ratedItems}</td>
            <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{version.returns}</td>
            <td className="nhsuk-table__cell">{formatDate(version.createdAt)}</td>
            <td className="nhsuk-table__cell">
              {version.isDefault ? (
                <strong className="nhsuk-tag nhsuk-tag--green">{t.defaultTag}</strong>
              ) : (
                <form action={setDefaultCatalogueAction.bind(null, version.id)}>
                  <button className="nhsuk-button nhsuk-button--secondary nhsuk-button--small app-button--inline" type="submit">
                    {t.makeDefault}
                    <span className="nhsuk-u-visually-hidden">{t.makeDefaultHidden(version.title)}</span>
                  </button>
                </form>
              )}
            </td>
          </tr>
        ))}
      </DataTable>

      <ImportCatalogueForm action={importCatalogueAction}>
        <h2>{t.uploadHeading}</h2>
        <p>{t.uploadLede}</p>
      </ImportCatalogueForm>
    </>
  );
}
