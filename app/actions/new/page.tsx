import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { ActionForm } from "@/components/actions/action-form";
import { ActionGap } from "@/components/actions/action-gap";
import { authoriseActionTarget } from "@/lib/actions/authorise-action-target";
import { listActionOwners } from "@/lib/actions/list-action-owners";
import { planCopy } from "@/lib/copy/plan";
import { db } from "@/lib/db/prisma";
import { hasControlCharacter } from "@/lib/forms/plain-text";
import { ambitionHref, itemHref } from "@/lib/returns/item-href";
import { requireUser } from "@/lib/request/current-user";
import { createActionAction } from "./actions";
import { newActionPath } from "@/lib/actions/new-action-path";

export const metadata: Metadata = { title: planCopy.newTitle };

const param = z.string().max(200).refine((value) => !hasControlCharacter(value)).optional().catch(undefined);
const searchSchema = z.object({ return: param, item: param, ambition: z.enum(["1", "2", "3", "4", "5", "6"]).optional().catch(undefined), source: param });

export default async function NewActionPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const query = searchSchema.parse(await searchParams);
  const here = newActionPath({ returnId: query.return ?? "", itemKey: query.item, ambition: query.ambition, sourceReturnId: query.source });
  // Signed in first, so an anonymous visitor cannot tell existing ids from made-up ones.
  await requireUser(here);
  // An item or an ambition, never neither.
  if (!query.return || (!query.item && !query.ambition)) notFound();
  const { target } = await authoriseActionTarget(
    { returnId: query.return, itemKey: query.item ?? null, ambitionNumber: query.ambition ? Number(query.ambition) : null, sourceReturnId: query.source ?? null },
    here,
  );
  const owners = await listActionOwners(db(), target.return.ref.organisation);
  const back = target.item ? itemHref(target.return.id, target.item.key) : ambitionHref(target.return.id, target.ambitionNumber);
  return (
    <ActionForm
      action={createActionAction.bind(null, target.return.id, target.item?.key ?? "", target.item ? "" : String(target.ambitionNumber), target.source?.id ?? "")}
      initial={{ wantTo: "", doThisBy: "", ownerKind: "", ownerUserId: "", ownerName: "", dueDate: { day: "", month: "", year: "" } }}
      owners={owners}
      submitLabel={planCopy.createButton}
    >
      <Link className="nhsuk-back-link" href={back}>
        {planCopy.back}
      </Link>
      <h1>
        <span className="nhsuk-caption-l">
          {target.return.organisation.name}: {planCopy.ambitionLabel(target.ambitionNumber)}
        </span>
        {planCopy.newTitle}
      </h1>
      <ActionGap
        returnTitle={target.return.title}
        ambitionNumber={target.ambitionNumber}
        item={target.item}
        source={target.source ? { organisationName: target.source.organisationName, gaps: target.source.gaps } : null}
      />
    </ActionForm>
  );
}
