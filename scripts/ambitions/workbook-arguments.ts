// The options shared by `ambitions template` and `ambitions export`: `-o FILE` (or
// `--output FILE`) and, for a template, `--catalogue ID`; anything else is refused by name.
import { AppError } from "../../lib/errors";

export interface WorkbookArguments {
  output: string;
  catalogue?: string;
  positional: string[];
}

export function parseWorkbookArguments(args: readonly string[], usage: string, options: { catalogue: boolean }): WorkbookArguments {
  let output: string | undefined;
  let catalogue: string | undefined;
  const positional: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    const value = () => {
      const next = args[++index];
      if (next === undefined || next.startsWith("-")) throw new AppError("VALIDATION", `${arg} needs a value. Usage: ambitions ${usage}`);
      return next;
    };
    if (arg === "-o" || arg === "--output") output = value();
    else if (options.catalogue && arg === "--catalogue") catalogue = value();
    else if (arg.startsWith("-")) throw new AppError("VALIDATION", `Unknown option ${arg}. Usage: ambitions ${usage}`);
    else positional.push(arg);
  }
  if (!output) throw new AppError("VALIDATION", `Name the file to write with -o FILE. Usage: ambitions ${usage}`);
  if (!output.toLowerCase().endsWith(".xlsx")) throw new AppError("VALIDATION", `The output file must end in .xlsx: ${output}`);
  return { output, catalogue, positional };
}
