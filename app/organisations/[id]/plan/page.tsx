import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { ActionOriginText } from "@/components/actions/action-origin";
import { SelectField } from "@/components/forms/select-field";
import { DataTable } from "@/components/ui/data-table";
import { utcToday } from "@/lib/actions/action-due";
import { ACTION_STATUSES, AMBITION_NUMBERS } from "@/lib/actions/action-rules";
import { listActions } from "@/lib/actions/list-actions";
import { planCopy } from "@/lib/copy/plan";
import { db } from "@/lib/db/prisma";
import { formatDate } from "@/lib/format/format-date";
import { hasControlCharacter } from "@/lib/forms/plain-text";
import { getOrganisation } from "@/lib/organisations/get-organisation";
import { toOrgRef } from "@/lib/organisations/to-org-ref";
import { authorise } from "@/lib/request/authorise";
import { requireUser } from "@/lib/request/current-user";

export const metadata: Metadata = { title: planCopy.planTitle };

// A bad value in the address is ignored rather than refused: this is a filter, not a form.
const searchSchema = z.object({
  ambition: z.coerce.number().int().min(1).max(6).optional().catch(undefined),
  owner: z
    .string()
    .max(300)
    .regex(/^(user|name):/)
    .refine((value) => !hasControlCharacter(value))
    .optional()
    .catch(undefined),
  status: z.enum(ACTION_STATUSES).optional().catch(undefined),
  due: z.enum(["overdue", "soon"]).optional().catch(undefined),
});

export default async function PlanPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const { id } = await params;
  const here = `/organisations/${id}/plan`;
  await requireUser(here);
  const organisation = await getOrganisation(db(), id);
  if (!organisation) notFound();
  const user = await authorise("plan.read", { type: "organisation", organisation: toOrgRef(organisation) }, here);
  const filters = searchSchema.parse(await searchParams);
  const { rows, owners } = await listActions(db(), user, toOrgRef(organisation), filters, utcToday());
  const filtered = Object.values(filters).some((value) => value !== undefined);
  const t = planCopy;
  return (
    <>
      <h1>
        <span className="nhsuk-caption-l">{organisation.name}</span>
        {t.planTitle}
      </h1>
      <p className="nhsuk-lede-text">{t.planLede}</p>
      {/* Keyed on the filters: "Clear filters" is a client-side navigation to the same page, and
          the selects' defaultValue would otherwise keep showing the old choices. */}
      <form key={JSON.stringify(filters)} method="get" action={here} className="app-no-print" aria-labelledby="plan-filter-heading">
        <h2 id="plan-filter-heading" className="nhsuk-heading-s">
          {t.filters.heading}
        </h2>
        <SelectField
          name="ambition"
          label={t.filters.ambition}
          placeholder={t.filters.any}
          defaultValue={filters.ambition ? String(filters.ambition) : undefined}
          options={AMBITION_NUMBERS.map((n) => ({ value: String(n), label: t.ambitionLabel(n) }))}
        />
        <SelectField name="owner" label={t.filters.owner} placeholder={t.filters.any} defaultValue={filters.owner} options={owners.map((owner) => ({ value: owner.key, label: owner.label }))} />
        <SelectField
          name="status"
          label={t.filters.status}
          placeholder={t.filters.any}
          defaultValue={filters.status}
          options={ACTION_STATUSES.map((status) => ({ value: status, label: t.statusLabels[status] }))}
        />
        <SelectField
          name="due"
          label={t.filters.due}
          placeholder={t.filters.any}
          defaultValue={filters.due}
          options={[
            { value: "overdue", label: t.filters.overdue },
            { value: "soon", label: t.filters.soon },
          ]}
        />
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">
          {t.filters.apply}
        </button>{" "}
        {filtered ? <Link href={here}>{t.filters.clear}</Link> : null}
      </form>

      {rows.length === 0 ? (
        <p>{filtered ? t.noMatches : t.noActions}</p>
      ) : (
        <DataTable
          caption={t.tableCaption(rows.length)}
          columns={[{ label: t.columns.action }, { label: t.columns.ambition }, { label: t.columns.owner }, { label: t.columns.due }, { label: t.columns.status }]}
        >
          {rows.map((row) => (
            <tr key={row.id} className="nhsuk-table__row" data-overdue={row.overdue ? "true" : undefined}>
              <td className="nhsuk-table__cell">
                <Link href={`/actions/${row.id}`}>{row.wantTo}</Link>
                <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
                  {t.doThisBy}: {row.doThisBy}
                </p>
                <ActionOriginText origin={row.origin} ambitionNumber={row.ambitionNumber} />
              </td>
              <td className="nhsuk-table__cell">{t.ambitionLabel(row.ambitionNumber)}</td>
              <td className="nhsuk-table__cell">{row.owner}</td>
              <td className="nhsuk-table__cell">
                {formatDate(row.dueDate)}
                {row.overdue ? (
                  <>
                    {" "}
                    <strong className="nhsuk-tag nhsuk-tag--red">{t.overdueTag}</strong>
                  </>
                ) : null}
              </td>
              <td className="nhsuk-table__cell">
                <strong className={`nhsuk-tag ${t.statusTagClass[row.status]}`}>{t.statusLabels[row.status]}</strong>
                {row.updateNote ? <p className="nhsuk-body-s app-answer-text">{row.updateNote}</p> : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
