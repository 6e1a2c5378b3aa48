import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { AssignForm } from "@/components/returns/assign-form";
import { getCatalogueVersion } from "@/lib/catalogue/get-catalogue-version";
import { copy } from "@/lib/copy/en";
import { db } from "@/lib/db/prisma";
import { authoriseReturn } from "@/lib/returns/authorise-return";
import { findReturnSection } from "@/lib/returns/find-return-section";
import { ambitionHref } from "@/lib/returns/item-href";
import { listAssignableUsers } from "@/lib/returns/list-assignable-users";
import { assignSectionAction } from "./actions";

// From the address alone: a title must not reveal anything about a return the viewer may not see.
export async function generateMetadata({ params }: { params: Promise<{ number: string }> }): Promise<Metadata> {
  return { title: copy.returns.assign.sectionTitle(decodeURIComponent((await params).number).slice(0, 20)) };
}

export default async function AssignSectionPage({ params }: { params: Promise<{ id: string; number: string }> }) {
  await connection();
  const { id, number: raw } = await params;
  const number = decodeURIComponent(raw);
  const { stored } = await authoriseReturn(id, "return.assign", `/returns/${id}/sections/${raw}/assign`);
  const catalogue = await getCatalogueVersion(db(), stored.catalogueVersionId);
  const section = catalogue ? findReturnSection(catalogue, number) : null;
  if (!section) notFound();
  const people = await listAssignableUsers(db(), stored.organisation.id);
  // Ticked: whoever every item of the section is already assigned to.
  const everywhere = people
    .map((person) => person.id)
    .filter((personId) => section.items.every((item) => (stored.assignees.get(item.key) ?? []).includes(personId)));
  const t = copy.returns.assign;
  const name = `${section.number} ${section.title}`;
  return (
    <AssignForm
      action={assignSectionAction.bind(null, stored.id, section.number)}
      people={people}
      assigned={everywhere}
      legend={t.sectionLegend}
      hint={t.sectionHint(section.items.length)}
    >
      <Link className="nhsuk-back-link" href={ambitionHref(stored.id, section.ambition)}>
        {copy.returns.backToReturn}
      </Link>
      <span className="nhsuk-caption-l">
        {stored.organisation.name}: {stored.title}
      </span>
      <h1 className="nhsuk-heading-l">{t.sectionHeading(name)}</h1>
      <h2 className="nhsuk-heading-s">{t.sectionItems}</h2>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {section.items.map((item) => (
          <li key={item.key}>
            {item.number && <strong>{item.number} </strong>}
            {item.text}
          </li>
        ))}
      </ul>
    </AssignForm>
  );
}
