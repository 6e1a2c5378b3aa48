import Link from "next/link";
import type { ActionOrigin } from "@/lib/actions/describe-action-origins";
import { planCopy } from "@/lib/copy/plan";
import { itemHref } from "@/lib/returns/item-href";

/** The gap an action came from, in a plan row or on the action's page. */
export function ActionOriginText({ origin, ambitionNumber }: { origin: ActionOrigin; ambitionNumber: number }) {
  const raised = origin.raisedFrom;
  if (!raised) return null;
  return (
    <div className="nhsuk-body-s">
      {raised.item ? (
        <>
          <Link href={itemHref(raised.returnId, raised.item.key)}>{planCopy.gapFrom(`${planCopy.itemLabel(raised.item.number, raised.item.key)}, ${raised.returnTitle}`)}</Link>
          {origin.source ? ` (${planCopy.fromPartner(origin.source.organisationName)})` : null}
          {": "}
          <span className="app-answer-text">{origin.source?.gaps || raised.gaps || planCopy.noGapWritten}</span>
        </>
      ) : (
        <>
          {planCopy.fromAmbition(ambitionNumber, raised.returnTitle)}
          {origin.source ? ` (${planCopy.fromPartner(origin.source.organisationName)})` : null}
        </>
      )}
    </div>
  );
}
