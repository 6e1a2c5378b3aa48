// `ambitions import FILE --return RETURN_ID --as EMAIL [--dry-run] [--json]`: a filled-in
// workbook into a draft, through the same library as the upload page: the same preview, the same
// all-or-nothing apply with "imported from FILE" in each item's history, the same refusals.
// The import acts as the named user (their permissions, their name in the history); a dry run
// without --as shows every change the workbook holds and writes nothing.
import path from "node:path";
import type { Actor } from "../../lib/audit/actor";
import { findActiveUserByEmail } from "../../lib/auth/find-active-user-by-email";
import { loadPolicyUser } from "../../lib/auth/load-policy-user";
import { getCatalogueVersion } from "../../lib/catalogue/get-catalogue-version";
import { toScoringCatalogue } from "../../lib/catalogue/to-scoring-catalogue";
import type { Db } from "../../lib/db/create-client";
import { AppError } from "../../lib/errors";
import { applyImport } from "../../lib/imports/apply-import";
import { cancelImport } from "../../lib/imports/cancel-import";
import { computeImportChanges, type ImportChanges } from "../../lib/imports/compute-import-changes";
import { createImportPreview } from "../../lib/imports/create-import-preview";
import { getImportPreview } from "../../lib/imports/get-import-preview";
import { importPermissions } from "../../lib/imports/import-permissions";
import { loadImportState } from "../../lib/imports/load-import-state";
import { getReturn } from "../../lib/returns/get-return";
import { toReturnRef } from "../../lib/returns/to-return-ref";
import { inspectXlsxArchive } from "../../lib/xlsx/inspect-xlsx-archive";
import { readReturnWorkbook } from "../../lib/xlsx/read-return-workbook";
import { say } from "../run-main";
import { readFileBytes } from "./score-workbook";
import { withDatabase } from "./with-database";

const USAGE = "import FILE --return RETURN_ID --as EMAIL [--dry-run] [--json]";

interface ImportArguments {
  file: string;
  returnId: string;
  as: string | null;
  dryRun: boolean;
  json: boolean;
}

function parseArguments(args: readonly string[]): ImportArguments {
  let returnId: string | undefined;
  let as: string | null = null;
  let dryRun = false;
  let json = false;
  const positional: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    const value = () => {
      const next = args[++index];
      if (next === undefined || next.startsWith("-")) throw new AppError("VALIDATION", `${arg} needs a value. Usage: ambitions ${USAGE}`);
      return next;
    };
    if (arg === "--return") returnId = value();
    else if (arg === "--as") as = value();
    else if (arg === "--dry-run") dryRun = true;
    else if (arg === "--json") json = true;
    else if (arg.startsWith("-")) throw new AppError("VALIDATION", `Unknown option ${arg}. Usage: ambitions ${USAGE}`);
    else positional.push(arg);
  }
  if (positional.length !== 1) throw new AppError("VALIDATION", `Name one workbook file. Usage: ambitions ${USAGE}`);
  if (!returnId) throw new AppError("VALIDATION", `Name the draft to import into with --return RETURN_ID. Usage: ambitions ${USAGE}`);
  if (!as && !dryRun) throw new AppError("VALIDATION", `Name the person the import is made as with --as EMAIL (their permissions apply and their name goes in the history). Usage: ambitions ${USAGE}`);
  return { file: positional[0]!, returnId, as, dryRun, json };
}

async function loadActor(db: Db, email: string): Promise<Actor> {
  const found = await findActiveUserByEmail(db, email);
  const user = found ? await loadPolicyUser(db, found.id) : null;
  if (!user) throw new AppError("NOT_FOUND", `No active user with the email ${email}.`);
  return user;
}

/** Every change the workbook holds for the draft, as `actor` may make them (everything, with no actor). */
async function dryRun(db: Db, input: { returnId: string; fileName: string; bytes: Buffer }, actor: Actor | null): Promise<ImportChanges> {
  const stored = await getReturn(db, input.returnId, { answers: "none" });
  if (!stored) throw new AppError("NOT_FOUND", `No return with id ${input.returnId}.`);
  if (stored.status !== "draft") throw new AppError("RETURN_STATE", `The return "${stored.title}" is ${stored.status.replace("_", " ")}, not a draft: nothing can be imported into it.`);
  inspectXlsxArchive(input.bytes, input.fileName);
  const catalogue = (await getCatalogueVersion(db, stored.catalogueVersionId))!;
  const content = await readReturnWorkbook(input.bytes, input.fileName, toScoringCatalogue(catalogue));
  const state = await loadImportState(db, stored.id, stored.catalogueVersionId);
  const permissions = actor ? importPermissions(actor, toReturnRef(stored)) : { mayEditItem: () => true, mayEditDetails: true };
  return computeImportChanges(content, state, permissions);
}

function printChanges(changes: ImportChanges, applied: boolean): void {
  const level = (value: number | null) => (value === null ? "not rated" : `Level ${value}`);
  for (const problem of changes.problems) say(`Problem: ${problem.place ? `${problem.place}: ` : ""}${problem.message}`);
  for (const change of changes.items) {
    const parts = [
      change.before.level !== change.after.level ? `level ${level(change.before.level)} -> ${level(change.after.level)}` : null,
      change.before.evidence !== change.after.evidence ? "evidence changed" : null,
      change.before.gaps !== change.after.gaps ? "gaps changed" : null,
    ].filter(Boolean);
    say(`${change.key}: ${parts.join(", ")}`);
  }
  for (const change of changes.details) say(`${change.field}: "${change.before ?? ""}" -> "${change.after ?? ""}"`);
  say(`${applied ? "Imported" : "Would import"} ${changes.items.length} item change(s) and ${changes.details.length} front sheet detail(s); ${changes.problems.length} problem(s).`);
}

export const importWorkbook = {
  usage: USAGE,
  summary: "import a filled-in self-assessment workbook (xlsx) into a draft, all or nothing; --dry-run shows the changes and writes nothing",
  async run(args: string[]): Promise<void> {
    const options = parseArguments(args);
    const bytes = await readFileBytes(options.file);
    const fileName = path.basename(options.file);
    const result = await withDatabase(async (db) => {
      const actor = options.as ? await loadActor(db, options.as) : null;
      if (options.dryRun || !actor) return { applied: false, changes: await dryRun(db, { returnId: options.returnId, fileName, bytes }, actor) };
      // The web app's path exactly: a stored preview, then the apply against its revisions.
      const { importId } = await createImportPreview(db, { returnId: options.returnId, fileName, bytes }, actor);
      try {
        const stored = (await getReturn(db, options.returnId, { answers: "none" }))!;
        const preview = (await getImportPreview(db, { id: stored.id, catalogueVersionId: stored.catalogueVersionId, ref: toReturnRef(stored) }, importId, actor))!;
        await applyImport(db, { returnId: stored.id, importId }, actor);
        return { applied: true, changes: { items: preview.items, details: preview.details, problems: preview.problems } };
      } finally {
        // Applied or refused, a command line leaves no preview behind.
        await cancelImport(db, { returnId: options.returnId, importId }, actor);
      }
    });
    if (options.json) {
      say(
        JSON.stringify({
          return: options.returnId,
          file: fileName,
          applied: result.applied,
          items: result.changes.items.map(({ key, before, after }) => ({ key, before, after })),
          details: result.changes.details,
          problems: result.changes.problems,
        }),
      );
    } else {
      printChanges(result.changes, result.applied);
    }
  },
};
