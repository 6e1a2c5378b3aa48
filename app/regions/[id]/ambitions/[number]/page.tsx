import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { ItemMatrixCompleteness } from "@/components/regions/item-matrix-completeness";
import { ItemMatrixTable } from "@/components/regions/item-matrix-table";
import { authorise } from "@/lib/request/authorise";
import { copy } from "@/lib/copy/en";
import { db } from "@/lib/db/prisma";
import { buildItemMatrix } from "@/lib/regions/build-item-matrix";
import { getRegionComparison } from "@/lib/regions/get-region-comparison";

const paramsSchema = z.object({ id: z.string(), number: z.coerce.number().int().min(1).max(6) });

export async function generateMetadata({ params }: { params: Promise<{ number: string }> }): Promise<Metadata> {
  const parsed = paramsSchema.shape.number.safeParse((await params).number);
  return { title: parsed.success ? copy.regions.ambitionTitle(parsed.data) : copy.regions.metaTitle };
}

export default async function RegionAmbitionPage({ params }: { params: Promise<{ id: string; number: string }> }) {
  await connection();
  const raw = await params;
  const user = await authorise("region.compare", { type: "region", regionId: raw.id }, `/regions/${raw.id}/ambitions/${raw.number}`);
  const parsed = paramsSchema.safeParse(raw);
  if (!parsed.success) notFound();
  const comparison = await getRegionComparison(db(), user, parsed.data.id);
  if (!comparison) notFound();
  const matrix = buildItemMatrix(comparison, parsed.data.number);
  if (!matrix) notFound();
  const t = copy.regions;

  return (
    <>
      <Link className="nhsuk-back-link app-no-print" href={`/regions/${comparison.region.id}`}>
        {t.backToRegion(comparison.region.name)}
      </Link>
      <h1>
        <span className="nhsuk-caption-l">{t.title(comparison.region.name)}</span>
        {t.ambitionLink(matrix.ambition.number, matrix.ambition.name)}
      </h1>
      <p className="nhsuk-lede-text">{matrix.ambition.statement}</p>
      {matrix.withoutReturn.length > 0 && <p>{t.withoutReturn(matrix.withoutReturn.map((icb) => icb.name).join(", "))}</p>}
      {matrix.icbs.length === 0 ? (
        <p>{t.noneToCompare}</p>
      ) : (
        <>
          <p className="nhsuk-body-s">{t.cellNote}</p>
          {matrix.sections.map((section) => (
            <section key={section.number} aria-labelledby={`section-${section.number}`}>
              <h2 id={`section-${section.number}`}>
                {section.number} {section.title}
              </h2>
              <ItemMatrixTable caption={t.matrixCaption(`${section.number} ${section.title}`)} icbs={matrix.icbs} items={section.items} />
            </section>
          ))}
          {/* Completeness (issue 12): how much of this ambition, and of its whole return, each ICB rated. */}
          <section aria-labelledby="completeness-heading">
            <h2 id="completeness-heading">{copy.completeness.regionAmbitionHeading}</h2>
            <ItemMatrixCompleteness matrix={matrix} />
          </section>
        </>
      )}
    </>
  );
}
