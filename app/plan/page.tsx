import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { planOrganisationId } from "@/lib/actions/plan-organisation-id";
import { planCopy } from "@/lib/copy/plan";
import { requireUser } from "@/lib/request/current-user";

export const metadata: Metadata = { title: planCopy.planTitle };

/** "Improvement plan" in the header: the plan of the user's own organisation. */
export default async function MyPlanPage() {
  await connection();
  const user = await requireUser("/plan");
  const organisationId = planOrganisationId(user);
  if (organisationId) redirect(`/organisations/${organisationId}/plan`);
  return (
    <>
      <h1>{planCopy.planTitle}</h1>
      <p>{planCopy.noPlanOrganisation}</p>
    </>
  );
}
