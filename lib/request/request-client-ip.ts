import "server-only";
import { headers } from "next/headers";
import { CLIENT_IP_HEADER } from "./request-headers";

/** This request's client address, as proxy.ts resolved it (null when unknown). */
export async function requestClientIp(): Promise<string | null> {
  return (await headers()).get(CLIENT_IP_HEADER) || null;
}
