"use client";
// A client component: the design system's Header exposes its parts as static properties
// (Header.Navigation), which a server component cannot reach through a client reference, and
// the current page is marked from the pathname.
import { usePathname } from "next/navigation";
import { Header } from "nhsuk-react-components";
import { copy } from "@/lib/copy/en";

const LINKS = [{ href: "/catalogue", label: copy.nav.catalogue }];

export function SiteHeader() {
  const pathname = usePathname();
  return (
    <Header service={{ text: copy.service.name, href: "/" }}>
      <Header.Navigation aria-label={copy.nav.primaryLabel}>
        {LINKS.map((link) => (
          <Header.NavigationItem key={link.href} href={link.href} current={pathname === link.href || pathname.startsWith(`${link.href}/`)}>
            {link.label}
          </Header.NavigationItem>
        ))}
      </Header.Navigation>
    </Header>
  );
}
