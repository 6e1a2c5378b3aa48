"use client";
// A client component: the design system's Header exposes its parts as static properties
// (Header.Navigation), which a server component cannot reach through a client reference, and
// the current page is marked from the pathname. What to show comes from the server layout:
// the links the policy allows (lib/auth/navigation.ts) and the signed-in user's name.
import { usePathname } from "next/navigation";
import { Header } from "nhsuk-react-components";
import type { NavItem } from "@/components/ui/navigation";
import { copy } from "@/lib/copy/en";

type Props = {
  navigation: NavItem[];
  /** The signed-in user's name, or null when nobody is signed in. */
  userName: string | null;
};

export function SiteHeader({ navigation, userName }: Props) {
  const pathname = usePathname();
  return (
    <Header service={{ text: copy.service.name, href: "/" }}>
      {userName !== null && (
        <Header.Account aria-label={copy.nav.accountLabel}>
          <Header.AccountItem icon>
            <span className="nhsuk-u-visually-hidden">{copy.nav.signedInAs} </span>
            {userName}
          </Header.AccountItem>
          {/* A plain POST form: signing out works without JavaScript and leaves no page in
              the client-side router to come back to. */}
          <Header.AccountItem formProps={{ action: "/sign-out", method: "post" }} type="submit">
            {copy.nav.signOut}
          </Header.AccountItem>
        </Header.Account>
      )}
      {navigation.length > 0 && (
        <Header.Navigation aria-label={copy.nav.primaryLabel}>
          {navigation.map((link) => (
            <Header.NavigationItem
              key={link.href}
              href={link.href}
              current={pathname === link.href || pathname.startsWith(`${link.href}/`)}
            >
              {link.label}
            </Header.NavigationItem>
          ))}
        </Header.Navigation>
      )}
    </Header>
  );
}
