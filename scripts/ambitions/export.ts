// `ambitions export RETURN_ID -o FILE`: one stored return as the regional workbook, the same
// file as its page's download. An operator's command: whoever runs it holds the database.
import { writeFile } from "node:fs/promises";
import { AppError } from "../../lib/errors";
import { getReturn } from "../../lib/returns/get-return";
import { exportStoredReturn } from "../../lib/xlsx/export-stored-return";
import { say } from "../run-main";
import { parseWorkbookArguments } from "./workbook-arguments";
import { withDatabase } from "./with-database";

const USAGE = "export RETURN_ID -o FILE";

export const exportReturn = {
  usage: USAGE,
  summary: "write one return (any status) as a self-assessment workbook in the regional xlsx layout",
  async run(args: string[]): Promise<void> {
    const { output, positional } = parseWorkbookArguments(args, USAGE, { catalogue: false });
    if (positional.length !== 1) throw new AppError("VALIDATION", `Name one return id. Usage: ambitions ${USAGE}`);
    const id = positional[0]!;
    const exported = await withDatabase(async (db) => {
      const stored = await getReturn(db, id);
      return stored ? { ...(await exportStoredReturn(db, stored)), title: stored.title, organisation: stored.organisation.name } : null;
    });
    if (!exported) throw new AppError("NOT_FOUND", `No return with id ${id}.`);
    await writeFile(output, exported.body);
    say(`Wrote "${exported.title}" (${exported.organisation}) to ${output}.`);
  },
};
