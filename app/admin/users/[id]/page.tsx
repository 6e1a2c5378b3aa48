import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { SuccessBanner } from "@/components/forms/notification-banner";
import { authorise } from "@/lib/request/authorise";
import { requireUser } from "@/lib/request/current-user";
import { ROLE_LABELS, ROLES } from "@/lib/policy/roles";
import type { SelectGroup } from "@/components/forms/select-field";
import { AddRoleForm } from "@/components/users/add-role-form";
import { listOrganisations, type RegionNode } from "@/lib/organisations/list-organisations";
import { copy } from "@/lib/copy/en";
import { db } from "@/lib/db/prisma";
import { formatDateTime } from "@/lib/format/format-date-time";
import { getUser } from "@/lib/users/get-user";
import { addMembershipAction, removeMembershipAction, setUserDisabledAction } from "./actions";

export const metadata: Metadata = { title: copy.users.title };

const searchSchema = z.object({ done: z.enum(["removed", "disabled", "enabled", "added", "self"]).optional().catch(undefined) });

/** Every organisation, grouped by region: each region, then each ICB followed by its places and providers. */
function organisationOptions(regions: readonly RegionNode[]): SelectGroup[] {
  return regions.map((region) => ({
    label: region.name,
    options: [
      { value: region.id, label: copy.invitations.regionOption(region.name) },
      ...region.icbs.flatMap((icb) => [
        { value: icb.id, label: icb.name },
        ...icb.children.map((child) => ({ value: child.id, label: copy.invitations.childOption(child.name, icb.name) })),
      ]),
    ],
  }));
}

export default async function UserPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const { id } = await params;
  // Signed in before the lookup, so an anonymous visitor cannot tell real ids from made-up ones.
  await requireUser(`/admin/users/${id}`);
  const current = await authorise("user.manage", { type: "system" }, `/admin/users/${id}`);
  const user = await getUser(db(), id);
  if (!user) notFound();
  const { done } = searchSchema.parse(await searchParams);
  const regions = await listOrganisations(db(), {});
  const t = copy.users;
  const isSelf = user.id === current.id;

  return (
    <>
      <Link className="nhsuk-back-link" href="/admin/users">
        {t.backToList}
      </Link>
      {done === "self" ? (
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              {t.accountHeading}
            </span>
          </h2>
          <p>{t.selfRefused}</p>
        </div>
      ) : done ? (
        <SuccessBanner>{{ removed: t.removed, disabled: t.disabledDone, enabled: t.enabledDone, added: t.addRole.done }[done]}</SuccessBanner>
      ) : null}
      <h1>
        <span className="nhsuk-caption-l">{user.email}</span>
        {user.name}
      </h1>
      <p>
        <strong className={`nhsuk-tag ${user.disabled ? "nhsuk-tag--grey" : "nhsuk-tag--green"}`}>{user.disabled ? t.disabled : t.active}</strong>
      </p>

      <h2>{t.rolesHeading}</h2>
      {user.memberships.length === 0 ? (
        <p>{t.noRoles}</p>
      ) : (
        <dl className="nhsuk-summary-list">
          {user.memberships.map((membership) => (
            <div key={membership.id} className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">{ROLE_LABELS[membership.role]}</dt>
              <dd className="nhsuk-summary-list__value">{membership.organisation.name}</dd>
              <dd className="nhsuk-summary-list__actions">
                {isSelf && membership.role === "administrator" ? null : (
                  <form action={removeMembershipAction.bind(null, user.id, membership.id)}>
                    <button className="nhsuk-button nhsuk-button--secondary nhsuk-button--small app-button--inline" type="submit">
                      {t.removeButton}
                      <span className="nhsuk-u-visually-hidden">{t.removeHidden(ROLE_LABELS[membership.role], membership.organisation.name)}</span>
                    </button>
                  </form>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}

      <AddRoleForm
        action={addMembershipAction.bind(null, user.id)}
        organisations={organisationOptions(regions)}
        roles={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
      />

      <h2>{t.accountHeading}</h2>
      <p>{user.lastSignInAt ? t.lastSignIn(formatDateTime(user.lastSignInAt)) : t.neverSignedIn}</p>
      {isSelf ? null : user.disabled ? (
        <>
          <p>{t.enableBody}</p>
          <form action={setUserDisabledAction.bind(null, user.id, false)}>
            <button className="nhsuk-button" type="submit">
              {t.enableButton}
            </button>
          </form>
        </>
      ) : (
        <>
          <p>{t.disableBody}</p>
          <form action={setUserDisabledAction.bind(null, user.id, true)}>
            <button className="nhsuk-button nhsuk-button--warning" type="submit">
              {t.disableButton}
            </button>
          </form>
        </>
      )}
    </>
  );
}
