// On an ICB return's page, for the ICB's programme manager and clinical lead: the way to the
// partners' self-assessments (ask them, see their progress and their gaps by ambition).
import Link from "next/link";
import { partnersCopy } from "@/lib/copy/partners";
import { can, type ReturnRef } from "@/lib/policy/policy";
import type { Actor } from "@/lib/audit/actor";

export function PartnersSection({ user, returnId, returnRef }: { user: Actor; returnId: string; returnRef: ReturnRef }) {
  if (!can(user, "return.readPartners", { type: "return", ...returnRef })) return null;
  const t = partnersCopy.section;
  return (
    <section className="app-no-print" aria-labelledby="partners-heading">
      <h2 id="partners-heading">{t.heading}</h2>
      <p>{t.body}</p>
      <p>
        <Link href={`/returns/${returnId}/partners`}>{partnersCopy.page.link}</Link>
      </p>
    </section>
  );
}
