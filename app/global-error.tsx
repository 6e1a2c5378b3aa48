"use client";
// When even the site's layout cannot render (it reads the signed-in user): a whole page of its
// own, in the design system's look, with nothing that needs the server.
import { SiteHeader } from "@/components/ui/site-header";
import { copy } from "@/lib/copy/en";

export default function GlobalError() {
  const t = copy.errors;
  return (
    <html lang="en-GB">
      <head>
        <title>{`${t.serverTitle} - ${copy.service.name}`}</title>
        {/* eslint-disable-next-line @next/next/no-css-tags -- the layout's own stylesheet, from public/ */}
        <link rel="stylesheet" href="/nhsuk/nhsuk-frontend.min.css" />
      </head>
      <body className="js-enabled nhsuk-frontend-supported">
        <SiteHeader navigation={[]} userName={null} />
        <div className="nhsuk-width-container">
          <main className="nhsuk-main-wrapper" id="maincontent">
            <h1>{t.serverTitle}</h1>
            <p>{t.serverBody}</p>
            <p>
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load: the client router may be what failed */}
              <a href="/">{t.home}</a>
            </p>
          </main>
        </div>
      </body>
    </html>
  );
}
