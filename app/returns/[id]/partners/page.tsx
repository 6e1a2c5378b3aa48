import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { SuccessBanner } from "@/components/forms/notification-banner";
import { RequestPartnersForm } from "@/components/partners/request-partners-form";
import { StatusTag } from "@/components/returns/status-tag";
import { DataTable } from "@/components/ui/data-table";
import { getCatalogueVersion } from "@/lib/catalogue/get-catalogue-version";
import { copy } from "@/lib/copy/en";
import { partnersCopy } from "@/lib/copy/partners";
import { db } from "@/lib/db/prisma";
import { listPartnerReturns } from "@/lib/partners/list-partner-returns";
import { can } from "@/lib/policy/policy";
import { authoriseReturn } from "@/lib/returns/authorise-return";
import { toReturnRef } from "@/lib/returns/to-return-ref";
import { toOrgRef } from "@/lib/organisations/to-org-ref";
import { requestPartnersAction } from "./actions";

export const metadata: Metadata = { title: partnersCopy.page.title };

const count = (value: string | string[] | undefined) => (typeof value === "string" && /^[0-9]{1,4}$/.test(value) ? Number(value) : null);

export default async function PartnersPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const { id } = await params;
  const query = await searchParams;
  // The ICB's programme manager and clinical lead read their partners' progress; nobody else.
  const { user, stored } = await authoriseReturn(id, "return.readPartners", `/returns/${id}/partners`, { answers: "none" });
  const [{ partners }, catalogue] = await Promise.all([listPartnerReturns(db(), stored.id, user), getCatalogueVersion(db(), stored.catalogueVersionId)]);
  const t = partnersCopy.page;
  const mayAsk = can(user, "return.requestPartners", { type: "return", ...toReturnRef(stored) });
  const asked = count(query.asked);
  const already = count(query.already);

  const intro = (
    <>
      <Link className="nhsuk-back-link" href={`/returns/${stored.id}`}>
        {copy.returns.backToReturn}
      </Link>
      {asked !== null && <SuccessBanner>{t.asked(asked, already ?? 0)}</SuccessBanner>}
      <h1>
        <span className="nhsuk-caption-l">
          {stored.organisation.name}: {stored.title}
        </span>
        {t.title}
      </h1>
      <p className="nhsuk-lede-text">{t.lede(stored.title)}</p>
      {partners.length === 0 ? (
        <p>{t.noPartners}</p>
      ) : (
        <DataTable caption={t.tableCaption} columns={[{ label: t.columns.organisation }, { label: t.columns.people, numeric: true }, { label: t.columns.progress }]}>
          {partners.map((partner) => {
            const partnerReturn = partner.partnerReturn;
            const readable =
              partnerReturn !== null &&
              can(user, "return.read", { type: "return", organisation: toOrgRef(partner.organisation), status: partnerReturn.status });
            return (
              <tr key={partner.organisation.id} className="nhsuk-table__row">
                <th scope="row" className="nhsuk-table__header">
                  {partner.organisation.name}
                </th>
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{partner.people}</td>
                <td className="nhsuk-table__cell">
                  {partnerReturn === null ? (
                    t.notAsked
                  ) : (
                    <>
                      <StatusTag status={partnerReturn.status} /> {t.progress(partnerReturn.rated, partnerReturn.items)}
                      {readable && (
                        <>
                          {" "}
                          <Link href={`/returns/${partnerReturn.id}`}>
                            {t.openVisible}
                            <span className="nhsuk-u-visually-hidden">{t.openHidden(partner.organisation.name)}</span>
                          </Link>
                        </>
                      )}
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
      {catalogue && partners.some((partner) => partner.partnerReturn !== null) && (
        <>
          <h2>{t.gapsHeading}</h2>
          <ul className="nhsuk-list">
            {catalogue.ambitions.map((ambition) => (
              <li key={ambition.number}>
                <Link href={`/returns/${stored.id}/partner-gaps/${ambition.number}`}>{t.gapsLink(ambition.number, ambition.name)}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );

  const notAsked = partners.filter((partner) => partner.partnerReturn === null);
  if (!mayAsk || notAsked.length === 0) {
    return (
      <>
        {intro}
        {!mayAsk && <p className="nhsuk-inset-text">{t.readOnly}</p>}
      </>
    );
  }
  return (
    <RequestPartnersForm
      action={requestPartnersAction.bind(null, stored.id)}
      options={notAsked.map((partner) => ({ value: partner.organisation.id, label: partner.organisation.name + (partner.people === 0 ? t.noPeople : "") }))}
    >
      {intro}
    </RequestPartnersForm>
  );
}
