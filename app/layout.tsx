import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import "./globals.css";
import { SiteHeader } from "@/components/ui/site-header";
import { SiteFooter } from "@/components/ui/site-footer";
import { getCurrentUser } from "@/lib/request/current-user";
import { navigationFor } from "@/components/ui/navigation";
import { copy } from "@/lib/copy/en";
import { NONCE_HEADER } from "@/lib/security/nonce-header";

export const metadata: Metadata = {
  title: { default: copy.service.name, template: `%s - ${copy.service.name}` },
  description: copy.service.description,
  icons: { icon: [{ url: "/assets/images/favicon.svg", type: "image/svg+xml" }, { url: "/assets/images/favicon.ico" }] },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request renders every page per request, so each carries this request's CSP
  // nonce (proxy.ts): a page prerendered at build time would have scripts the CSP refuses.
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  // The same per-request load the page's authorise() uses (React cache), not a second query.
  const user = await getCurrentUser();
  return (
    <html lang="en-GB">
      <head>
        {/* Served from public/, not bundled: Next's CSS parser rejects parts of the design
            system's stylesheet (see scripts/assets/prepare-nhsuk-styles.mjs). */}
        {/* eslint-disable-next-line @next/next/no-css-tags -- deliberate, see above */}
        <link rel="stylesheet" href="/nhsuk/nhsuk-frontend.min.css" precedence="default" nonce={nonce} />
      </head>
      {/* Every browser that can run this app supports ES modules, which is what the design
          system's own start-up snippet tests before adding this class. */}
      <body className="js-enabled nhsuk-frontend-supported">
        <a className="nhsuk-skip-link" href="#maincontent">
          {copy.layout.skipLink}
        </a>
        <SiteHeader navigation={navigationFor(user)} userName={user?.name ?? null} />
        <div className="nhsuk-width-container">
          <main className="nhsuk-main-wrapper" id="maincontent" tabIndex={-1}>
            {children}
          </main>
        </div>
        <SiteFooter />
      </body>
    </html>
  );
}
