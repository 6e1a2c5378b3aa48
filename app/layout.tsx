import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { SiteHeader } from "@/components/ui/site-header";
import { SiteFooter } from "@/components/ui/site-footer";
import { copy } from "@/lib/copy/en";

export const metadata: Metadata = {
  title: { default: copy.service.name, template: `%s - ${copy.service.name}` },
  description: copy.service.description,
  icons: { icon: [{ url: "/assets/images/favicon.svg", type: "image/svg+xml" }, { url: "/assets/images/favicon.ico" }] },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <head>
        {/* Served from public/, not bundled: Next's CSS parser rejects parts of the design
            system's stylesheet (see scripts/assets/prepare-nhsuk-styles.mjs). */}
        {/* eslint-disable-next-line @next/next/no-css-tags -- deliberate, see above */}
        <link rel="stylesheet" href="/nhsuk/nhsuk-frontend.min.css" precedence="default" />
      </head>
      {/* Every browser that can run this app supports ES modules, which is what the design
          system's own start-up snippet tests before adding this class. */}
      <body className="js-enabled nhsuk-frontend-supported">
        <a className="nhsuk-skip-link" href="#maincontent">
          {copy.layout.skipLink}
        </a>
        <SiteHeader />
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
