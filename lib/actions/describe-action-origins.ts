import type { Db } from "../db/create-client";
import { can, type PolicyUser } from "../policy/policy";
import type { OrganisationKind, ReturnStatus } from "../generated/prisma/client";
import { toReturnRef } from "../returns/to-return-ref";

/** A return's organisation as RETURN_ORGANISATION_SELECT loads it. */
type OrgRow = { id: string; name: string; kind: OrganisationKind; regionId: string | null; icbId: string | null };

export interface ActionOrigin {
  /** The return it was raised from (the first link the reader may read), or null. */
  raisedFrom: {
    returnId: string;
    returnTitle: string;
    item: { key: string; number: string | null; text: string } | null;
    /** The gaps written for that item then, or "" when none were. */
    gaps: string;
  } | null;
  /** The partner whose gap it came from, with the gaps they wrote for the same item. */
  source: { returnId: string; organisationName: string; gaps: string } | null;
}

export interface ActionOriginInput {
  id: string;
  ambitionNumber: number;
  links: { returnId: string; return: { title: string; status: ReturnStatus; organisation: OrgRow }; catalogueItem: { id: string; key: string; number: string | null; text: string } | null }[];
  sourceReturn: { id: string; status: ReturnStatus; organisation: OrgRow } | null;
}

/**
 * Where each action came from, as far as `reader` may read: the gap text of the item it was
 * raised from, and the partner's gap for a source return. Links to returns the reader cannot
 * read (a regional lead and a draft) are skipped, so an action never leaks a draft's words.
 */
export async function describeActionOrigins(db: Db, reader: PolicyUser, actions: readonly ActionOriginInput[]): Promise<Map<string, ActionOrigin>> {
  const readable = (ret: { status: ReturnStatus; organisation: OrgRow }) => can(reader, "return.read", { type: "return", ...toReturnRef(ret) });
  const firsts = actions.map((action) => ({ action, link: action.links.find((link) => readable(link.return)) ?? null }));
  const wanted = firsts.flatMap(({ link }) => (link?.catalogueItem ? [{ returnId: link.returnId, catalogueItemId: link.catalogueItem.id }] : []));
  const answers = wanted.length ? await db.returnAnswer.findMany({ where: { OR: wanted }, select: { returnId: true, catalogueItemId: true, gaps: true } }) : [];
  const sourceWanted = firsts.flatMap(({ action, link }) =>
    action.sourceReturn && readable(action.sourceReturn) && link?.catalogueItem ? [{ returnId: action.sourceReturn.id, catalogueItem: { key: link.catalogueItem.key } }] : [],
  );
  const sourceAnswers = sourceWanted.length
    ? await db.returnAnswer.findMany({ where: { OR: sourceWanted }, select: { returnId: true, gaps: true, catalogueItem: { select: { key: true } } } })
    : [];
  const origins = new Map<string, ActionOrigin>();
  for (const { action, link } of firsts) {
    const gaps = link?.catalogueItem ? (answers.find((a) => a.returnId === link.returnId && a.catalogueItemId === link.catalogueItem!.id)?.gaps ?? "") : "";
    const source = action.sourceReturn && readable(action.sourceReturn) ? action.sourceReturn : null;
    origins.set(action.id, {
      raisedFrom: link
        ? {
            returnId: link.returnId,
            returnTitle: link.return.title,
            item: link.catalogueItem ? { key: link.catalogueItem.key, number: link.catalogueItem.number, text: link.catalogueItem.text } : null,
            gaps,
          }
        : null,
      source: source
        ? {
            returnId: source.id,
            organisationName: source.organisation.name,
            gaps: sourceAnswers.find((a) => a.returnId === source.id && a.catalogueItem.key === link?.catalogueItem?.key)?.gaps ?? "",
          }
        : null,
    });
  }
  return origins;
}
