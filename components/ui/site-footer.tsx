import { copy } from "@/lib/copy/en";

export function SiteFooter() {
  return (
    <footer role="contentinfo">
      <div className="nhsuk-footer">
        <div className="nhsuk-width-container">
          <p className="nhsuk-body-s">{copy.layout.footerNote}</p>
        </div>
      </div>
    </footer>
  );
}
