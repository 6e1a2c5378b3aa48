// `ambitions catalogue import FILE | list | show [ID] [--json]`: catalogue versions in the
// database (DATABASE_URL, or the embedded server shared with a running app).
import { AppError } from "../../lib/errors";
import { getCatalogueVersion, type CatalogueVersionView } from "../../lib/catalogue/get-catalogue-version";
import { importCatalogueFile } from "../../lib/catalogue/import-catalogue-file";
import { listCatalogueVersions } from "../../lib/catalogue/list-catalogue-versions";
import { withDatabase } from "./with-database";
import { say } from "../run-main";

const USAGE = "catalogue import FILE | catalogue list [--json] | catalogue show [ID] [--json]";

function printOutline(version: CatalogueVersionView): void {
  say(`${version.title} (${version.id}${version.isDefault ? ", default" : ""})`);
  say("\nLevels");
  for (const level of version.levels) say(`  Level ${level.level}  ${level.descriptor}`);
  for (const ambition of version.ambitions) {
    say(`\nAmbition ${ambition.number}: ${ambition.name} (${ambition.ratedItems} rated items)`);
    for (const section of ambition.sections) {
      say(`  ${section.number} ${section.title}`);
      for (const node of section.nodes) {
        if (node.kind === "stem") {
          say(`    ${node.number ? node.number + " " : ""}${node.text}  [stem, not rated]`);
          for (const child of node.children) say(`      ${child.number ?? child.key}  ${child.text}`);
        } else {
          say(`    ${node.number ?? node.key}  ${node.text}`);
        }
      }
    }
  }
}

function unknownVersion(id: string | undefined): AppError {
  return new AppError("NOT_FOUND", id ? `No catalogue version "${id}": see "ambitions catalogue list".` : "No default catalogue version is stored.");
}

export const catalogue = {
  usage: USAGE,
  summary: "Import a catalogue version from a file (docs/catalogue-format.md), list the stored versions, or show one.",
  async run(args: string[]): Promise<void> {
    const json = args.includes("--json");
    const [subcommand, ...rest] = args.filter((arg) => arg !== "--json");
    switch (subcommand) {
      case "import": {
        const file = rest[0];
        if (!file || rest.length > 1) throw new AppError("VALIDATION", `Usage: ambitions catalogue import FILE`);
        const { catalogue: imported, result } = await withDatabase((db) => importCatalogueFile(db, file));
        say(
          result === "created"
            ? `Imported catalogue version ${imported.id} (${imported.title}).`
            : `Catalogue version ${imported.id} is already stored with this content: nothing to do.`,
        );
        return;
      }
      case "list": {
        const versions = await withDatabase((db) => listCatalogueVersions(db));
        if (json) {
          say(JSON.stringify(versions.map((version) => ({ ...version, createdAt: version.createdAt.toISOString() }))));
          return;
        }
        for (const version of versions) {
          say(`${version.id}${version.isDefault ? " (default)" : ""}  ${version.title}  ${version.ratedItems} rated items`);
        }
        return;
      }
      case "show": {
        const id = rest[0];
        const where = id ? { id } : { isDefault: true };
        if (json) {
          // The stored catalogue file itself, so it can be edited and imported as a new version.
          const stored = await withDatabase((db) => db.catalogueVersion.findFirst({ where, select: { document: true } }));
          if (!stored) throw unknownVersion(id);
          say(JSON.stringify(stored.document, null, 2));
          return;
        }
        const view = await withDatabase((db) => getCatalogueVersion(db, id));
        if (!view) throw unknownVersion(id);
        printOutline(view);
        return;
      }
      default:
        throw new AppError("VALIDATION", `Usage: ambitions ${USAGE}`);
    }
  },
};
