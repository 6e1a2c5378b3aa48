import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { CHART_COLOURS } from "@/components/charts/chart-colours";
import { Level3Chart, type Level3Row } from "@/components/charts/level3-chart";
import { BoardPaperHeader } from "@/components/dashboards/board-paper-header";
import { AmbitionChangeTable } from "@/components/dashboards/ambition-change-table";
import { GapItems } from "@/components/dashboards/gap-items";
import { PlanSummary } from "@/components/actions/plan-summary";
import { HistoryTable } from "@/components/dashboards/history-table";
import { MovementTable } from "@/components/dashboards/movement-table";
import { MovedItems } from "@/components/partners/moved-items";
import { BandRule } from "@/components/returns/band-rule";
import { CompletenessNote } from "@/components/returns/completeness-note";
import { IncompleteTag } from "@/components/returns/incomplete-tag";
import { LevelDistribution } from "@/components/returns/level-distribution";
import { ReturnedToDraftNotes } from "@/components/returns/returned-to-draft-notes";
import { StatusTag } from "@/components/returns/status-tag";
import { PrintButton } from "@/components/ui/print-button";
import { authorise } from "@/lib/request/authorise";
import { requireUser } from "@/lib/request/current-user";
import { copy } from "@/lib/copy/en";
import { getBoardPaperPeople } from "@/lib/dashboards/get-board-paper-header";
import { getOrganisationDashboard } from "@/lib/dashboards/get-organisation-dashboard";
import { db } from "@/lib/db/prisma";
import { formatDate } from "@/lib/format/format-date";
import { getOrganisation } from "@/lib/organisations/get-organisation";
import { toOrgRef } from "@/lib/organisations/to-org-ref";
import { completenessOf } from "@/lib/scoring";
import { listReturnedToDraft } from "@/lib/returns/list-returned-to-draft";

// From the address alone: the organisation's name is shown only to those allowed to read it.
export const metadata: Metadata = { title: copy.dashboards.metaTitle };

/** A chart series from an incomplete return says so in its legend (issue 12). */
const markIncomplete = (label: string, notRated: number) => (notRated > 0 ? copy.completeness.chartName(label) : label);

export default async function DashboardPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  // Signed in first, so an anonymous visitor cannot tell existing ids from made-up ones.
  await requireUser(`/dashboards/${id}`);
  const organisation = await getOrganisation(db(), id);
  if (!organisation) notFound();
  const user = await authorise("dashboard.read", { type: "organisation", organisation: toOrgRef(organisation) }, `/dashboards/${id}`);
  const dashboard = await getOrganisationDashboard(db(), user, organisation);
  if (!dashboard) notFound();
  const t = copy.dashboards;
  const { latest, previous, comparison, catalogue } = dashboard;
  // A return taken back to draft has dropped out of the figures below: say so, and why.
  const reopened = (
    <ReturnedToDraftNotes notes={await listReturnedToDraft(db(), { id: organisation.id })} usedInstead={new Map(latest ? [[organisation.id, latest.title]] : [])} />
  );

  const heading = (
    <h1>
      <span className="nhsuk-caption-l">{t.caption}</span>
      {t.title(organisation.name)}
    </h1>
  );
  if (!latest || !catalogue) {
    return (
      <>
        {heading}
        {reopened}
        <p className="nhsuk-lede-text">{t.none}</p>
      </>
    );
  }

  const names = new Map(catalogue.ambitions.map((ambition) => [ambition.number, ambition.name]));
  const rows: Level3Row[] = latest.score.ambitions.map((ambition) => {
    const change = comparison?.ambitions.find((entry) => entry.ambition === ambition.ambition);
    const label = `${ambition.ambition} ${names.get(ambition.ambition) ?? ""}`;
    return change ? { name: label, values: [change.before.level3Plus, change.after.level3Plus] } : { name: label, values: [ambition.level3Plus] };
  });
  const series =
    previous && comparison
      ? [
          { label: markIncomplete(t.seriesPrevious(previous.title), previous.score.overall.notRated), colour: CHART_COLOURS.earlier },
          { label: markIncomplete(t.seriesLatest(latest.title), latest.score.overall.notRated), colour: CHART_COLOURS.current },
        ]
      : [{ label: markIncomplete(t.seriesLatest(latest.title), latest.score.overall.notRated), colour: CHART_COLOURS.current }];

  // The printed board paper's front matter; rated = items with a level.
  const people = await getBoardPaperPeople(db(), latest.id);
  const overall = latest.score.overall;

  return (
    <>
      {heading}
      <BoardPaperHeader
        organisation={organisation.name}
        title={latest.title}
        status={latest.status}
        submittedAt={latest.submittedAt}
        signedOffAt={latest.signedOffAt}
        people={people}
        rated={overall.items - overall.notRated}
        items={overall.items}
      />
      {reopened}
      <p className="nhsuk-lede-text">{t.lede}</p>
      <PrintButton label={t.printButton} />

      <section className="nhsuk-card app-headline" aria-labelledby="headline-heading">
        <div className="nhsuk-card__content">
          <h2 id="headline-heading" className="nhsuk-card__heading">
            {t.headlineHeading}: {latest.score.band ? t.headline(latest.score.band) : copy.returns.noBand}
          </h2>
          <p className="nhsuk-body-l">{t.overall(latest.score.overall.level3Plus.toFixed(1))}</p>
          {/* Completeness (issue 12): how much of the latest return the figures rest on. */}
          <p className="app-completeness">
            <IncompleteTag notRated={latest.score.overall.notRated} items={latest.score.overall.items} />{" "}
            {latest.score.overall.notRated > 0
              ? copy.completeness.notRatedLine(latest.score.overall.notRated, latest.score.overall.items)
              : copy.completeness.allRated(latest.score.overall.items)}
          </p>
          <BandRule />
          <p>
            {t.latestLine(latest.title)} <StatusTag status={latest.status} />
          </p>
          <p className="nhsuk-body-s">
            {t.submittedLine(formatDate(latest.submittedAt))} {latest.signedOffAt ? t.signedOffLine(formatDate(latest.signedOffAt)) : t.notSignedOff}
          </p>
          <p className="app-no-print">
            <Link href={`/returns/${latest.id}`}>{t.readReturn}</Link>
          </p>
        </div>
      </section>

      <h2>{t.byAmbitionHeading}</h2>
      <Level3Chart heading={t.chartHeading} label={t.chartLabel(comparison !== null)} rows={rows} series={series} />
      <AmbitionChangeTable score={latest.score} changes={comparison} ambitionNames={names} />
      <CompletenessNote completeness={completenessOf(latest.score)} ambitionNames={names} />
      <LevelDistribution score={latest.score} ambitionNames={names} />

      {previous && comparison && (
        <section aria-labelledby="changes-heading">
          <h2 id="changes-heading">{t.changesHeading(previous.title)}</h2>
          <p>
            {t.movements(
              comparison.overall.movements.up,
              comparison.overall.movements.down,
              comparison.overall.movements.same,
              comparison.overall.movements.newlyRated,
              comparison.overall.movements.noLongerRated,
            )}
          </p>
          <MovementTable movements={comparison.overall.movements} />
          {comparison.notComparable.after.count > 0 && <p className="nhsuk-body-s">{t.notComparable(comparison.notComparable.after.count)}</p>}
          <MovedItems user={user} latestReturnId={latest.id} comparison={comparison} catalogue={catalogue} />
          <h3>{t.fallenHeading}</h3>
          {dashboard.fallen.length === 0 ? (
            <p>{t.fallenNone}</p>
          ) : (
            <ul className="nhsuk-list nhsuk-list--bullet">
              {dashboard.fallen.map((item) => (
                <li key={item.key}>
                  {item.stem && <span className="app-gap-item__stem">{item.stem} </span>}
                  {item.number && <strong>{item.number} </strong>}
                  {item.text}: {t.fallenLine(item.from, item.to)}
                </li>
              ))}
            </ul>
          )}
          {dashboard.noLongerRated.length > 0 && (
            <>
              <h3>{t.noLongerRatedHeading}</h3>
              <ul className="nhsuk-list nhsuk-list--bullet">
                {dashboard.noLongerRated.map((item) => (
                  <li key={item.key}>
                    {item.stem && <span className="app-gap-item__stem">{item.stem} </span>}
                    {item.number && <strong>{item.number} </strong>}
                    {item.text}: {t.noLongerRatedLine(item.from)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      <section aria-labelledby="gaps-heading">
        <h2 id="gaps-heading">{t.gapsHeading}</h2>
        <p>{t.gapsLede}</p>
        <GapItems gaps={dashboard.gaps} />
      </section>
      <PlanSummary user={user} organisation={organisation} since={latest.submittedAt} ambitionNames={names} />

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t.historyHeading}</h2>
        <HistoryTable history={dashboard.history} />
      </section>
    </>
  );
}
