import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { authorise } from "@/lib/request/authorise";
import { can } from "@/lib/policy/policy";
import { CatalogueAmbition } from "@/components/catalogue/catalogue-ambition";
import { LevelDescriptors } from "@/components/catalogue/level-descriptors";
import { VersionPicker } from "@/components/catalogue/version-picker";
import { getCatalogueVersion } from "@/lib/catalogue/get-catalogue-version";
import { listCatalogueVersions } from "@/lib/catalogue/list-catalogue-versions";
import { copy } from "@/lib/copy/en";
import { workbookCopy } from "@/lib/copy/workbook";
import { db } from "@/lib/db/prisma";

export const metadata: Metadata = { title: copy.catalogue.title };

const searchSchema = z.object({
  version: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/)
    .optional()
    .catch(undefined),
});

export default async function CataloguePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const { version: requested } = searchSchema.parse(await searchParams);
  const user = await authorise("catalogue.read", { type: "system" }, requested ? `/catalogue?${new URLSearchParams({ version: requested })}` : "/catalogue");
  const [versions, version] = await Promise.all([listCatalogueVersions(db()), getCatalogueVersion(db(), requested)]);
  if (!version) notFound();

  return (
    <>
      <h1>{copy.catalogue.title}</h1>
      <p className="nhsuk-lede-text">{copy.catalogue.lede}</p>
      {versions.length > 1 ? (
        <VersionPicker versions={versions} current={version.id} />
      ) : (
        <p>
          {copy.catalogue.versionLabel}: <strong>{copy.catalogue.versionShown(version.title, version.id)}</strong>
        </p>
      )}

      <p className="app-no-print">
        <a href={`/catalogue/${version.id}/template.xlsx`}>{workbookCopy.templateLink}</a>
      </p>

      {can(user, "catalogue.manage", { type: "system" }) && (
        <p className="app-no-print">
          <Link href="/admin/catalogues">{copy.catalogueVersions.manageLink}</Link>
        </p>
      )}

      <nav className="nhsuk-contents-list app-no-print" aria-labelledby="contents-heading">
        <h2 id="contents-heading" className="nhsuk-heading-s">
          {copy.catalogue.contentsHeading}
        </h2>
        <ol className="nhsuk-contents-list__list">
          <li className="nhsuk-contents-list__item">
            <a className="nhsuk-contents-list__link" href="#levels">
              {copy.catalogue.levelsHeading}
            </a>
          </li>
          {version.ambitions.map((ambition) => (
            <li key={ambition.number} className="nhsuk-contents-list__item">
              <a className="nhsuk-contents-list__link" href={`#ambition-${ambition.number}`}>
                {copy.catalogue.ambitionHeading(ambition.number, ambition.name)}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      <h2 id="levels">{copy.catalogue.levelsHeading}</h2>
      <LevelDescriptors levels={version.levels} />

      {version.foundations.length > 0 && (
        <>
          <h2>{copy.catalogue.foundationsHeading}</h2>
          <p>{copy.catalogue.foundationsLede}</p>
          <ol className="nhsuk-list nhsuk-list--number">
            {version.foundations.map((foundation) => (
              <li key={foundation.number}>{foundation.name}</li>
            ))}
          </ol>
        </>
      )}

      {version.ambitions.map((ambition) => (
        <CatalogueAmbition key={ambition.number} ambition={ambition} />
      ))}
    </>
  );
}
