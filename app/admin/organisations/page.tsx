import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { TextField } from "@/components/forms/text-field";
import { hasControlCharacter } from "@/lib/forms/plain-text";
import { filterOrganisationTree } from "@/lib/organisations/filter-organisation-tree";
import { OrganisationTree } from "@/components/organisations/organisation-tree";
import { SuccessBanner } from "@/components/forms/notification-banner";
import { can } from "@/lib/policy/policy";
import { copy } from "@/lib/copy/en";
import { db } from "@/lib/db/prisma";
import { authoriseOrganisationScope } from "@/lib/organisations/authorise-organisation-scope";
import { listOrganisations } from "@/lib/organisations/list-organisations";

export const metadata: Metadata = { title: copy.organisations.title };

const searchSchema = z.object({
  renamed: z.uuid().optional().catch(undefined),
  added: z.uuid().optional().catch(undefined),
  // A bad search is ignored rather than refused: this is a filter, not a form.
  q: z
    .string()
    .trim()
    .max(200)
    .refine((value) => !hasControlCharacter(value))
    .optional()
    .catch(undefined),
});

export default async function OrganisationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { scope } = await authoriseOrganisationScope("organisation.manage", (user, organisation) =>
    can(user, "organisation.manage", { type: "organisation", organisation }),
  );
  const { renamed, added, q } = searchSchema.parse(await searchParams);
  const regions = await listOrganisations(db(), scope.where);
  const query = q || undefined;
  const found = query ? filterOrganisationTree(regions, query) : null;
  const t = copy.organisations;

  // The banner names the organisation as it is now, and only one the list shows.
  const changedId = renamed ?? added;
  const changed = changedId ? findName(regions, changedId) : undefined;

  return (
    <>
      {changed ? (
        <SuccessBanner>{renamed ? copy.organisations.renamed(changed) : copy.organisations.added(changed)}</SuccessBanner>
      ) : null}
      <h1>{copy.organisations.title}</h1>
      <p className="nhsuk-lede-text">{copy.organisations.lede}</p>
      <form method="get" action="/admin/organisations" role="search" aria-label={t.searchLabel}>
        <TextField name="q" label={t.searchLabel} defaultValue={query} input={{ type: "search", autoComplete: "off", spellCheck: false, maxLength: 200 }} />
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">
          {t.searchButton}
        </button>{" "}
        {query && <Link href="/admin/organisations">{t.clearSearch}</Link>}
      </form>
      {found && query && <p role="status">{found.matches === 0 ? t.noneFound(query) : t.searchResults(found.matches, query)}</p>}
      <OrganisationTree regions={found ? found.regions : regions} />
    </>
  );
}

function findName(regions: Awaited<ReturnType<typeof listOrganisations>>, id: string): string | undefined {
  for (const region of regions) {
    if (region.id === id) return region.name;
    for (const icb of region.icbs) {
      if (icb.id === id) return icb.name;
      const child = icb.children.find((candidate) => candidate.id === id);
      if (child) return child.name;
    }
  }
  return undefined;
}
