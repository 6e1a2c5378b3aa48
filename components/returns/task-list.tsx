import Link from "next/link";
import { copy } from "@/lib/copy/en";
import { formatDate } from "@/lib/format/format-date";
import { ambitionHref } from "@/lib/returns/item-href";
import type { Tasks } from "@/lib/returns/list-tasks";

function Group({ heading, entries }: { heading: string; entries: { key: string; href: string; label: string; line: string }[] }) {
  if (entries.length === 0) return null;
  return (
    <>
      <h3>{heading}</h3>
      <ul className="nhsuk-list">
        {entries.map((entry) => (
          <li key={entry.key}>
            <Link href={entry.href}>{entry.label}</Link>
            <br />
            <span className="nhsuk-body-s">{entry.line}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** What is waiting for the signed-in person; nothing at all when nothing is. */
export function TaskList({ tasks }: { tasks: Tasks }) {
  const t = copy.home;
  if (tasks.assigned.length + tasks.toSubmit.length + tasks.toSignOff.length === 0) return null;
  return (
    <section className="nhsuk-card" aria-labelledby="tasks-heading">
      <div className="nhsuk-card__content">
        <h2 id="tasks-heading" className="nhsuk-card__heading">
          {t.tasksHeading}
        </h2>
        <Group
          heading={t.assignedHeading}
          entries={tasks.assigned.map((task) => ({
            key: task.id,
            // At the first of the items on its ambition's page, where they are edited.
            href: ambitionHref(task.id, task.firstAmbition, task.firstItemKey),
            label: t.taskLink(task.title, task.organisationName),
            line: t.assignedLine(task.items, task.notRated),
          }))}
        />
        <Group
          heading={t.toSubmitHeading}
          entries={tasks.toSubmit.map((task) => ({
            key: task.id,
            href: `/returns/${task.id}`,
            label: t.taskLink(task.title, task.organisationName),
            line: t.toSubmitLine(task.rated, task.total),
          }))}
        />
        <Group
          heading={t.toSignOffHeading}
          entries={tasks.toSignOff.map((task) => ({
            key: task.id,
            href: `/returns/${task.id}/sign-off`,
            label: t.taskLink(task.title, task.organisationName),
            line: t.toSignOffLine(task.submittedAt ? formatDate(task.submittedAt) : ""),
          }))}
        />
      </div>
    </section>
  );
}
