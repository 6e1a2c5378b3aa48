import { DataTable } from "@/components/ui/data-table";
import type { ActionChangeView } from "@/lib/actions/list-action-changes";
import { planCopy } from "@/lib/copy/plan";
import { formatDate } from "@/lib/format/format-date";
import { formatDateTime } from "@/lib/format/format-date-time";

function shown(field: ActionChangeView["field"], value: string): string {
  if (value === "") return planCopy.nothing;
  if (field === "status" && value in planCopy.statusLabels) return planCopy.statusLabels[value as keyof typeof planCopy.statusLabels];
  if (field === "dueDate" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(new Date(`${value}T00:00:00Z`));
  return value;
}

/** Every change to the action, oldest first: who, when, what, before → after. */
export function ActionHistory({ changes }: { changes: readonly ActionChangeView[] }) {
  const t = planCopy.historyColumns;
  return (
    <DataTable caption={planCopy.historyHeading} columns={[{ label: t.when }, { label: t.who }, { label: t.what }]}>
      {changes.map((change) => (
        <tr key={change.id} className="nhsuk-table__row">
          <td className="nhsuk-table__cell">{formatDateTime(change.at)}</td>
          <td className="nhsuk-table__cell">{change.actorName}</td>
          <td className="nhsuk-table__cell app-answer-text">
            <strong>{planCopy.historyFields[change.field]}</strong>
            {": "}
            {change.field === "created" || change.field === "items" ? change.after : `${shown(change.field, change.before)} → ${shown(change.field, change.after)}`}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
