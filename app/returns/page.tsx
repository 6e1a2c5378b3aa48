import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { StatusTag } from "@/components/returns/status-tag";
import { TableScroll } from "@/components/ui/table-scroll";
import { requireUser } from "@/lib/request/current-user";
import { onAnyOwnOrganisation } from "@/components/ui/navigation";
import { listCatalogueVersions } from "@/lib/catalogue/list-catalogue-versions";
import { copy } from "@/lib/copy/en";
import { db } from "@/lib/db/prisma";
import { formatDateTime } from "@/lib/format/format-date-time";
import { canCreateReturnFor } from "@/lib/returns/can-create-return-for";
import { listReturns } from "@/lib/returns/list-returns";

export const metadata: Metadata = { title: copy.returns.listTitle };

export default async function ReturnsPage() {
  await connection();
  // Every signed-in user may ask; the list itself holds only what the policy lets them read.
  const user = await requireUser("/returns");
  const [returns, versions] = await Promise.all([listReturns(db(), user), listCatalogueVersions(db())]);
  const ratedTotal = new Map(versions.map((version) => [version.id, version.ratedItems]));
  const canStart = onAnyOwnOrganisation(user, (organisation) => canCreateReturnFor(user, organisation));
  const t = copy.returns;

  return (
    <>
      <h1>{t.listTitle}</h1>
      <p className="nhsuk-lede-text">{t.listLede}</p>
      {canStart && (
        <p>
          <Link className="nhsuk-button" href="/returns/new">
            {t.startLink}
          </Link>
        </p>
      )}
      {returns.length === 0 ? (
        <p>
          {t.noneYet} {canStart ? t.noneYetManager : null}
        </p>
      ) : (
        <TableScroll label={t.tableCaption}>
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{t.tableCaption}</caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th scope="col" className="nhsuk-table__header">{t.columns.title}</th>
                <th scope="col" className="nhsuk-table__header">{t.columns.organisation}</th>
                <th scope="col" className="nhsuk-table__header">{t.columns.status}</th>
                <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">{t.columns.progress}</th>
                <th scope="col" className="nhsuk-table__header">{t.columns.updated}</th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {returns.map((entry) => (
                <tr key={entry.id} className="nhsuk-table__row">
                  <td className="nhsuk-table__cell">
                    <Link href={`/returns/${entry.id}`}>{entry.title}</Link>
                  </td>
                  <td className="nhsuk-table__cell">{entry.organisation.name}</td>
                  <td className="nhsuk-table__cell">
                    <StatusTag status={entry.status} />
                  </td>
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
                    {t.progress(entry.ratedItems, ratedTotal.get(entry.catalogueVersionId) ?? 0)}
                  </td>
                  <td className="nhsuk-table__cell">{formatDateTime(entry.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
