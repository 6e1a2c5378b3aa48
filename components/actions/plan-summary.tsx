// The dashboard's and board paper's view of the improvement plan: per ambition, the actions
// open, of those overdue, and done since the last published self-assessment was submitted.
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { utcToday } from "@/lib/actions/action-due";
import { countActionsByAmbition } from "@/lib/actions/count-actions-by-ambition";
import { planCopy } from "@/lib/copy/plan";
import { db } from "@/lib/db/prisma";
import { formatDate } from "@/lib/format/format-date";
import { toOrgRef } from "@/lib/organisations/to-org-ref";
import { can, type PolicyUser } from "@/lib/policy/policy";

type Props = {
  user: PolicyUser;
  organisation: { id: string; kind: "region" | "icb" | "place" | "provider"; regionId: string | null; icbId: string | null };
  /** When the last published return was submitted: "done since" counts from there. */
  since: Date | null;
  ambitionNames: ReadonlyMap<number, string>;
};

export async function PlanSummary({ user, organisation, since, ambitionNames }: Props) {
  const ref = toOrgRef(organisation);
  if (!can(user, "plan.read", { type: "organisation", organisation: ref })) return null;
  const counts = await countActionsByAmbition(db(), user, ref, { today: utcToday(), since });
  const t = planCopy.dashboardColumns;
  return (
    <section aria-labelledby="plan-summary-heading">
      <h2 id="plan-summary-heading">{planCopy.dashboardHeading}</h2>
      <p>{planCopy.dashboardLede(since ? formatDate(since) : null)}</p>
      <DataTable
        caption={planCopy.dashboardHeading}
        captionHidden
        columns={[{ label: t.ambition }, { label: t.open, numeric: true }, { label: t.overdue, numeric: true }, { label: t.done, numeric: true }]}
      >
        {counts.map((row) => (
          <tr key={row.ambition} className="nhsuk-table__row">
            <th scope="row" className="nhsuk-table__header">
              {row.ambition} {ambitionNames.get(row.ambition) ?? ""}
            </th>
            <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{row.open}</td>
            <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{row.overdue > 0 ? <strong>{row.overdue}</strong> : row.overdue}</td>
            <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{row.doneSince}</td>
          </tr>
        ))}
      </DataTable>
      <p className="app-no-print">
        <Link href={`/organisations/${organisation.id}/plan`}>{planCopy.dashboardPlanLink}</Link>
      </p>
    </section>
  );
}
