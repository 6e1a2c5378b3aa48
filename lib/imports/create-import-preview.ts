import type { Actor } from "../audit/actor";
import { getCatalogueVersion } from "../catalogue/get-catalogue-version";
import { toScoringCatalogue } from "../catalogue/to-scoring-catalogue";
import type { Db } from "../db/create-client";
import { readDatabaseClock } from "../db/read-database-clock";
import { ForbiddenError, NotFoundError, ReturnStateError } from "../errors";
import { can } from "../policy/policy";
import { getReturn } from "../returns/get-return";
import { toReturnRef } from "../returns/to-return-ref";
import { inspectXlsxArchive } from "../xlsx/inspect-xlsx-archive";
import { readReturnWorkbook } from "../xlsx/read-return-workbook";
import { IMPORT_LIFETIME_MS, type ImportBase, type ImportContent } from "./import-content";
import { loadImportState } from "./load-import-state";

/**
 * Reads an uploaded workbook into a draft's pending import and returns its id; nothing in the
 * return changes until the uploader applies it. Refused: a file that is not a modest xlsx or has
 * no item rows of this return's catalogue (WorkbookRefusedError), a return that is not a draft
 * (ReturnStateError), someone who may not import into it (NotFoundError when they may not even
 * read it, ForbiddenError otherwise). The preview remembers each item's revision so the apply
 * can refuse if a colleague saves meanwhile.
 */
export async function createImportPreview(db: Db, input: { returnId: string; fileName: string; bytes: Uint8Array }, actor: Actor): Promise<{ importId: string }> {
  const stored = await getReturn(db, input.returnId, { answers: "none" });
  if (!stored) throw new NotFoundError("The return does not exist.");
  const ref = toReturnRef(stored);
  if (!can(actor, "return.read", { type: "return", ...ref })) throw new NotFoundError("The return does not exist.");
  if (stored.status !== "draft") throw new ReturnStateError(stored.status, "The return is no longer a draft.");
  if (!can(actor, "return.import", { type: "return", ...ref })) throw new ForbiddenError("Not allowed to import into this return.");

  // The bytes are judged before exceljs opens them: a zip bomb never reaches the parser.
  inspectXlsxArchive(input.bytes, input.fileName);
  const catalogue = await getCatalogueVersion(db, stored.catalogueVersionId);
  if (!catalogue) throw new NotFoundError("The return's catalogue version does not exist.");
  const workbook = await readReturnWorkbook(input.bytes, input.fileName, toScoringCatalogue(catalogue));
  const content: ImportContent = workbook;

  return db.$transaction(async (tx) => {
    const state = await loadImportState(tx, stored.id, stored.catalogueVersionId);
    const base: ImportBase = { revisions: Object.fromEntries([...state.items].map(([key, item]) => [key, item.revision])), details: state.details };
    const now = await readDatabaseClock(tx);
    // Abandoned previews go as new ones come: they hold a workbook's text and nothing else needs them.
    await tx.pendingImport.deleteMany({ where: { expiresAt: { lt: now } } });
    const created = await tx.pendingImport.create({
      data: {
        returnId: stored.id,
        createdById: actor.id,
        fileName: input.fileName,
        content: JSON.parse(JSON.stringify(content)),
        base: JSON.parse(JSON.stringify(base)),
        createdAt: now,
        expiresAt: new Date(now.getTime() + IMPORT_LIFETIME_MS),
      },
      select: { id: true },
    });
    return { importId: created.id };
  });
}
