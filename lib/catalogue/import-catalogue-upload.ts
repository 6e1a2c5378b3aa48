// An administrator's upload of a catalogue file: the same validation as the command line's
// `catalogue import`, every problem named by its path in the file, nothing written unless the
// whole file is good; stored and audited in one transaction.
import type { Actor } from "../audit/actor";
import { AUDIT_ACTIONS } from "../audit/audit-actions";
import { can } from "../policy/policy";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/create-client";
import { CatalogueInvalidError, ForbiddenError } from "../errors";
import { parseJsonText } from "../files/parse-json-text";
import { parseCatalogue, type Catalogue } from "./schema";
import { storeCatalogueVersion, type StoreResult } from "./store-catalogue-version";

export async function importCatalogueUpload(
  db: Db,
  upload: { fileName: string; text: string },
  actor: Actor,
): Promise<{ catalogue: Catalogue; result: StoreResult }> {
  if (!can(actor, "catalogue.manage", { type: "system" })) throw new ForbiddenError("Not allowed to manage catalogue versions.");
  const parsed = parseCatalogue(parseJsonText(upload.text, upload.fileName));
  if (!parsed.ok) throw new CatalogueInvalidError(upload.fileName, parsed.problems);
  const { catalogue } = parsed;
  const result = await storeCatalogueVersion(db, catalogue, {
    afterCreate: (tx) =>
      recordAuditEvent(tx, {
        action: AUDIT_ACTIONS.catalogueImport,
        outcome: "success",
        actorId: actor.id,
        actorEmail: actor.email,
        targetType: "catalogue_version",
        targetId: catalogue.id,
        details: { title: catalogue.title, fileName: upload.fileName },
      }),
  });
  return { catalogue, result };
}
