import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { z } from "zod";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { DataTable, type Column } from "@/components/ui/data-table";
import { AUDIT_ACTIONS } from "@/lib/audit/audit-actions";
import { authorise } from "@/lib/request/authorise";
import { describeAuditEvent } from "@/lib/audit/describe-audit-event";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { copy } from "@/lib/copy/en";
import { db } from "@/lib/db/prisma";
import { formatDateTime } from "@/lib/format/format-date-time";
import { hasControlCharacter } from "@/lib/forms/plain-text";

export const metadata: Metadata = { title: copy.audit.title };

const ACTIONS = Object.values(AUDIT_ACTIONS).sort();
const OUTCOMES = ["success", "failure", "denied", "info"] as const;

// A bad value in the address is ignored rather than refused: this is a filter, not a form.
const searchSchema = z.object({
  action: z.enum(ACTIONS as [string, ...string[]]).optional().catch(undefined),
  outcome: z.enum(OUTCOMES).optional().catch(undefined),
  // A control character would fail the query (PostgreSQL text holds no NUL): ignored like any bad value.
  actor: z
    .string()
    .trim()
    .max(200)
    .refine((value) => !hasControlCharacter(value))
    .optional()
    .catch(undefined),
  before: z
    .string()
    .regex(/^[0-9]{1,18}$/)
    .transform((value) => BigInt(value))
    .optional()
    .catch(undefined),
});

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const user = await authorise("audit.read", { type: "system" }, "/admin/audit");
  const filter = searchSchema.parse(await searchParams);
  const { events, nextBefore } = await listAuditEvents(db(), user, { ...filter, actor: filter.actor || undefined });
  const t = copy.audit;
  const columns: Column[] = [{ label: t.columns.at }, { label: t.sentenceColumn }, { label: t.columns.outcome }];
  const query = (before: string | null) => {
    const params = new URLSearchParams();
    if (filter.action) params.set("action", filter.action);
    if (filter.outcome) params.set("outcome", filter.outcome);
    if (filter.actor) params.set("actor", filter.actor);
    if (before) params.set("before", before);
    const text = params.toString();
    return text ? `/admin/audit?${text}` : "/admin/audit";
  };

  return (
    <>
      <h1>{t.title}</h1>
      <p className="nhsuk-lede-text">{t.lede}</p>
      <form method="get" action="/admin/audit" className="app-no-print" aria-labelledby="audit-filter-heading">
        <h2 id="audit-filter-heading" className="nhsuk-heading-s">
          {t.filterHeading}
        </h2>
        <SelectField name="action" label={t.actionLabel} placeholder={t.anyAction} defaultValue={filter.action} options={ACTIONS.map((action) => ({ value: action, label: t.actionLabels[action] ?? action }))} />
        <SelectField
          name="outcome"
          label={t.outcomeLabel}
          placeholder={t.anyOutcome}
          defaultValue={filter.outcome}
          options={OUTCOMES.map((outcome) => ({ value: outcome, label: t.outcomes[outcome] ?? outcome }))}
        />
        <TextField name="actor" label={t.actorLabel} defaultValue={filter.actor} input={{ autoComplete: "off", spellCheck: false }} />
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">
          {t.filterButton}
        </button>{" "}
        <Link href="/admin/audit">{t.clearLink}</Link>
      </form>

      {events.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <DataTable caption={t.tableCaption} columns={columns}>
          {events.map((event) => (
            <tr key={event.id} className="nhsuk-table__row">
              <td className="nhsuk-table__cell">
                {formatDateTime(event.at)}
                {event.occurrences > 1 && event.lastAt && <span className="nhsuk-body-s app-audit__ip">{t.repeated(event.occurrences, formatDateTime(event.lastAt))}</span>}
              </td>
              <td className="nhsuk-table__cell app-audit__wrap">
                {describeAuditEvent(event)}
                <span className="nhsuk-body-s app-audit__ip">
                  {[event.actorEmail, event.ip ? t.fromAddress(event.ip) : null].filter(Boolean).join(", ")}
                </span>
              </td>
              <td className="nhsuk-table__cell">{t.outcomes[event.outcome] ?? event.outcome}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <p className="app-no-print">
        {filter.before !== undefined && <Link href={query(null)}>{t.newest}</Link>}
        {filter.before !== undefined && nextBefore && " | "}
        {nextBefore && <Link href={query(nextBefore)}>{t.older}</Link>}
      </p>
    </>
  );
}
