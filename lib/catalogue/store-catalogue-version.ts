// Writes a validated catalogue version into PostgreSQL: the version, its ambitions, sections,
// items (stems and their children), level descriptors and foundations, in one transaction.
// Idempotent: the same content stored again is a no-op; different content under a stored id
// is refused, because returns point at a version and a catalogue is never edited in place.
import { randomUUID } from "node:crypto";
import type { Db, TransactionClient } from "../db/create-client";
import { CatalogueConflictError } from "../errors";
import { catalogueContentHash } from "./content-hash";
import { moveDefaultTo, retryOnDefaultConflict } from "./retry-on-default-conflict";
import { isStem, itemId, type Catalogue } from "./schema";

export type StoreResult = "created" | "unchanged";

type ItemRow = {
  id: string;
  catalogueVersionId: string;
  sectionId: string;
  parentId: string | null;
  kind: "item" | "stem";
  key: string;
  number: string | null;
  text: string;
  ambitionNumber: number;
  position: number;
};

/** A stem's key: its number, or (unnumbered stems such as 1.1's) its section and place. */
export function stemKey(sectionNumber: string, stemNumber: string | null | undefined, stemIndex: number): string {
  return stemNumber ?? `${sectionNumber}/stem-${stemIndex}`;
}

function rowsFor(catalogue: Catalogue) {
  const versionId = catalogue.id;
  const ambitions: { id: string; catalogueVersionId: string; number: number; name: string; statement: string }[] = [];
  const sections: {
    id: string;
    catalogueVersionId: string;
    ambitionId: string;
    number: string;
    title: string;
    comment: string | null;
    position: number;
  }[] = [];
  const items: ItemRow[] = [];
  let position = 0;
  for (const ambition of catalogue.ambitions) {
    const ambitionId = randomUUID();
    ambitions.push({ id: ambitionId, catalogueVersionId: versionId, number: ambition.number, name: ambition.name, statement: ambition.statement });
    ambition.sections.forEach((section, sectionIndex) => {
      const sectionId = randomUUID();
      sections.push({
        id: sectionId,
        catalogueVersionId: versionId,
        ambitionId,
        number: section.number,
        title: section.title,
        comment: section.comment ?? null,
        position: sectionIndex,
      });
      let stems = 0;
      const base = { catalogueVersionId: versionId, sectionId, ambitionNumber: ambition.number };
      for (const node of section.items) {
        if (isStem(node)) {
          const stemId = randomUUID();
          stems += 1;
          items.push({ ...base, id: stemId, parentId: null, kind: "stem", key: stemKey(section.number, node.number, stems), number: node.number ?? null, text: node.text, position: position++ });
          for (const child of node.children) {
            items.push({ ...base, id: randomUUID(), parentId: stemId, kind: "item", key: itemId(child) as string, number: child.number ?? null, text: child.text, position: position++ });
          }
        } else {
          items.push({ ...base, id: randomUUID(), parentId: null, kind: "item", key: itemId(node) as string, number: node.number ?? null, text: node.text, position: position++ });
        }
      }
    });
  }
  return { ambitions, sections, items };
}

export async function storeCatalogueVersion(
  db: Db,
  catalogue: Catalogue,
  options: {
    isDefault?: boolean;
    /** Runs inside the same transaction once the version is written (an audit row), never for "unchanged". */
    afterCreate?: (tx: TransactionClient) => Promise<void>;
  } = {},
): Promise<StoreResult> {
  // Making it the default can race an administrator choosing another: see retryOnDefaultConflict.
  return retryOnDefaultConflict(() =>
    db.$transaction(async (tx) => {
      // Two app instances starting together must not both insert the same version.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`catalogue-version:${catalogue.id}`}))`;
      const existing = await tx.catalogueVersion.findUnique({ where: { id: catalogue.id }, select: { document: true } });
      if (existing) {
        // The stored document was validated the same way, so equal content hashes equally.
        if (catalogueContentHash(existing.document as Catalogue) !== catalogueContentHash(catalogue)) {
          throw new CatalogueConflictError(catalogue.id);
        }
        return "unchanged";
      }
      await tx.catalogueVersion.create({
        data: { id: catalogue.id, title: catalogue.title, source: catalogue.source ?? null, document: catalogue },
      });
      if (options.isDefault) await moveDefaultTo(tx, catalogue.id);
      const rows = rowsFor(catalogue);
      await tx.ambition.createMany({ data: rows.ambitions });
      await tx.catalogueSection.createMany({ data: rows.sections });
      // Stems first: children reference them.
      await tx.catalogueItem.createMany({ data: rows.items.filter((item) => item.kind === "stem") });
      await tx.catalogueItem.createMany({ data: rows.items.filter((item) => item.kind === "item") });
      await tx.levelDescriptor.createMany({
        data: catalogue.levels.map((level) => ({ catalogueVersionId: catalogue.id, level: level.level, descriptor: level.descriptor })),
      });
      await tx.foundation.createMany({
        data: catalogue.foundations.map((foundation) => ({ catalogueVersionId: catalogue.id, number: foundation.number, name: foundation.name })),
      });
      await options.afterCreate?.(tx);
      return "created";
    }),
  );
}
