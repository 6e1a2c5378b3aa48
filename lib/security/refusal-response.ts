// The plain page proxy.ts answers with when it refuses a request before the app runs: there is
// no form to put a message in, so the message is the page. No script, no external anything.
import { copy } from "../copy/en";
import { BODY_LIMIT_TEXT } from "./body-limit";

export type Refusal = "bad-request" | "forbidden" | "too-large";

const STATUS: Record<Refusal, number> = { "bad-request": 400, forbidden: 403, "too-large": 413 };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

export function refusalContent(refusal: Refusal): { status: number; title: string; body: string } {
  const t = copy.input;
  const [title, body] =
    refusal === "bad-request"
      ? [t.badRequestTitle, t.badRequestBody]
      : refusal === "forbidden"
        ? [t.forbiddenTitle, t.forbiddenBody]
        : [t.tooLargeTitle, t.tooLargeBody(BODY_LIMIT_TEXT)];
  return { status: STATUS[refusal], title, body };
}

export function refusalHtml(refusal: Refusal): string {
  const { title, body } = refusalContent(refusal);
  return [
    "<!DOCTYPE html>",
    '<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`${title} - ${copy.service.name}`)}</title>`,
    '<link rel="stylesheet" href="/nhsuk/nhsuk-frontend.min.css"></head>',
    '<body><div class="nhsuk-width-container"><main class="nhsuk-main-wrapper" id="maincontent">',
    `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p>`,
    `<p><a href="/">${escapeHtml(copy.input.backLink)}</a></p>`,
    "</main></div></body></html>",
  ].join("");
}
