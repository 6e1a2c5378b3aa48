import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { authoriseSome } from "@/lib/request/authorise-some";
import { copy } from "@/lib/copy/en";
import { dashboardOrganisationIds } from "@/lib/dashboards/dashboard-organisation-ids";
import { db } from "@/lib/db/prisma";
import { listOrganisationNames } from "@/lib/organisations/list-organisation-names";

export const metadata: Metadata = { title: copy.dashboards.listTitle };

export default async function DashboardsPage() {
  await connection();
  const { ids } = await authoriseSome("dashboard.read", "organisation", dashboardOrganisationIds, "/dashboard");
  const organisations = await listOrganisationNames(db(), ids);
  // Most people sit on one board: take them straight to it.
  if (organisations.length === 1) redirect(`/dashboards/${organisations[0]!.id}`);
  const t = copy.dashboards;
  return (
    <>
      <h1>{t.listTitle}</h1>
      <p className="nhsuk-lede-text">{t.listLede}</p>
      <ul className="nhsuk-list">
        {organisations.map((organisation) => (
          <li key={organisation.id}>
            <Link href={`/dashboards/${organisation.id}`}>{organisation.name}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
