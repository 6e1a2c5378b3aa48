import { NextResponse } from "next/server";
import { db } from "@/lib/db/prisma";
import { checkHealth } from "@/lib/health/check-health";

// Public by design: it reveals only up/down and migration counts, and load balancers call it
// without credentials.
export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth(db());
  return NextResponse.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
