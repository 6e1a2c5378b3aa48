// `ambitions template [--catalogue ID] -o FILE`: a blank regional workbook for a stored
// catalogue version (the default when none is named), as /catalogue/{version}/template.xlsx.
import { writeFile } from "node:fs/promises";
import { getCatalogueVersion } from "../../lib/catalogue/get-catalogue-version";
import { AppError } from "../../lib/errors";
import { blankTemplateInput, buildReturnWorkbook } from "../../lib/xlsx/build-return-workbook";
import { say } from "../run-main";
import { parseWorkbookArguments } from "./workbook-arguments";
import { withDatabase } from "./with-database";

const USAGE = "template [--catalogue ID] -o FILE";

export const template = {
  usage: USAGE,
  summary: "write a blank self-assessment workbook (regional xlsx layout) for a catalogue version, the default if none is named",
  async run(args: string[]): Promise<void> {
    const { output, catalogue: id, positional } = parseWorkbookArguments(args, USAGE, { catalogue: true });
    if (positional.length > 0) throw new AppError("VALIDATION", `Unexpected argument ${positional[0]}. Usage: ambitions ${USAGE}`);
    const catalogue = await withDatabase((db) => getCatalogueVersion(db, id));
    if (!catalogue) throw new AppError("NOT_FOUND", id ? `No catalogue version "${id}": see "ambitions catalogue list".` : "No default catalogue version is stored.");
    await writeFile(output, await buildReturnWorkbook(blankTemplateInput(catalogue)));
    say(`Wrote a blank template of ${catalogue.id} (${catalogue.title}) to ${output}.`);
  },
};
