import Link from "next/link";
import { copy } from "@/lib/copy/en";
import type { NextStep } from "./next-steps";

/** The signed-in person's next steps as the design system's action links; nothing when there are none. */
export function NextStepsList({ steps }: { steps: readonly NextStep[] }) {
  if (steps.length === 0) return null;
  return (
    <section aria-labelledby="next-steps-heading">
      <h2 id="next-steps-heading">{copy.home.nextSteps.heading}</h2>
      <ul className="nhsuk-list">
        {steps.map((step) => (
          <li key={step.href}>
            <Link className="nhsuk-action-link" href={step.href}>
              <svg
                className="nhsuk-icon nhsuk-icon--arrow-right-circle"
                xmlns="http://www.w3.org/2000/svg"
                viewBox="0 0 24 24"
                width="16"
                height="16"
                focusable="false"
                aria-hidden="true"
              >
                <path d="M12 2a10 10 0 0 0-10 9h11.7l-4-4a1 1 0 0 1 1.5-1.4l5.6 5.7a1 1 0 0 1 0 1.4l-5.6 5.7a1 1 0 0 1-1.5 0 1 1 0 0 1 0-1.4l4-4H2A10 10 0 1 0 12 2z" />
              </svg>
              <span className="nhsuk-action-link__text">{step.label}</span>
            </Link>
            <p className="nhsuk-body-s">{step.description}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
