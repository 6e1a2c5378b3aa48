import { copy } from "@/lib/copy/en";

// Also what a signed-in user sees for a resource they may not see: ids reveal nothing.
export default function NotFound() {
  return (
    <>
      <h1>{copy.errors.notFoundTitle}</h1>
      <p>{copy.errors.notFoundBody}</p>
    </>
  );
}
