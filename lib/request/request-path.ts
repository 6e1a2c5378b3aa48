import "server-only";
import { headers } from "next/headers";
import { REQUEST_PATH_HEADER } from "./request-headers";

/** The path and query of this request, as proxy.ts recorded it. */
export async function requestPath(): Promise<string | null> {
  return (await headers()).get(REQUEST_PATH_HEADER) || null;
}
