"use client";
// What a page that failed shows, inside the site's header and footer: the design system's
// "there is a problem with the service" pattern, never the framework's bare error screen. A
// database outage is answered before this (503 with its own page, see scripts/start.ts).
import { copy } from "@/lib/copy/en";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = copy.errors;
  return (
    <>
      <h1>{t.serverTitle}</h1>
      <p>{t.serverBody}</p>
      <p>{t.serverKept}</p>
      <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={reset}>
        {t.tryAgain}
      </button>
    </>
  );
}
