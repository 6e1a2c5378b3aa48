import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { routeHandler } from "@/lib/edge/route-handler";
import { checkHealth } from "@/lib/health/check-health";

// Public by design: it reveals only up/down and migration counts, and load balancers call it
// without credentials.
export const dynamic = "force-dynamic";

export const GET = routeHandler({
  params: z.unknown(),
  authorise: async () => null,
  run: async () => {
    const health = await checkHealth(db());
    return NextResponse.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
  },
});
