import type { ReactNode } from "react";
import { copy } from "@/lib/copy/en";

/** The design system's success banner, for "that worked" after a redirect. */
export function SuccessBanner({ children }: { children: ReactNode }) {
  return (
    <div className="nhsuk-notification-banner nhsuk-notification-banner--success" role="alert" aria-labelledby="success-banner-title">
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id="success-banner-title">
          {copy.forms.successTitle}
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading">{children}</p>
      </div>
    </div>
  );
}
