import Link from "next/link";
import { copy } from "@/lib/copy/en";

// Also what a signed-in user sees for a resource they may not see: ids reveal nothing. The
// design system's "page not found" pattern.
export default function NotFound() {
  const t = copy.errors;
  return (
    <>
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundBody}</p>
      <p>
        <Link href="/">{t.home}</Link>
      </p>
    </>
  );
}
