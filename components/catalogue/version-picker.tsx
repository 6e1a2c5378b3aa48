import { copy } from "@/lib/copy/en";

type Props = {
  versions: { id: string; title: string; isDefault: boolean }[];
  current: string;
};

// A plain GET form: works without JavaScript and gives every version a shareable URL.
export function VersionPicker({ versions, current }: Props) {
  return (
    <form method="get" action="/catalogue" className="app-no-print">
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="catalogue-version">
          {copy.catalogue.versionLabel}
        </label>
        <div className="nhsuk-hint" id="catalogue-version-hint">
          {copy.catalogue.versionHint}
        </div>
        <select
          className="nhsuk-select"
          id="catalogue-version"
          name="version"
          defaultValue={current}
          aria-describedby="catalogue-version-hint"
        >
          {versions.map((version) => (
            <option key={version.id} value={version.id}>
              {copy.catalogue.versionShown(version.title, version.id)}
              {version.isDefault ? ` (${copy.catalogue.defaultVersion})` : ""}
            </option>
          ))}
        </select>
      </div>
      <button className="nhsuk-button nhsuk-button--secondary" type="submit">
        {copy.catalogue.versionButton}
      </button>
    </form>
  );
}
