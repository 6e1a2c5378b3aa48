// A Server Action's body, checked before Next decodes it. Next answers a body it cannot decode
// (a multipart body cut short, JSON that does not parse) with an unhandled error and a 500; a
// request the browser garbled, or one made by hand, should be told it was a bad request (400).
// Reading the body here does not take it from the app: Next gives the proxy its own copy.
import { BODY_LIMIT_BYTES } from "./body-limit";

export type ActionBodyCheck = "ok" | "malformed" | "too-large";

/**
 * Whether a request is (or claims to be) a Server Action: a POST with Next's Next-Action header
 * (sent by the page's script), or a multipart form POST (a form sent without JavaScript).
 */
export function isActionRequest(request: { method: string; headers: Headers; pathname: string }): boolean {
  if (request.method.toUpperCase() !== "POST" || request.pathname.startsWith("/api/")) return false;
  if (request.headers.has("next-action")) return true;
  return (request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");
}

/** Fields Next and React decode as JSON: the root of a reply, and the no-JavaScript form's action fields. */
const JSON_FIELD = /^(0|\$ACTION_\d+:\d+|\d+_0)$/;

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export async function checkActionBody(request: { headers: Headers; body: Uint8Array }): Promise<ActionBodyCheck> {
  if (request.body.byteLength > BODY_LIMIT_BYTES) return "too-large";
  const contentType = request.headers.get("content-type") ?? "";
  if (contentType.toLowerCase().startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await new Response(request.body as BodyInit, { headers: { "content-type": contentType } }).formData();
    } catch {
      return "malformed";
    }
    for (const [name, value] of form.entries()) {
      if (typeof value === "string" && JSON_FIELD.test(name) && !parsesAsJson(value)) return "malformed";
    }
    return "ok";
  }
  if (contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) return "ok";
  // A script's action call: the arguments as one JSON array, sent as text/plain.
  if (!request.headers.has("next-action")) return "ok";
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(request.body);
  } catch {
    return "malformed";
  }
  try {
    return Array.isArray(JSON.parse(text)) ? "ok" : "malformed";
  } catch {
    return "malformed";
  }
}
