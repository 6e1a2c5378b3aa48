import { NextResponse, type NextRequest } from "next/server";
import { db } from "@/lib/db/prisma";
import { readSessionId } from "@/lib/auth/read-session-id";
import { CLIENT_IP_HEADER } from "@/lib/auth/request-headers";
import { revokeUserSession } from "@/lib/auth/revoke-user-session";
import { sessionCookie } from "@/lib/auth/session-cookie";

// POST only (a plain form in the header), answered with a full-page redirect: the signed-in
// pages leave the browser's history as documents that must be fetched again, and, being
// dynamic and no-store, come back as the sign-in page.
export async function POST(request: NextRequest) {
  // The session cookie is SameSite=Lax, so another site's form cannot send it here anyway;
  // refusing foreign origins also stops it signing people out.
  const origin = request.headers.get("origin");
  if (origin && origin !== "null" && new URL(origin).host !== request.headers.get("host")) {
    return new NextResponse(null, { status: 403 });
  }
  const sessionId = await readSessionId();
  if (sessionId) await revokeUserSession(db(), sessionId, { ip: request.headers.get(CLIENT_IP_HEADER) });

  const response = new NextResponse(null, { status: 303, headers: { Location: "/sign-in?signedOut=1" } });
  const cookie = sessionCookie();
  response.cookies.set(cookie.name, "", { ...cookie.options, maxAge: 0 });
  return response;
}
