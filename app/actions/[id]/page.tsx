import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ActionHistory } from "@/components/actions/action-history";
import { ActionOriginText } from "@/components/actions/action-origin";
import { ActionStatusForm } from "@/components/actions/action-status-form";
import { SuccessBanner } from "@/components/forms/notification-banner";
import { utcToday, isOverdue } from "@/lib/actions/action-due";
import { authoriseAction } from "@/lib/actions/authorise-action";
import { listActionChanges } from "@/lib/actions/list-action-changes";
import { planCopy } from "@/lib/copy/plan";
import { db } from "@/lib/db/prisma";
import { formatDate } from "@/lib/format/format-date";
import { can } from "@/lib/policy/policy";
import { itemHref, ambitionHref } from "@/lib/returns/item-href";
import { updateActionStatusAction } from "./actions";

export const metadata: Metadata = { title: planCopy.actionTitle };

const DONE_MESSAGES: Record<string, string> = { created: planCopy.created, saved: planCopy.saved, unchanged: planCopy.nothingChanged };

export default async function ActionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> }) {
  await connection();
  const { id } = await params;
  const { done } = await searchParams;
  const { user, action } = await authoriseAction(id, "action.read", `/actions/${id}`);
  const changes = await listActionChanges(db(), action.id);
  const overdue = isOverdue(action, utcToday());
  const mayReadPlan = can(user, "plan.read", { type: "organisation", organisation: action.resource.organisation });
  const banner = done ? DONE_MESSAGES[done] : undefined;
  return (
    <>
      {mayReadPlan ? (
        <Link className="nhsuk-back-link" href={`/organisations/${action.organisation.id}/plan`}>
          {planCopy.backToPlan}
        </Link>
      ) : null}
      {banner ? <SuccessBanner>{banner}</SuccessBanner> : null}
      <h1>
        <span className="nhsuk-caption-l">
          {action.organisation.name}: {planCopy.ambitionLabel(action.ambitionNumber)}
        </span>
        {action.wantTo}
      </h1>
      <dl className="nhsuk-summary-list">
        {[
          [planCopy.wantTo, <span key="w" className="app-answer-text">{action.wantTo}</span>],
          [planCopy.doThisBy, <span key="d" className="app-answer-text">{action.doThisBy}</span>],
          [planCopy.ownerLabel, action.owner],
          [
            planCopy.dueLabel,
            <>
              {formatDate(action.dueDate)} {overdue ? <strong className="nhsuk-tag nhsuk-tag--red">{planCopy.overdueTag}</strong> : null}
            </>,
          ],
          [planCopy.statusLabel, <strong key="s" className={`nhsuk-tag ${planCopy.statusTagClass[action.status]}`}>{planCopy.statusLabels[action.status]}</strong>],
          [planCopy.updateNoteLabel, action.updateNote ? <span key="n" className="app-answer-text">{action.updateNote}</span> : planCopy.nothing],
          [planCopy.createdLabel, planCopy.createdBy(formatDate(action.createdAt), action.createdByName ?? planCopy.nothing)],
        ].map(([label, value]) => (
          <div className="nhsuk-summary-list__row" key={String(label)}>
            <dt className="nhsuk-summary-list__key">{label}</dt>
            <dd className="nhsuk-summary-list__value">{value}</dd>
          </div>
        ))}
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{planCopy.linkedLabel}</dt>
          <dd className="nhsuk-summary-list__value">
            <ActionOriginText origin={action.origin} ambitionNumber={action.ambitionNumber} />
            <ul className="nhsuk-list nhsuk-body-s">
              {action.links.map((link) => (
                <li key={`${link.returnId}:${link.itemKey ?? ""}`}>
                  <Link href={link.itemKey ? itemHref(link.returnId, link.itemKey) : ambitionHref(link.returnId, action.ambitionNumber)}>
                    {link.returnTitle}
                    {link.itemKey ? `, ${planCopy.itemLabel(link.itemNumber, link.itemKey)}` : `, ${planCopy.ambitionLabel(action.ambitionNumber)}`}
                  </Link>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
      {action.may.edit ? (
        <p>
          <Link href={`/actions/${action.id}/edit`}>{planCopy.editLink}</Link>
        </p>
      ) : null}
      {action.may.updateStatus ? (
        <ActionStatusForm action={updateActionStatusAction.bind(null, action.id)} status={action.status} updateNote={action.updateNote} version={action.version} />
      ) : null}
      <h2>{planCopy.historyHeading}</h2>
      <ActionHistory changes={changes} />
    </>
  );
}
