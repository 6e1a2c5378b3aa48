import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { LevelTag } from "@/components/returns/level-tag";
import { getCatalogueVersion } from "@/lib/catalogue/get-catalogue-version";
import { copy } from "@/lib/copy/en";
import { partnersCopy } from "@/lib/copy/partners";
import { db } from "@/lib/db/prisma";
import { listPartnerGaps, type PartnerGap } from "@/lib/partners/list-partner-gaps";
import { authoriseReturn } from "@/lib/returns/authorise-return";

// From the address alone: nothing about a return the viewer may not see.
export async function generateMetadata({ params }: { params: Promise<{ ambition: string }> }): Promise<Metadata> {
  const { ambition } = await params;
  return { title: /^[1-6]$/.test(ambition) ? partnersCopy.gaps.title(Number(ambition)) : copy.errors.notFoundTitle };
}

/** Plan's "create an action from a partner's gap" page, keeping who said it. */
const actionHref = (returnId: string, gap: PartnerGap) =>
  `/actions/new?${new URLSearchParams({ return: returnId, item: gap.itemKey, source: gap.partnerReturnId })}`;

export default async function PartnerGapsPage({ params }: { params: Promise<{ id: string; ambition: string }> }) {
  await connection();
  const { id, ambition: ambitionParam } = await params;
  const { user, stored } = await authoriseReturn(id, "return.readPartners", `/returns/${id}/partner-gaps/${ambitionParam}`, { answers: "none" });
  if (!/^[0-9]{1,2}$/.test(ambitionParam)) notFound();
  const catalogue = await getCatalogueVersion(db(), stored.catalogueVersionId);
  const ambition = catalogue?.ambitions.find((entry) => entry.number === Number(ambitionParam));
  if (!ambition) notFound();
  const gaps = await listPartnerGaps(db(), { returnId: stored.id, ambition: ambition.number }, user);
  const t = partnersCopy.gaps;
  // Item by item, in catalogue order (the list already is).
  const byItem = new Map<string, PartnerGap[]>();
  for (const gap of gaps) byItem.set(gap.itemKey, [...(byItem.get(gap.itemKey) ?? []), gap]);

  return (
    <>
      <Link className="nhsuk-back-link" href={`/returns/${stored.id}/partners`}>
        {partnersCopy.page.link}
      </Link>
      <h1>
        <span className="nhsuk-caption-l">
          {stored.organisation.name}: {stored.title}
        </span>
        {copy.catalogue.ambitionHeading(ambition.number, ambition.name)}
      </h1>
      <p className="nhsuk-lede-text">{t.lede}</p>
      {byItem.size === 0 && <p>{t.none}</p>}
      {[...byItem.values()].map((itemGaps) => {
        const first = itemGaps[0]!;
        const itemLabel = `${first.itemNumber ? `${first.itemNumber} ` : ""}${first.itemText}`;
        return (
          <section key={first.itemKey} aria-labelledby={`gaps-${first.itemKey}`}>
            <h2 className="nhsuk-heading-s" id={`gaps-${first.itemKey}`}>
              {itemLabel}
            </h2>
            <ul className="nhsuk-list">
              {itemGaps.map((gap) => (
                <li key={gap.partnerReturnId} className="nhsuk-inset-text">
                  <p className="nhsuk-body-s">
                    <strong>{gap.organisationName}</strong> <LevelTag level={gap.level} />
                  </p>
                  <p className="app-answer-text">{gap.gaps}</p>
                  <Link href={actionHref(stored.id, gap)}>
                    {t.makeAction}
                    <span className="nhsuk-u-visually-hidden">{t.makeActionHidden(itemLabel, gap.organisationName)}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
