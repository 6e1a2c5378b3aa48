import Link from "next/link";
import { copy } from "@/lib/copy/en";

/**
 * The top of a page about one return (submit, sign off, return to draft): the way back, and the
 * page's heading under the organisation and the return's title.
 */
export function ReturnPageHeading({ stored, heading, back = true }: { stored: { id: string; title: string; organisation: { name: string } }; heading: string; back?: boolean }) {
  return (
    <>
      {back && (
        <Link className="nhsuk-back-link" href={`/returns/${stored.id}`}>
          {copy.returns.backToReturn}
        </Link>
      )}
      <h1>
        <span className="nhsuk-caption-l">
          {stored.organisation.name}: {stored.title}
        </span>
        {heading}
      </h1>
    </>
  );
}
