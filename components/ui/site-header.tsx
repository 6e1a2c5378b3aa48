import { Header } from "nhsuk-react-components";
import { copy } from "@/lib/copy/en";

export function SiteHeader() {
  return <Header service={{ text: copy.service.name, href: "/" }} />;
}
