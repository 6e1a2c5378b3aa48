import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { CHART_COLOURS } from "@/components/charts/chart-colours";
import { Level3Chart } from "@/components/charts/level3-chart";
import { RegionCompletenessTable } from "@/components/regions/region-completeness-table";
import { HistoryChart } from "@/components/charts/history-chart";
import { RegionHistoryTable } from "@/components/regions/region-history-table";
import { RegionSummaryTable } from "@/components/regions/region-summary-table";
import { BandRule } from "@/components/returns/band-rule";
import { ReturnedToDraftNotes } from "@/components/returns/returned-to-draft-notes";
import { authorise } from "@/lib/request/authorise";
import { copy } from "@/lib/copy/en";
import { db } from "@/lib/db/prisma";
import { getRegionComparison } from "@/lib/regions/get-region-comparison";
import { listRegionHistory } from "@/lib/regions/list-region-history";
import { summariseRegion } from "@/lib/regions/summarise-region";
import { listReturnedToDraft } from "@/lib/returns/list-returned-to-draft";

// From the address alone: the region's name is shown only to those allowed to compare it.
export const metadata: Metadata = { title: copy.regions.metaTitle };

export default async function RegionPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const user = await authorise("region.compare", { type: "region", regionId: id }, `/regions/${id}`);
  const comparison = await getRegionComparison(db(), user, id);
  if (!comparison) notFound();
  const summary = summariseRegion(comparison);
  const history = await listRegionHistory(db(), user, comparison.region.id, comparison.icbs.map(({ icb }) => icb));
  // ICBs whose latest return went back to draft are compared on their previous one: say so, and why.
  const reopened = await listReturnedToDraft(db(), { kind: "icb", regionId: comparison.region.id });
  const usedInstead = new Map(comparison.icbs.flatMap(({ icb, latest }) => (latest ? [[icb.id, latest.title] as const] : [])));
  const t = copy.regions;
  const rows = [
    ...summary.icbs.flatMap(({ icb, overall }) =>
      overall ? [{ name: overall.notRated > 0 ? copy.completeness.chartName(icb.name) : icb.name, values: [overall.level3Plus] }] : [],
    ),
    ...(summary.pooled.overall.pooled > 0
      ? [{ name: t.regionRow(summary.pooled.overall.pooled), values: [summary.pooled.overall.level3Plus], highlight: true }]
      : []),
  ];

  return (
    <>
      <h1>
        <span className="nhsuk-caption-l">{t.caption}</span>
        {t.title(comparison.region.name)}
      </h1>
      <p className="nhsuk-lede-text">{t.lede}</p>
      <ReturnedToDraftNotes notes={reopened} usedInstead={usedInstead} />
      <p>{t.publishedCount(summary.published, summary.icbs.length)}</p>

      <h2>{t.summaryHeading}</h2>
      <RegionSummaryTable summary={summary} />
      <p className="nhsuk-body-s">{t.summaryNote}</p>
      {summary.otherCatalogue > 0 && <p className="nhsuk-body-s">{t.otherCatalogue(summary.otherCatalogue)}</p>}
      <BandRule />

      {rows.length > 0 && <Level3Chart heading={t.chartHeading} label={t.chartLabel} rows={rows} series={[{ label: t.chartSeries, colour: CHART_COLOURS.current }]} />}

      {/* Completeness (issue 12): how much of each ICB's return its figures rest on. */}
      {summary.published > 0 && (
        <section aria-labelledby="completeness-heading">
          <h2 id="completeness-heading">{copy.completeness.regionHeading}</h2>
          <p>{copy.completeness.explain}</p>
          <RegionCompletenessTable summary={summary} />
        </section>
      )}
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t.history.heading}</h2>
        {history.length === 0 ? (
          <p>{t.history.none}</p>
        ) : (
          <>
            <p>{t.history.lede}</p>
            <RegionHistoryTable history={history} />
            <HistoryChart
              heading={t.history.chartHeading}
              label={t.history.chartLabel}
              lines={history.map(({ icb, points }) => ({ name: icb.name, points: points.map((point) => ({ at: point.submittedAt.getTime(), value: point.level3Plus })) }))}
            />
          </>
        )}
      </section>

      <p className="app-no-print">
        {/* A download, not a page: the router must not try to render it. */}
        <a href={`/regions/${comparison.region.id}/comparison.xlsx`} download>
          {t.download}
        </a>
      </p>

      <h2>{t.ambitionsHeading}</h2>
      <p>{t.ambitionsLede}</p>
      <ul className="nhsuk-list">
        {comparison.catalogue.ambitions.map((ambition) => (
          <li key={ambition.number}>
            <Link href={`/regions/${comparison.region.id}/ambitions/${ambition.number}`}>{t.ambitionLink(ambition.number, ambition.name)}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
