import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { copy } from "@/lib/copy/en";
import { db } from "@/lib/db/prisma";
import { authoriseSome } from "@/lib/request/authorise-some";
import { comparableRegionIds } from "@/lib/regions/comparable-region-ids";
import { listOrganisationNames } from "@/lib/organisations/list-organisation-names";

export const metadata: Metadata = { title: copy.regions.listTitle };

export default async function RegionsPage() {
  await connection();
  const { ids } = await authoriseSome("region.compare", "region", comparableRegionIds, "/regions");
  const regions = await listOrganisationNames(db(), ids);
  // Almost every regional lead leads one region: take them straight to it.
  if (regions.length === 1) redirect(`/regions/${regions[0]!.id}`);
  const t = copy.regions;
  return (
    <>
      <h1>{t.listTitle}</h1>
      <p className="nhsuk-lede-text">{t.listLede}</p>
      <ul className="nhsuk-list">
        {regions.map((region) => (
          <li key={region.id}>
            <Link href={`/regions/${region.id}`}>{region.name}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
