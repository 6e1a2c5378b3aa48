// What an item page or an ambition page shows of the improvement plan: the actions raised from
// (or carried over to) this return there, and, for those who may, "Create an action".
import Link from "next/link";
import { listReturnActions } from "@/lib/actions/list-return-actions";
import { toActionResource } from "@/lib/actions/to-action-resource";
import { planCopy } from "@/lib/copy/plan";
import { db } from "@/lib/db/prisma";
import { formatDate } from "@/lib/format/format-date";
import { toOrgRef } from "@/lib/organisations/to-org-ref";
import { can, type PolicyUser } from "@/lib/policy/policy";
import type { ReturnView } from "@/lib/returns/get-return";
import { newActionPath } from "@/lib/actions/new-action-path";

type Props = {
  user: PolicyUser;
  stored: Pick<ReturnView, "id" | "status" | "organisation" | "assignees">;
} & ({ itemKey: string; ambitionNumber?: undefined } | { ambitionNumber: number; itemKey?: undefined });

export async function ReturnActions({ user, stored, itemKey, ambitionNumber }: Props) {
  const organisation = toOrgRef(stored.organisation);
  const assigneeIds = itemKey ? (stored.assignees.get(itemKey) ?? []) : [];
  const mayCreate = can(user, "action.create", toActionResource({ organisation: stored.organisation, ownerUserId: null, links: [{ returnStatus: stored.status, assigneeIds }] }));
  const actions = await listReturnActions(db(), user, { organisation, returnId: stored.id, itemKey, ambitionNumber });
  if (!mayCreate && actions.length === 0) return null;
  return (
    <section aria-labelledby="plan-actions-heading" className="app-no-print">
      <h2 id="plan-actions-heading" className="nhsuk-heading-s">
        {planCopy.dashboardHeading}
      </h2>
      {actions.length > 0 ? (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {actions.map((action) => (
            <li key={action.id}>
              <Link href={`/actions/${action.id}`}>{action.wantTo}</Link> ({planCopy.statusLabels[action.status]}, {planCopy.dueLabel.toLowerCase()} {formatDate(action.dueDate)})
            </li>
          ))}
        </ul>
      ) : null}
      {mayCreate ? (
        <p>
          <Link href={itemKey ? newActionPath({ returnId: stored.id, itemKey }) : newActionPath({ returnId: stored.id, ambition: ambitionNumber })}>
            {itemKey ? planCopy.newFromGapLink : planCopy.newFromAmbitionLink(ambitionNumber!)}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
