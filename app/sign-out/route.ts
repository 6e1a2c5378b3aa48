import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { readSessionId } from "@/lib/request/read-session-id";
import { CLIENT_IP_HEADER } from "@/lib/request/request-headers";
import { revokeUserSession } from "@/lib/auth/revoke-user-session";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { routeHandler } from "@/lib/edge/route-handler";

// POST only (a plain form in the header), answered with a full-page redirect: the signed-in
// pages leave the browser's history as documents that must be fetched again, and, being
// dynamic and no-store, come back as the sign-in page.
export const POST = routeHandler({
  params: z.unknown(),
  // Anyone may sign out, but only from this site: proxy.ts answers 403 to a post from another
  // origin before it gets here, which stops other sites signing people out.
  authorise: async () => null,
  run: async (_ctx, _params, request) => {
    const sessionId = await readSessionId();
    if (sessionId) await revokeUserSession(db(), sessionId, { ip: request.headers.get(CLIENT_IP_HEADER) });
    const response = new NextResponse(null, { status: 303, headers: { Location: "/sign-in?signedOut=1" } });
    const cookie = sessionCookie();
    response.cookies.set(cookie.name, "", { ...cookie.options, maxAge: 0 });
    return response;
  },
});
