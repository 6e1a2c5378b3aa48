import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { z } from "zod";
import { TextField } from "@/components/forms/text-field";
import { TableScroll } from "@/components/ui/table-scroll";
import { hasControlCharacter } from "@/lib/forms/plain-text";
import { authorise } from "@/lib/request/authorise";
import { ROLE_LABELS } from "@/lib/policy/roles";
import { copy } from "@/lib/copy/en";
import { db } from "@/lib/db/prisma";
import { listUsers } from "@/lib/users/list-users";

export const metadata: Metadata = { title: copy.users.title };

// A bad value in the address is ignored rather than refused: this is a search, not a form.
const searchSchema = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .refine((value) => !hasControlCharacter(value))
    .optional()
    .catch(undefined),
});

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  await authorise("user.manage", { type: "system" }, "/admin/users");
  const query = searchSchema.parse(await searchParams).q || undefined;
  const users = await listUsers(db(), query);
  const t = copy.users;
  return (
    <>
      <h1>{t.title}</h1>
      <p className="nhsuk-lede-text">{t.lede}</p>
      <form method="get" action="/admin/users" role="search" aria-label={t.searchLabel}>
        <TextField name="q" label={t.searchLabel} defaultValue={query} input={{ type: "search", autoComplete: "off", spellCheck: false, maxLength: 200 }} />
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">
          {t.searchButton}
        </button>{" "}
        {query && <Link href="/admin/users">{t.clearSearch}</Link>}
      </form>
      {query && <p role="status">{users.length === 0 ? t.noneFound(query) : t.searchResults(users.length, query)}</p>}
      <TableScroll label={t.tableCaption}>
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{t.tableCaption}</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">{t.columns.name}</th>
              <th scope="col" className="nhsuk-table__header">{t.columns.email}</th>
              <th scope="col" className="nhsuk-table__header">{t.columns.roles}</th>
              <th scope="col" className="nhsuk-table__header">{t.columns.status}</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {users.map((user) => (
              <tr key={user.id} className="nhsuk-table__row">
                <td className="nhsuk-table__cell">
                  <Link href={`/admin/users/${user.id}`}>{user.name}</Link>
                </td>
                <td className="nhsuk-table__cell">{user.email}</td>
                <td className="nhsuk-table__cell">
                  {user.memberships.length === 0
                    ? t.noRoles
                    : user.memberships.map((membership) => (
                        <span key={membership.id} className="app-block">
                          {t.roleAt(ROLE_LABELS[membership.role], membership.organisation.name)}
                        </span>
                      ))}
                </td>
                <td className="nhsuk-table__cell">
                  <strong className={`nhsuk-tag ${user.disabled ? "nhsuk-tag--grey" : "nhsuk-tag--green"}`}>{user.disabled ? t.disabled : t.active}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
