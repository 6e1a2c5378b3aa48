// "What moved and why" on the dashboard: each item whose level went up or down since the
// previous published return, with its old and new level and the reason given with the new one
// (asked on the item page of a refreshed return), so a board reads why, not just how much.
import { LevelTag } from "@/components/returns/level-tag";
import { DataTable } from "@/components/ui/data-table";
import type { Actor } from "@/lib/audit/actor";
import type { CatalogueVersionView } from "@/lib/catalogue/get-catalogue-version";
import { listCatalogueItems } from "@/lib/catalogue/list-catalogue-items";
import { partnersCopy } from "@/lib/copy/partners";
import { db } from "@/lib/db/prisma";
import { listLevelReasons } from "@/lib/partners/list-level-reasons";
import type { ReturnComparison } from "@/lib/scoring";

type Props = { user: Actor; latestReturnId: string; comparison: ReturnComparison; catalogue: CatalogueVersionView };

export async function MovedItems({ user, latestReturnId, comparison, catalogue }: Props) {
  const reasons = await listLevelReasons(db(), latestReturnId, user);
  const items = new Map(listCatalogueItems(catalogue).map((item) => [item.key, item]));
  const moved = comparison.items.filter((change) => change.movement === "up" || change.movement === "down");
  const t = partnersCopy.moved;
  return (
    <>
      <h3>{t.heading}</h3>
      <p>{t.lede}</p>
      {moved.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <DataTable caption={t.caption} captionHidden columns={[{ label: t.columns.item }, { label: t.columns.from }, { label: t.columns.to }, { label: t.columns.reason }]}>
          {moved.map((change) => {
            const item = items.get(change.id);
            const reason = reasons.get(change.id);
            return (
              <tr key={change.id} className="nhsuk-table__row">
                <th scope="row" className="nhsuk-table__header">
                  {item?.stemText && <span className="app-gap-item__stem">{item.stemText} </span>}
                  {change.number && <strong>{change.number} </strong>}
                  {item?.text ?? change.id}
                </th>
                <td className="nhsuk-table__cell">
                  <LevelTag level={change.from} />
                </td>
                <td className="nhsuk-table__cell">
                  <LevelTag level={change.to} />
                </td>
                <td className="nhsuk-table__cell app-answer-text">{reason ?? <span className="nhsuk-hint">{t.noReason}</span>}</td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </>
  );
}
